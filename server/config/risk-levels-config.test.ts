import { describe, expect, it } from 'vitest';
import { DEFAULT_LEC_LEVELS } from '../../core/risks/lec.ts';
import { DEFAULT_LS_LEVELS } from '../../core/risks/ls.ts';
import { parseConfig } from './config.ts';

describe('ANQUAN_RISK_LEVELS', () => {
  it('defaults to domain-rules §4.2 Variant A and §4.3', () => {
    expect(parseConfig({}, '/srv').rules.riskLevels).toEqual({ lec: DEFAULT_LEC_LEVELS, ls: DEFAULT_LS_LEVELS });
  });

  it('takes one method’s mapping and keeps the other’s default', () => {
    const ls = [{ level: 'major', min: 16, minInclusive: true }, { level: 'low', max: 16, maxInclusive: false }];
    const levels = parseConfig({ ANQUAN_RISK_LEVELS: JSON.stringify({ ls }) }, '/srv').rules.riskLevels;
    expect(levels.ls).toEqual(ls);
    expect(levels.lec).toBe(DEFAULT_LEC_LEVELS);
  });

  it('refuses a mapping that leaves a reachable score without a level, naming the variable', () => {
    const gap = [{ level: 'major', min: 20, minInclusive: false }, { level: 'low', max: 20, maxInclusive: false }];
    expect(() => parseConfig({ ANQUAN_RISK_LEVELS: JSON.stringify({ lec: gap }) }, '/srv')).toThrow(/ANQUAN_RISK_LEVELS\.lec: score 20 falls in no band/);
    expect(() => parseConfig({ ANQUAN_RISK_LEVELS: '{"lec": [{"level": "major", "min": 1}]}' }, '/srv')).toThrow(/minInclusive/);
  });
});
