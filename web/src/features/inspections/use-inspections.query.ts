import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import { hazardKeys } from '../hazards/use-hazards.query.ts';
import type { DocumentKind, DocumentSummary, Draw, DrawVerification, Inspection, InspectionDetail, InspectionPlan } from './inspection.types.ts';

export const inspectionKeys = {
  all: ['inspections'] as const,
  list: (page: number) => ['inspections', 'list', page] as const,
  detail: (id: string) => ['inspections', 'detail', id] as const,
  draws: (page: number) => ['inspection-draws', page] as const,
  draw: (id: string) => ['inspection-draws', 'detail', id] as const,
  plans: ['inspection-plans'] as const,
};

export function useInspections(page: number) {
  return useQuery({
    queryKey: inspectionKeys.list(page),
    queryFn: ({ signal }) => apiRequest<Page<Inspection>>('/inspections', { query: { page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useInspection(id: string | undefined) {
  return useQuery({
    queryKey: inspectionKeys.detail(id ?? ''),
    queryFn: ({ signal }) => apiRequest<InspectionDetail>(`/inspections/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useDraws(page: number) {
  return useQuery({
    queryKey: inspectionKeys.draws(page),
    queryFn: ({ signal }) => apiRequest<Page<Draw>>('/inspections/draws', { query: { page, pageSize: 10 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDraw(id: string | undefined) {
  return useQuery({
    queryKey: inspectionKeys.draw(id ?? ''),
    queryFn: ({ signal }) => apiRequest<Draw>(`/inspections/draws/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useInspectionPlans() {
  return useQuery({
    queryKey: inspectionKeys.plans,
    queryFn: ({ signal }) => apiRequest<Page<InspectionPlan>>('/inspection-plans', { query: { pageSize: 100 }, signal }),
  });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { year: number; name: string; plannedCount: number; keyPoints?: string }) =>
      apiRequest<InspectionPlan>('/inspection-plans', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: inspectionKeys.plans }),
  });
}

export function useCreateDraw() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => apiRequest<Draw>('/inspections/draws', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['inspection-draws'] }),
  });
}

/** 一公开 by the drawing department; every list of draws is stale after it. */
export function usePublishDraw() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<Draw>(`/inspections/draws/${encodeURIComponent(id)}/publish`, { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['inspection-draws'] }),
  });
}

export const verifyDraw = (id: string) => apiRequest<DrawVerification>(`/inspections/draws/${encodeURIComponent(id)}/verify`);

/** Findings become hazards: the hazard lists are stale after an inspection or a re-inspection. */
export function useCreateInspection(path: '/inspections' | '/inspections/re-inspections') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => apiRequest<InspectionDetail>(path, { method: 'POST', body }),
    onSuccess: (created) => {
      queryClient.setQueryData(inspectionKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: inspectionKeys.all });
      void queryClient.invalidateQueries({ queryKey: hazardKeys.all });
    },
  });
}

export function useIssueDocument(inspectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: DocumentKind; correctsId?: string; safetyMeasures?: string; opinion?: string }) =>
      apiRequest<DocumentSummary>(`/inspections/${encodeURIComponent(inspectionId)}/documents`, { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: inspectionKeys.detail(inspectionId) }),
  });
}
