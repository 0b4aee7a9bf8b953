import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Department } from '../../../../core/organisations/department.schema.ts';
import type { Role } from '../../../../core/organisations/roles.ts';
import type { User, UserListItem } from '../../../../core/organisations/user.schema.ts';
import { apiRequest, type Page } from '../../app/api-client.ts';

export type { Department, User, UserListItem };

export interface UserListParams {
  q?: string | undefined;
  role?: Role | undefined;
  departmentId?: string | undefined;
  active?: boolean | undefined;
  page: number;
  pageSize: number;
}

export interface UserEdit {
  displayName?: string;
  role?: Role;
  departmentId?: string | null;
  enterpriseId?: string | null;
}

export interface DepartmentEdit {
  name?: string;
  regionCodes?: string[];
  industryCodes?: string[];
}

const keys = {
  users: ['admin', 'users'] as const,
  departments: ['admin', 'departments'] as const,
};

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: [...keys.users, params],
    queryFn: ({ signal }) => apiRequest<Page<UserListItem>>('/users', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every department (a city has tens, not hundreds): for filters, selects and the departments screen. */
export function useAllDepartments() {
  return useQuery({
    queryKey: keys.departments,
    queryFn: async () => (await apiRequest<Page<Department>>('/departments', { query: { pageSize: 200 } })).items,
  });
}

export function useEnterpriseOptions(q: string, enterpriseId?: string | null) {
  return useQuery({
    queryKey: ['admin', 'enterprise-options', q, enterpriseId ?? null],
    queryFn: async () => {
      const page = await apiRequest<Page<{ id: string; name: string }>>('/enterprises', { query: { q, pageSize: 20 } });
      const options = page.items.map((e) => ({ value: e.id, label: e.name }));
      if (enterpriseId && !options.some((o) => o.value === enterpriseId)) {
        const current = await apiRequest<{ id: string; name: string }>(`/enterprises/${encodeURIComponent(enterpriseId)}`).catch(() => null);
        if (current) options.unshift({ value: current.id, label: current.name });
      }
      return options;
    },
    placeholderData: keepPreviousData,
  });
}

function useInvalidatingMutation<A, R>(fn: (args: A) => Promise<R>, key: readonly string[]) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export const useUpdateUser = () =>
  useInvalidatingMutation(({ id, changes }: { id: string; changes: UserEdit }) => apiRequest<User>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes }), keys.users);

export const useSetUserActive = () =>
  useInvalidatingMutation(
    ({ id, active }: { id: string; active: boolean }) => apiRequest<User>(`/users/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`, { method: 'POST' }),
    keys.users,
  );

export const useResetPassword = () =>
  useInvalidatingMutation(
    ({ id, temporaryPassword }: { id: string; temporaryPassword: string }) =>
      apiRequest<User>(`/users/${encodeURIComponent(id)}/reset-password`, { method: 'POST', body: { temporaryPassword } }),
    keys.users,
  );

export const useRevokeUserSessions = () =>
  useInvalidatingMutation((id: string) => apiRequest<{ ended: number }>(`/users/${encodeURIComponent(id)}/sessions`, { method: 'DELETE' }), keys.users);

export const useUpdateDepartment = () =>
  useInvalidatingMutation(
    ({ id, changes }: { id: string; changes: DepartmentEdit }) => apiRequest<Department>(`/departments/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes }),
    keys.departments,
  );

export const useSetDepartmentActive = () =>
  useInvalidatingMutation(
    ({ id, active }: { id: string; active: boolean }) => apiRequest<Department>(`/departments/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`, { method: 'POST' }),
    keys.departments,
  );
