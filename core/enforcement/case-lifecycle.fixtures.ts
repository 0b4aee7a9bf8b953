import type { Role } from '../organisations/roles.ts';
import { decide, type CaseContext } from './case-lifecycle.ts';
import { caseActionBodySchema, type CaseActionBody } from './case.schema.ts';
import { newCaseState, type CaseActor, type CaseState } from './case-state.ts';
import { DEFAULT_BENCHMARKS, findBenchmark } from './discretion.ts';
import { DEFAULT_PROCEDURE_RULES, WEEKDAY_CALENDAR } from './procedure-rules.ts';

/** Builders for the case lifecycle tests: each test builds its own states from these. */

const ROLE_DIGIT: Record<Role, string> = { admin: 'a', regulator: 'b', inspector: 'c', enterprise: 'd', expert: 'e' };
/** A user of `role`, number `n`: ids are UUIDs, as evidence names officers by account. */
export const actor = (role: Role, n = 1): CaseActor => ({ userId: `00000000-0000-4000-8000-${ROLE_DIGIT[role]}${String(n).padStart(11, '0')}`, role });
export const filer = actor('inspector', 1);
export const investigator = actor('inspector', 2);
export const investigator2 = actor('inspector', 3);
export const head = actor('regulator', 1);
export const head2 = actor('regulator', 2);

/** 2026-03-20, a Friday; the notice in `notified()` is served on Monday 2026-03-02. */
export const NOW = new Date('2026-03-20T10:00:00+08:00');
export const ctx = (over: Partial<CaseContext> = {}): CaseContext => ({
  now: NOW,
  rules: DEFAULT_PROCEDURE_RULES,
  calendar: WEEKDAY_CALENDAR,
  benchmark: findBenchmark(DEFAULT_BENCHMARKS, 'spl-97-training-overdue')!,
  ...over,
});

export const body = (input: Record<string, unknown>): CaseActionBody => caseActionBodySchema.parse(input);

/** Applies steps that must succeed. */
export function run(state: CaseState, steps: [CaseActor, Record<string, unknown>][], c = ctx()): CaseState {
  return steps.reduce((s, [who, b]) => {
    const r = decide(s, who, body(b), c);
    if (!r.ok) throw new Error(`${String(b.action)} failed: ${JSON.stringify(r.error)}`);
    return r.next;
  }, state);
}

export const evidence = (takenAt = '2026-02-25T10:00:00+08:00') => ({
  action: 'record_evidence',
  kind: 'inquiry',
  takenAt,
  description: '询问笔录：未组织三级安全教育',
  officers: [
    { userId: investigator.userId, name: '王警官', certificateNo: 'SC-01' },
    { userId: investigator2.userId, name: '李警官', certificateNo: 'SC-02' },
  ],
});

/** Unit 120,000 (tier 一般) and 30,000 for the principal: qualifies for a hearing (unit ≥ 50,000). */
export const penalty = (over: Record<string, unknown> = {}) => ({ tier: 'general', unitFineYuan: 120_000, persons: [{ name: '张三', fineYuan: 30_000 }], ...over });

export const registered = () => newCaseState(filer.userId, '2026-02-20');
export const investigating = () => run(registered(), [[head, { action: 'approve_filing' }], [investigator, evidence()]]);
export const notified = (proposed = penalty(), servedOn = '2026-03-02') =>
  run(investigating(), [[investigator, { action: 'serve_notice', servedOn, facts: '未按规定开展安全培训，逾期未改正', proposed }]]);
export const decision = (decidedOn = '2026-03-10', over: Record<string, unknown> = {}) => ({
  action: 'decide',
  decidedOn,
  facts: '未按规定开展安全培训，逾期未改正',
  evidence: '询问笔录一份',
  basis: [{ law: '安全生产法', article: 97, item: 4 }],
  penalty: penalty(),
  ...over,
});
export const decided = () => run(notified(), [[head, decision()]]);
export const executing = () => run(decided(), [[investigator, { action: 'serve_decision', servedOn: '2026-03-11', method: '直接送达' }]]);
