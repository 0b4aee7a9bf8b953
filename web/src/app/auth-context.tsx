import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, use, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { apiRequest, isApiError } from './api-client.ts';
import { SESSION_QUERY_KEY } from './query-client.ts';
import type { SessionUser } from './session.types.ts';

export interface Credentials {
  username: string;
  password: string;
}

interface AuthContextValue {
  user: SessionUser | null;
  isLoading: boolean;
  /** True when the server ended the session (not the user logging out), until the next login. */
  expired: boolean;
  login: (credentials: Credentials) => Promise<SessionUser>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

async function fetchSessionUser(): Promise<SessionUser | null> {
  try {
    const { user } = await apiRequest<{ user: SessionUser }>('/auth/me');
    return user;
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) return null;
    throw error;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const session = useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: fetchSessionUser,
    staleTime: Infinity,
    retry: false,
  });

  const [expired, setExpired] = useState(false);
  const loggingOut = useRef(false);
  const previousUser = useRef<SessionUser | null>(null);
  useEffect(() => {
    const current = session.data ?? null;
    if (current) setExpired(false);
    else if (previousUser.current && !loggingOut.current) setExpired(true);
    if (!current) loggingOut.current = false;
    previousUser.current = current;
  }, [session.data]);

  const loginMutation = useMutation({
    meta: { skipSessionExpiry: true },
    mutationFn: (credentials: Credentials) =>
      apiRequest<{ user: SessionUser }>('/auth/login', { method: 'POST', body: credentials }),
    onSuccess: ({ user }) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
      queryClient.setQueryData(SESSION_QUERY_KEY, user);
    },
  });

  const logoutMutation = useMutation({
    meta: { skipSessionExpiry: true },
    mutationFn: () => apiRequest<void>('/auth/logout', { method: 'POST' }),
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
    },
  });

  const { mutateAsync: loginAsync } = loginMutation;
  const { mutateAsync: logoutAsync } = logoutMutation;
  const value = useMemo<AuthContextValue>(
    () => ({
      user: session.data ?? null,
      isLoading: session.isPending,
      expired,
      login: async (credentials) => (await loginAsync(credentials)).user,
      logout: async () => {
        loggingOut.current = true;
        await logoutAsync().catch(() => undefined);
      },
    }),
    [session.data, session.isPending, expired, loginAsync, logoutAsync],
  );

  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const value = use(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** For screens behind the guard, where a signed-in user is certain. */
export function useSessionUser(): SessionUser {
  const { user } = useAuth();
  if (!user) throw new Error('useSessionUser must be used behind <RequireAuth>');
  return user;
}
