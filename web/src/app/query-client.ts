import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client.ts';
import type { SessionUser } from './session.types.ts';

export const SESSION_QUERY_KEY = ['auth', 'me'] as const;

/**
 * A 401 anywhere means the session cookie expired: forget the user so the guard sends them to the
 * login page, instead of every screen handling it on its own.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] === SESSION_QUERY_KEY[0]) return;
        if (isApiError(error, 'UNAUTHENTICATED')) client.setQueryData<SessionUser | null>(SESSION_QUERY_KEY, null);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.options.meta?.['skipSessionExpiry']) return;
        if (isApiError(error, 'UNAUTHENTICATED')) client.setQueryData<SessionUser | null>(SESSION_QUERY_KEY, null);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status > 0 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  return client;
}
