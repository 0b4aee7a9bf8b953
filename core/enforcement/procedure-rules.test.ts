import { describe, expect, it } from 'vitest';
import { DEFAULT_PROCEDURE_RULES, paymentDueOn, procedureRulesConfigSchema, qualifiesForHearing, WEEKDAY_CALENDAR, withDefaultProcedureRules } from './procedure-rules.ts';

describe('procedure rules as configuration', () => {
  it('keep the defaults for every part left out', () => {
    expect(withDefaultProcedureRules(undefined)).toEqual(DEFAULT_PROCEDURE_RULES);
    expect(withDefaultProcedureRules({ hearingThresholdYuan: { unit: 30_000 } })).toEqual({ ...DEFAULT_PROCEDURE_RULES, hearingThresholdYuan: { unit: 30_000, person: 5_000 } });
  });

  it('refuse unknown keys and periods that are not whole days', () => {
    expect(procedureRulesConfigSchema.safeParse({ hearingDays: 5 }).success).toBe(false);
    expect(procedureRulesConfigSchema.safeParse({ paymentDays: 0 }).success).toBe(false);
    expect(procedureRulesConfigSchema.safeParse({ statementDays: 2.5 }).success).toBe(false);
  });

  it('move the hearing threshold with the configuration', () => {
    const rules = withDefaultProcedureRules({ hearingThresholdYuan: { unit: 30_000 } });
    expect(qualifiesForHearing({ tier: 'minor', unitFineYuan: 30_000, persons: [] }, rules)).toBe(true);
    expect(qualifiesForHearing({ tier: 'minor', unitFineYuan: 29_999, persons: [] }, rules)).toBe(false);
  });
});

describe('counting', () => {
  it('counts working days after the day given, never that day', () => {
    expect(WEEKDAY_CALENDAR.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    expect(WEEKDAY_CALENDAR.addWorkingDays('2026-03-07', 1)).toBe('2026-03-09');
    expect(WEEKDAY_CALENDAR.addWorkingDays('2026-03-09', 1)).toBe('2026-03-10');
  });

  it('puts the payment deadline 15 calendar days after service, across a month end', () => {
    expect(paymentDueOn('2026-01-20', DEFAULT_PROCEDURE_RULES)).toBe('2026-02-04');
  });
});
