import { describe, expect, it } from 'vitest';
import { decideInvestigation, investigationOf } from './investigation.ts';

const occurredAt = new Date('2026-01-10T09:00:00+08:00');
const fresh = { extendedByDays: null, reportSubmittedAt: null, repliedAt: null };
const iso = (s: string) => new Date(s).toISOString();

describe('investigation (493号令 Arts. 19, 29, 32)', () => {
  it('gives the authority by grade', () => {
    expect(investigationOf('general', occurredAt, fresh).authority).toBe('county');
    expect(investigationOf('larger', occurredAt, fresh).authority).toBe('city');
    expect(investigationOf('major', occurredAt, fresh).authority).toBe('province');
    expect(investigationOf('extraordinary', occurredAt, fresh).authority).toBe('state_council');
  });

  it('makes the report due 60 days after the accident, plus one extension', () => {
    expect(investigationOf('general', occurredAt, fresh).reportDueAt).toBe(iso('2026-03-11T23:59:59.999+08:00'));
    expect(investigationOf('general', occurredAt, { ...fresh, extendedByDays: 60 }).reportDueAt).toBe(iso('2026-05-10T23:59:59.999+08:00'));
  });

  it('makes the reply due 15 days after the report, 30 for an extraordinary accident', () => {
    const report = new Date('2026-03-01T10:00:00+08:00');
    expect(investigationOf('major', occurredAt, { ...fresh, reportSubmittedAt: report }).replyDueAt).toBe(iso('2026-03-16T23:59:59.999+08:00'));
    expect(investigationOf('extraordinary', occurredAt, { ...fresh, reportSubmittedAt: report }).replyDueAt).toBe(iso('2026-03-31T23:59:59.999+08:00'));
  });

  it('allows one extension only, and a reply only to a submitted report', () => {
    const now = new Date('2026-04-01T00:00:00+08:00');
    const extended = investigationOf('general', occurredAt, { ...fresh, extendedByDays: 30 });
    expect(decideInvestigation(investigationOf('general', occurredAt, fresh), occurredAt, { action: 'extend', days: 60 }, now).ok).toBe(true);
    expect(decideInvestigation(extended, occurredAt, { action: 'extend', days: 10 }, now).ok).toBe(false);
    expect(decideInvestigation(extended, occurredAt, { action: 'reply', at: now.toISOString() }, now).ok).toBe(false);
    expect(decideInvestigation(extended, occurredAt, { action: 'submit_report', at: new Date(now.getTime() + 1).toISOString() }, now).ok).toBe(false);
  });
});
