import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditEvent, AuditVerify } from '../../../../core/audit/audit.schema.ts';
import { apiRequest, type Page } from '../../app/api-client.ts';
import { auditTrailQuery, type AuditTrailParams } from './audit-trail-params.ts';

export type { AuditEvent, AuditVerify };

export function useAuditTrail(params: AuditTrailParams) {
  return useQuery({
    queryKey: ['audit', 'trail', params],
    queryFn: ({ signal }) => apiRequest<Page<AuditEvent>>('/audit', { query: auditTrailQuery(params), signal }),
    placeholderData: keepPreviousData,
  });
}

/** Recomputes the whole hash chain on the server (POST /audit/verify). */
export const useVerifyAuditChain = () => useMutation({ mutationFn: () => apiRequest<AuditVerify>('/audit/verify', { method: 'POST' }) });
