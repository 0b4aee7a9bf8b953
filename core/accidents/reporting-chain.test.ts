import { describe, expect, it } from 'vitest';
import { extendReportingChain, isLateReport, reportingChain } from './reporting-chain.ts';

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
      { from: 'city', to: 'province', dueAt: iso('2026-05-03T11:00:00+08:00') },
      { from: 'province', to: 'ministry', dueAt: iso('2026-05-03T13:00:00+08:00') },
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
