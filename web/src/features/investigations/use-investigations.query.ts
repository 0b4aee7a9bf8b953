import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import { hazardKeys } from '../hazards/use-hazards.query.ts';
import type { Checklist, Plan, PlanCreate, Task, TaskDetail, TaskListParams, TaskResultInput } from './investigation.types.ts';

export const investigationKeys = {
  tasks: ['investigation-tasks'] as const,
  taskList: (params: TaskListParams) => ['investigation-tasks', 'list', params] as const,
  task: (id: string) => ['investigation-tasks', 'detail', id] as const,
  plans: ['investigation-plans'] as const,
  planList: (page: number) => ['investigation-plans', 'list', page] as const,
  plan: (id: string) => ['investigation-plans', 'detail', id] as const,
  checklists: ['checklists'] as const,
  checklistOptions: (filter: ChecklistOptionsFilter) => ['checklists', 'options', filter] as const,
};

/** Which lists a plan form offers: those with an item for every chosen enterprise, or for an industry. */
export interface ChecklistOptionsFilter {
  enterpriseIds?: readonly string[];
  industryCode?: string;
}

/** Tasks in the caller's scope; the nearest due date first, so the open ones of today lead. */
export function useTasks(params: TaskListParams) {
  return useQuery({
    queryKey: investigationKeys.taskList(params),
    queryFn: ({ signal }) =>
      apiRequest<Page<Task>>('/investigation-tasks', {
        query: { planId: params.planId, status: params.status, sort: '-dueAt', page: params.page, pageSize: params.pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string | undefined) {
  return useQuery({
    queryKey: investigationKeys.task(id ?? ''),
    queryFn: ({ signal }) => apiRequest<TaskDetail>(`/investigation-tasks/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

/** Records every item's outcome; a failed item becomes a hazard, so the hazard lists are stale after it. */
export function useExecuteTask(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (results: TaskResultInput[]) =>
      apiRequest<TaskDetail>(`/investigation-tasks/${encodeURIComponent(id)}/results`, { method: 'POST', body: { results } }),
    onSuccess: (task) => {
      queryClient.setQueryData(investigationKeys.task(id), task);
      void queryClient.invalidateQueries({ queryKey: investigationKeys.tasks });
      void queryClient.invalidateQueries({ queryKey: hazardKeys.all });
    },
  });
}

export function usePlans(page: number) {
  return useQuery({
    queryKey: investigationKeys.planList(page),
    queryFn: ({ signal }) => apiRequest<Page<Plan>>('/investigation-plans', { query: { page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: investigationKeys.plan(id ?? ''),
    queryFn: ({ signal }) => apiRequest<Plan>(`/investigation-plans/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanCreate) => apiRequest<Plan>('/investigation-plans', { method: 'POST', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: investigationKeys.plans });
      void queryClient.invalidateQueries({ queryKey: investigationKeys.tasks });
    },
  });
}

/**
 * The lists a plan may use (built-in libraries and the custom lists the caller sees, a few dozen at most): with
 * enterprises, only those that have an item for each of them — the server would refuse the others.
 */
export function useChecklists(filter: ChecklistOptionsFilter = {}) {
  const enterpriseIds = filter.enterpriseIds?.length ? [...filter.enterpriseIds].sort().join(',') : undefined;
  return useQuery({
    queryKey: investigationKeys.checklistOptions({ ...(enterpriseIds ? { enterpriseIds: enterpriseIds.split(',') } : {}), ...(filter.industryCode ? { industryCode: filter.industryCode } : {}) }),
    queryFn: ({ signal }) =>
      apiRequest<Page<Checklist>>('/checklists', { query: { pageSize: 200, enterpriseIds, industryCode: filter.industryCode }, signal }),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}
