import type { Dayjs } from 'dayjs';
import { toCityDate, toCityDateTime } from '../hazards/hazard-time.ts';
import { fenOfYuan, type CaseAction } from './use-penalty-cases.query.ts';

/** Form values of every action: dates are pickers, money is yuan typed as text (converted exactly to fen). */
export type Values = Record<string, unknown> & {
  date?: Dayjs;
  takenAt?: Dayjs;
  amountYuan?: string;
  schedule?: { dueOn?: Dayjs; amountYuan?: string }[];
  penalty?: { tier?: string; unitFineYuan?: number | null; persons?: { name: string; fineYuan: number }[]; reasonKind?: string; reason?: string };
};

const DATE_FIELD: Partial<Record<CaseAction, string>> = {
  serve_notice: 'servedOn',
  request_hearing: 'requestedOn',
  waive_hearing: 'waivedOn',
  record_hearing: 'heldOn',
  decide: 'decidedOn',
  serve_decision: 'servedOn',
  record_payment: 'paidOn',
};

const cleanPenalty = (p: NonNullable<Values['penalty']>) => ({
  tier: p.tier,
  unitFineYuan: p.unitFineYuan ?? null,
  persons: p.persons ?? [],
  ...(p.reasonKind ? { reasonKind: p.reasonKind, reason: p.reason } : {}),
});

/** The API body of an action from the form's values. */
export function bodyOf(action: CaseAction, v: Values): Record<string, unknown> {
  const { date, takenAt, amountYuan, schedule, penalty, ...rest } = v;
  const body: Record<string, unknown> = { ...rest };
  const dateField = DATE_FIELD[action];
  if (dateField && date) body[dateField] = toCityDate(date);
  if (takenAt) body['takenAt'] = toCityDateTime(takenAt);
  if (amountYuan !== undefined) body['amountFen'] = fenOfYuan(amountYuan);
  if (schedule) body['schedule'] = schedule.map((s) => ({ dueOn: s.dueOn ? toCityDate(s.dueOn) : undefined, amountFen: fenOfYuan(s.amountYuan ?? '') }));
  if (penalty) body[action === 'serve_notice' ? 'proposed' : 'penalty'] = cleanPenalty(penalty);
  return body;
}

