import { describe, expect, it } from 'vitest';
import { extendReportingChain, isLateReport, recordLevelReport, reportingChain, reportingProgress, type ReportingStep } from './reporting-chain.ts';

const knownAt = new Date('2026-05-01T10:00:00+08:00');
const iso = (s: string) => new Date(s).toISOString();

describe('reporting chain (493号令 Arts. 9–11)', () => {
  it('a general accident: unit → county in 1 h, county → city 2 h later', () => {
    expect(reportingChain('general', knownAt)).toEqual([
      { from: 'unit', to: 'county', dueAt: iso('2026-05-01T11:00:00+08:00') },
      { from: 'county', to: 'city', dueAt: iso('2026-05-01T13:00:00+08:00') },
    ]);
  });

  it('a larger accident goes up to the province, a major and an extraordinary one to the ministry', () => {
    expect(reportingChain('larger', knownAt).map((s) => s.to)).toEqual(['county', 'city', 'province']);
    expect(reportingChain('major', knownAt).map((s) => s.to)).toEqual(['county', 'city', 'province', 'ministry']);
    const top = reportingChain('extraordinary', knownAt);
    expect(top.at(-1)).toEqual({ from: 'province', to: 'ministry', dueAt: iso('2026-05-01T17:00:00+08:00') });
  });

  it('extends the chain from the revision time when the grade rises, keeping the old steps', () => {
    const general = reportingChain('general', knownAt);
    const at = new Date('2026-05-03T09:00:00+08:00');
    const major = extendReportingChain(general, 'major', at);
    expect(major.slice(0, 2)).toEqual(general);
    expect(major.slice(2)).toEqual([
      { from: 'city', to: 'province', dueAt: iso('2026-05-03T11:00:00+08:00'), since: at.toISOString() },
      { from: 'province', to: 'ministry', dueAt: iso('2026-05-03T13:00:00+08:00'), since: at.toISOString() },
    ]);
  });

  it('never shortens the chain when the grade falls', () => {
    const major = reportingChain('major', knownAt);
    expect(extendReportingChain(major, 'general', knownAt)).toEqual(major);
  });

  it('flags a report later than one hour after the unit head knew (迟报), exactly one hour is on time', () => {
    expect(isLateReport(knownAt, new Date(knownAt.getTime() + 3_600_000))).toBe(false);
    expect(isLateReport(knownAt, new Date(knownAt.getTime() + 3_600_001))).toBe(true);
  });
});

describe('reporting progress (Art. 9: the unit within 1 h; Art. 11: each level within 2 h of receiving)', () => {
  const at = (hhmm: string) => new Date(`2026-05-01T${hhmm}:00+08:00`);
  const chain = (reports: Array<string | undefined>): ReportingStep[] =>
    reportingChain('larger', knownAt).map((s, i) => (reports[i] ? { ...s, reportedAt: at(reports[i]!).toISOString(), recordedBy: '张三' } : s));
  const states = (steps: ReportingStep[], now: Date, known = true) => reportingProgress(steps, now, known).map((s) => [s.to, s.state, s.dueAt]);

  it('is done only when reported; nothing reported is pending, then overdue — never ticked', () => {
    expect(states(chain([]), at('10:30'))).toEqual([
      ['county', 'pending', iso('2026-05-01T11:00:00+08:00')],
      ['city', 'pending', iso('2026-05-01T13:00:00+08:00')],
      ['province', 'pending', iso('2026-05-01T15:00:00+08:00')],
    ]);
    expect(states(chain([]), at('13:30')).map((s) => s[1])).toEqual(['overdue', 'overdue', 'pending']);
  });

  it('marks 迟报 on the step where it happened, and a level’s 2 hours run from its own receipt', () => {
    // The unit reports at 11:20 (late: due 11:00); the county has until 13:20, forwards at 13:10 (on time).
    // The city received at 13:10 and forwards at 15:30: late (due 15:10), though the planned 15:00 passed anyway.
    const progress = reportingProgress(chain(['11:20', '13:10', '15:30']), at('16:00'), true);
    expect(progress.map((s) => [s.to, s.state, s.dueAt])).toEqual([
      ['county', 'late', iso('2026-05-01T11:00:00+08:00')],
      ['city', 'reported', iso('2026-05-01T13:20:00+08:00')],
      ['province', 'late', iso('2026-05-01T15:10:00+08:00')],
    ]);
    expect(progress[1]).toMatchObject({ reportedAt: iso('2026-05-01T13:10:00+08:00'), recordedBy: '张三' });
  });

  it('is 2 hours from the receipt, not from the planned deadline, when the level below was early', () => {
    // Unit at 10:05, the county forwards at 12:30: 2 h 25 min after receipt is late even though before 13:00.
    expect(states(chain(['10:05', '12:30']), at('12:40')).slice(0, 2).map((s) => s[1])).toEqual(['reported', 'late']);
  });

  it('counts a hop added by a higher grade from the revision', () => {
    const general = reportingChain('general', knownAt).map((s) => ({ ...s, reportedAt: at(s.to === 'county' ? '10:10' : '11:00').toISOString() }));
    const major = extendReportingChain(general, 'major', new Date('2026-05-03T09:00:00+08:00'));
    const [, , province] = reportingProgress(major, new Date('2026-05-03T10:00:00+08:00'), true);
    expect(province).toMatchObject({ to: 'province', state: 'pending', dueAt: iso('2026-05-03T11:00:00+08:00') });
  });

  it('says unknown for a historical record whose report times were never seen', () => {
    expect(states(chain([]), at('23:00'), false).map((s) => s[1])).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('records a level’s report once, in order, not before its receipt nor in the future', () => {
    const now = at('14:00');
    const steps = chain(['10:20']);
    expect(recordLevelReport(steps, 'province', at('12:00'), '李四', now)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(recordLevelReport(steps, 'county', at('12:00'), '李四', now)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', path: 'to' });
    expect(recordLevelReport(steps, 'ministry', at('12:00'), '李四', now)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', path: 'to' });
    expect(recordLevelReport(steps, 'city', at('10:10'), '李四', now)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', path: 'at' });
    expect(recordLevelReport(steps, 'city', at('14:01'), '李四', now)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', path: 'at' });
    const done = recordLevelReport(steps, 'city', at('12:00'), '李四', now);
    expect(done.ok && done.steps[1]).toMatchObject({ to: 'city', reportedAt: iso('2026-05-01T12:00:00+08:00'), recordedBy: '李四' });
    expect(done.ok && recordLevelReport(done.steps, 'city', at('12:30'), '李四', now)).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});
