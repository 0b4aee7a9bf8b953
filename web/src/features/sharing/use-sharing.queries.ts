import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeedDomain, PartnerClient } from '../../../../core/partners/partner.schema.ts';
import type { Webhook, WebhookDelivery, WebhookEvent } from '../../../../core/webhooks/webhook.schema.ts';
import { apiRequest, type Page } from '../../app/api-client.ts';

export type { FeedDomain, PartnerClient, Webhook, WebhookDelivery, WebhookEvent };

export interface PageParams {
  page: number;
  pageSize: number;
}

export interface WebhookInput {
  url: string;
  events: WebhookEvent[];
  regionCodes: string[];
  industryCodes: string[];
  enterpriseId: string | null;
}

export interface PartnerClientInput {
  name: string;
  domains: FeedDomain[];
  regionCodes: string[];
  industryCodes: string[];
  requestsPerMinute: number;
}

export interface PartnerCall {
  id: string;
  at: string;
  method: string;
  path: string;
  status: number;
  items: number | null;
  address: string;
}

const keys = {
  webhooks: ['sharing', 'webhooks'] as const,
  partners: ['sharing', 'partners'] as const,
};

export function useWebhooks(params: PageParams) {
  return useQuery({
    queryKey: [...keys.webhooks, 'list', params],
    queryFn: ({ signal }) => apiRequest<Page<Webhook>>('/webhooks', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useWebhookDeliveries(id: string) {
  return useQuery({
    queryKey: [...keys.webhooks, 'deliveries', id],
    queryFn: ({ signal }) => apiRequest<{ items: WebhookDelivery[] }>(`/webhooks/${encodeURIComponent(id)}/deliveries`, { signal }),
  });
}

function useInvalidating<A, R>(fn: (args: A) => Promise<R>, key: readonly string[]) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

const webhookPath = (id: string, rest = '') => `/webhooks/${encodeURIComponent(id)}${rest}`;

export const useCreateWebhook = () => useInvalidating((body: WebhookInput) => apiRequest<Webhook>('/webhooks', { method: 'POST', body }), keys.webhooks);
export const useUpdateWebhook = () =>
  useInvalidating(({ id, changes }: { id: string; changes: Partial<WebhookInput> & { active?: boolean } }) => apiRequest<Webhook>(webhookPath(id), { method: 'PATCH', body: changes }), keys.webhooks);
export const useDeleteWebhook = () => useInvalidating((id: string) => apiRequest<void>(webhookPath(id), { method: 'DELETE' }), keys.webhooks);
export const useRotateWebhookSecret = () => useInvalidating((id: string) => apiRequest<Webhook>(webhookPath(id, '/rotate-secret'), { method: 'POST' }), keys.webhooks);
export const useSendTest = () => useInvalidating((id: string) => apiRequest<WebhookDelivery>(webhookPath(id, '/test'), { method: 'POST' }), keys.webhooks);

export function usePartnerClients(params: PageParams) {
  return useQuery({
    queryKey: [...keys.partners, 'list', params],
    queryFn: ({ signal }) => apiRequest<Page<PartnerClient>>('/partner-clients', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePartnerCalls(id: string, params: PageParams) {
  return useQuery({
    queryKey: [...keys.partners, 'calls', id, params],
    queryFn: ({ signal }) => apiRequest<Page<PartnerCall>>(`/partner-clients/${encodeURIComponent(id)}/access`, { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

const partnerPath = (id: string, rest = '') => `/partner-clients/${encodeURIComponent(id)}${rest}`;

export const useIssuePartnerClient = () => useInvalidating((body: PartnerClientInput) => apiRequest<PartnerClient>('/partner-clients', { method: 'POST', body }), keys.partners);
export const useUpdatePartnerClient = () =>
  useInvalidating(({ id, changes }: { id: string; changes: Partial<PartnerClientInput> }) => apiRequest<PartnerClient>(partnerPath(id), { method: 'PATCH', body: changes }), keys.partners);
export const useRotatePartnerSecret = () => useInvalidating((id: string) => apiRequest<PartnerClient>(partnerPath(id, '/rotate'), { method: 'POST' }), keys.partners);
export const useRevokePartnerClient = () => useInvalidating((id: string) => apiRequest<PartnerClient>(partnerPath(id, '/revoke'), { method: 'POST' }), keys.partners);
