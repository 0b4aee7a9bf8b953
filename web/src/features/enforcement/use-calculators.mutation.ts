import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../app/api-client.ts';

/** The calculators (server/enforcement, server/calendar): amounts go as the decimal text typed, so nothing is rounded on the way. */

export interface DailyPenaltyBody {
  originalFineYuan: string;
  orderedOn: string;
  correctedOn: string;
}
export interface DailyPenaltyResult {
  days: number;
  amountYuan: number;
}
export interface SurchargeBody {
  fineYuan: string;
  dueOn: string;
  paidOn: string;
}
export interface SurchargeResult {
  days: number;
  surchargeYuan: number;
  capped: boolean;
}
export interface WorkingDaysBody {
  from: string;
  workingDays: number;
}

export const useDailyPenalty = () =>
  useMutation({ mutationFn: (body: DailyPenaltyBody) => apiRequest<DailyPenaltyResult>('/enforcement/daily-penalty', { method: 'POST', body }) });

export const useLateSurcharge = () =>
  useMutation({ mutationFn: (body: SurchargeBody) => apiRequest<SurchargeResult>('/enforcement/late-payment-surcharge', { method: 'POST', body }) });

export const useAddWorkingDays = () =>
  useMutation({ mutationFn: (body: WorkingDaysBody) => apiRequest<{ date: string }>('/calendar/add-working-days', { method: 'POST', body }) });
