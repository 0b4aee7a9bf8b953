import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api-client.ts';
import type { NoticeDay } from './notice-lines.ts';

/** GET /api/v1/calendar/years (server/calendar/calendar.routes.ts). */
export interface CalendarYearSummary {
  year: number;
  source: 'package' | 'admin';
  notice: string | null;
  holidays: number;
  workdays: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface CalendarYearDetail extends CalendarYearSummary {
  days: NoticeDay[];
}

const yearsKey = ['calendar', 'years'] as const;

export const useCalendarYears = () => useQuery({ queryKey: yearsKey, queryFn: () => apiRequest<{ items: CalendarYearSummary[] }>('/calendar/years') });

export const useCalendarYear = (year: number | null) =>
  useQuery({ queryKey: [...yearsKey, year], queryFn: () => apiRequest<CalendarYearDetail>(`/calendar/years/${year}`), enabled: year !== null });

export function usePutCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, ...body }: { year: number; notice: string; days: NoticeDay[] }) => apiRequest<CalendarYearDetail>(`/calendar/years/${year}`, { method: 'PUT', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: yearsKey }),
  });
}

export function useRemoveCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => apiRequest<void>(`/calendar/years/${year}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: yearsKey }),
  });
}
