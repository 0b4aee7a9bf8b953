import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import { enterpriseKeys } from './use-enterprises.query.ts';

export interface AuditEvent {
  id: string;
  at: string;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  /** The record before and after the change, as the server stored it (shape not guaranteed). */
  before: unknown;
  after: unknown;
  ip: string | null;
}

export const AUDIT_PAGE_SIZE = 10;

export function useEnterpriseAudit(enterpriseId: string, page: number) {
  return useQuery({
    queryKey: enterpriseKeys.audit(enterpriseId, page),
    queryFn: ({ signal }) =>
      apiRequest<Page<AuditEvent>>('/audit', {
        query: { entity: 'enterprise', entityId: enterpriseId, page, pageSize: AUDIT_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
