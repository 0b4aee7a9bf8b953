import { describe, expect, it } from 'vitest';
import { fromDecimal } from '../shared/rational.ts';
import { DEFAULT_LEC_LEVELS, lecBand, lecLevelsSchema, reachableLecScores } from './lec.ts';
import { DEFAULT_LS_LEVELS, lsLevelsSchema } from './ls.ts';
import { evaluateRisk, riskEvaluationInputSchema, riskLevelsConfigSchema, withDefaultLevels } from './risk-evaluation.ts';

const lec = (l: number, e: number, c: number) => evaluateRisk({ method: 'lec', l, e, c });
const ls = (l: number, s: number) => evaluateRisk({ method: 'ls', l, s });

describe('LEC (domain-rules §4.2)', () => {
  it('multiplies exactly: 0.1 × 1 × 3 = 0.3', () => {
    expect(lec(0.1, 1, 3).score).toBe(0.3);
  });

  it('puts D = 20 in band 5 and D = 70 in band 4 (upper-inclusive classic bands)', () => {
    expect(lec(10, 2, 1)).toEqual({ score: 20, band: 5, level: 'low', color: 'blue' });
    expect(lec(1, 10, 7)).toEqual({ score: 70, band: 4, level: 'general', color: 'yellow' });
    expect(lec(3, 3, 3)).toMatchObject({ score: 27, band: 4, level: 'low' });
  });

  it('maps by Variant A, lower-inclusive: 70 is 一般, 160 and 320 boundaries are unreachable but placed', () => {
    expect(lec(3, 6, 15)).toMatchObject({ score: 270, band: 2, level: 'larger', color: 'orange' });
    expect(lec(10, 6, 40)).toMatchObject({ score: 2400, band: 1, level: 'major', color: 'red' });
    expect(lec(6, 3, 7)).toMatchObject({ score: 126, band: 3, level: 'general' });
    expect(lec(1, 6, 7)).toMatchObject({ score: 42, band: 4, level: 'low' });
    expect(lecBand(fromDecimal(160))).toBe(3);
    expect(lecBand(fromDecimal(320))).toBe(2);
    expect(lecBand(fromDecimal(320.01))).toBe(1);
  });

  it('refuses scores outside the tables, and swapped E/C', () => {
    expect(riskEvaluationInputSchema.safeParse({ method: 'lec', l: 4, e: 6, c: 7 }).success).toBe(false);
    expect(riskEvaluationInputSchema.safeParse({ method: 'lec', l: 3, e: 40, c: 6 }).success).toBe(false);
    expect(riskEvaluationInputSchema.safeParse({ method: 'lec', l: '3', e: 6, c: 7 }).success).toBe(false);
  });

  it('covers all 252 combinations with the default mapping, each in exactly one level', () => {
    expect(reachableLecScores()).toHaveLength(252);
    expect(lecLevelsSchema.safeParse(DEFAULT_LEC_LEVELS).success).toBe(true);
  });

  it('refuses a mapping with the D = 20 gap of Variant B as coded in the wild', () => {
    const variantBWithGap = [
      { level: 'major', min: 160, minInclusive: false },
      { level: 'larger', min: 70, minInclusive: false, max: 160, maxInclusive: true },
      { level: 'general', min: 20, minInclusive: false, max: 70, maxInclusive: true },
      { level: 'low', max: 20, maxInclusive: false },
    ];
    const result = lecLevelsSchema.safeParse(variantBWithGap);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('score 20 falls in no band');
    const fixed = variantBWithGap.map((b) => (b.level === 'low' ? { ...b, maxInclusive: true } : b));
    expect(lecLevelsSchema.safeParse(fixed).success).toBe(true);
  });

  it('honours a configured mapping (Variant B: D > 160 is 重大)', () => {
    const config = riskLevelsConfigSchema.parse({
      lec: [
        { level: 'major', min: 160, minInclusive: false },
        { level: 'larger', min: 70, minInclusive: false, max: 160, maxInclusive: true },
        { level: 'general', min: 20, minInclusive: false, max: 70, maxInclusive: true },
        { level: 'low', max: 20, maxInclusive: true },
      ],
    });
    const levels = withDefaultLevels(config);
    expect(evaluateRisk({ method: 'lec', l: 3, e: 6, c: 15 }, levels).level).toBe('major');
    expect(evaluateRisk({ method: 'lec', l: 1, e: 10, c: 7 }, levels).level).toBe('general'); // 70
    expect(evaluateRisk({ method: 'lec', l: 10, e: 2, c: 1 }, levels).level).toBe('low'); // 20
    expect(levels.ls).toBe(DEFAULT_LS_LEVELS);
  });
});

describe('LS risk matrix (domain-rules §4.3)', () => {
  it('maps 20–25 重大, 15–16 较大, 9–12 一般, 1–8 低 at every boundary', () => {
    expect(ls(5, 5)).toEqual({ score: 25, level: 'major', color: 'red' });
    expect(ls(4, 5)).toMatchObject({ score: 20, level: 'major' });
    expect(ls(4, 4)).toMatchObject({ score: 16, level: 'larger', color: 'orange' });
    expect(ls(3, 5)).toMatchObject({ score: 15, level: 'larger' });
    expect(ls(3, 4)).toMatchObject({ score: 12, level: 'general', color: 'yellow' });
    expect(ls(3, 3)).toMatchObject({ score: 9, level: 'general' });
    expect(ls(2, 4)).toMatchObject({ score: 8, level: 'low', color: 'blue' });
    expect(ls(1, 1)).toMatchObject({ score: 1, level: 'low' });
  });

  it('refuses scores outside 1–5 and non-integers', () => {
    for (const bad of [{ l: 0, s: 3 }, { l: 6, s: 3 }, { l: 2.5, s: 3 }, { l: 2 }]) {
      expect(riskEvaluationInputSchema.safeParse({ method: 'ls', ...bad }).success).toBe(false);
    }
  });

  it('refuses an overlapping mapping', () => {
    const overlapping = [...DEFAULT_LS_LEVELS, { level: 'general', min: 12, minInclusive: true, max: 12, maxInclusive: true }];
    expect(lsLevelsSchema.safeParse(overlapping).error?.issues[0]?.message).toBe('score 12 falls in 2 bands');
  });
});
