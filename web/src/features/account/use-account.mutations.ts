import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Session } from '../../../../core/organisations/user.schema.ts';
import { apiRequest } from '../../app/api-client.ts';
import { SESSION_QUERY_KEY } from '../../app/query-client.ts';

export interface PasswordChangeInput {
  currentPassword: string;
  newPassword: string;
}

/** Changes one's own password; the session user is read again (its mustChangePassword mark clears). */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordChangeInput) => apiRequest<void>('/auth/password', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
  });
}

const sessionsKey = ['account', 'sessions'] as const;

export function useMySessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: async () => (await apiRequest<{ items: Session[] }>('/auth/sessions')).items });
}

export function useRevokeMySession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}
