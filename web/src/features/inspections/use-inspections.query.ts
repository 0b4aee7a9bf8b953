import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import { hazardKeys } from '../hazards/use-hazards.query.ts';
import type { DocumentKind, DocumentSummary, Draw, DrawVerification, Inspection, InspectionDetail, InspectionPlan, PublicDraw } from './inspection.types.ts';
import { toInspectionApiQuery, type InspectionListParams } from './inspection-list-params.ts';

export const inspectionKeys = {
  all: ['inspections'] as const,
  list: (params: InspectionListParams) => ['inspections', 'list', params] as const,
  detail: (id: string) => ['inspections', 'detail', id] as const,
  draws: (page: number) => ['inspection-draws', page] as const,
  draw: (id: string) => ['inspection-draws', 'detail', id] as const,
  plans: ['inspection-plans'] as const,
  publicDraws: (page: number) => ['public-draws', page] as const,
  publicDraw: (id: string) => ['public-draws', 'detail', id] as const,
};

export function useInspections(params: InspectionListParams) {
  return useQuery({
    queryKey: inspectionKeys.list(params),
    queryFn: ({ signal }) => apiRequest<Page<Inspection>>('/inspections', { query: toInspectionApiQuery(params), signal }),
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

export interface DocumentIssueBody {
  kind: DocumentKind;
  correctsId?: string;
  safetyMeasures?: string;
  opinion?: string;
  deadlines?: { findingId: string; deadline: string | null }[];
}

/** An order's lines set its hazards' deadlines: the hazards are stale after one. */
export function useIssueDocument(inspectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DocumentIssueBody) => apiRequest<DocumentSummary>(`/inspections/${encodeURIComponent(inspectionId)}/documents`, { method: 'POST', body }),
    onSuccess: (doc) => {
      void queryClient.invalidateQueries({ queryKey: inspectionKeys.detail(inspectionId) });
      void queryClient.invalidateQueries({ queryKey: ['inspections', 'list'] });
      if (doc.kind === 'rectification_order') void queryClient.invalidateQueries({ queryKey: hazardKeys.all });
    },
  });
}

/** 一公开: the published draws, without sign-in (GET /public/draws). */
export function usePublicDraws(page: number) {
  return useQuery({
    queryKey: inspectionKeys.publicDraws(page),
    queryFn: ({ signal }) => apiRequest<Page<Draw>>('/public/draws', { query: { page, pageSize: 10 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePublicDraw(id: string | undefined) {
  return useQuery({
    queryKey: inspectionKeys.publicDraw(id ?? ''),
    queryFn: ({ signal }) => apiRequest<PublicDraw>(`/public/draws/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export const verifyPublicDraw = (id: string) => apiRequest<DrawVerification>(`/public/draws/${encodeURIComponent(id)}/verify`);
