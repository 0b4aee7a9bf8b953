import { describe, expect, it } from 'vitest';
import { alphaOf, assessInputSchema, assessMajorHazard, levelOfR, type AssessInput, type Assessment } from './assess.ts';
import { fromDecimal, toNumber } from '../shared/rational.ts';

function assess(input: AssessInput): Assessment {
  const outcome = assessMajorHazard(assessInputSchema.parse(input));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.assessment;
}
const problemsOf = (input: AssessInput) => {
  const outcome = assessMajorHazard(assessInputSchema.parse(input));
  return outcome.ok ? [] : outcome.problems;
};

describe('GB 18218-2018 identification (S ≥ 1, domain-rules §3.1)', () => {
  it('is a major hazard at exactly S = 1 when the ratios sum to 1 only in exact arithmetic', () => {
    // 0.1/0.3 + 0.2/0.3 = 1/3 + 2/3: binary floats give 0.333…3 + 0.666…7 and worse with other splits.
    const a = assess({ exposedPopulation: 0, substances: [{ name: '光气', quantityTonnes: 0.1 }, { name: '碳酰氯', quantityTonnes: 0.2 }] });
    expect(a.s).toBe(1);
    expect(a.isMajor).toBe(true);
    // Ten tenths of the 1 t threshold of 乙炔: floats sum 0.1 ten times to 0.9999999999999999.
    expect(Array(10).fill(0.1).reduce((x, y) => x + y, 0)).toBeLessThan(1);
    const tenths = assess({ exposedPopulation: 0, substances: Array.from({ length: 10 }, () => ({ name: '乙炔', quantityTonnes: 0.1 })) });
    expect(tenths.isMajor).toBe(true);
    expect(tenths.s).toBe(1);
  });

  it('is not a major hazard just below 1', () => {
    const a = assess({ exposedPopulation: 10, substances: [{ name: '液氨', quantityTonnes: 9.999 }] });
    expect(a.isMajor).toBe(false);
    expect(a.level).toBeNull();
    expect(a.r).toBeCloseTo(1.9998, 6);
  });

  it('finds all 85 Table 1 rows by row number', () => {
    for (let row = 1; row <= 85; row++) expect(problemsOf({ exposedPopulation: 0, substances: [{ row, quantityTonnes: 1 }] })).toEqual([]);
  });

  it('finds substances by name, alias, CAS and base name', () => {
    const items = assess({
      exposedPopulation: 0,
      substances: [
        { name: '氨', quantityTonnes: 1 },
        { name: '液氯', quantityTonnes: 1 },
        { cas: '74-98-6', quantityTonnes: 1 },
        { name: '天然气', quantityTonnes: 1 },
        { name: 'tdi', quantityTonnes: 1 },
        { name: '甲醛', quantityTonnes: 1 },
      ],
    }).items;
    expect(items.map((i) => [i.row, i.criticalQuantity])).toEqual([[1, 10], [12, 5], [52, 50], [49, 50], [23, 100], [8, 5]]);
  });

  it('refuses a CAS number several rows share, and asks for the row', () => {
    const [problem] = problemsOf({ exposedPopulation: 0, substances: [{ cas: '9004-70-0', quantityTonnes: 1 }] });
    expect(problem?.path).toBe('substances.0.row');
    expect(problem?.message).toContain('row 37');
    expect(problem?.message).toContain('row 42');
    expect(assess({ exposedPopulation: 0, substances: [{ cas: '9004-70-0', row: 40, quantityTonnes: 25 }] }).items[0]?.criticalQuantity).toBe(50);
  });

  it('refuses an unknown substance and suggests the category route', () => {
    const [problem] = problemsOf({ exposedPopulation: 0, substances: [{ name: '某溶剂', quantityTonnes: 1 }] });
    expect(problem?.path).toBe('substances.0.name');
    expect(problem?.message).toContain('category');
    const byCategory = assess({ exposedPopulation: 0, substances: [{ name: '某溶剂', category: 'W5.3', quantityTonnes: 500 }] });
    expect(byCategory.items[0]).toMatchObject({ criticalQuantity: 1000, beta: 1, ratio: 0.5, betaSource: 'table4' });
  });

  it('takes the lowest Q and the highest β of several categories', () => {
    const item = assess({ exposedPopulation: 0, substances: [{ category: ['W5.4', 'J3'], quantityTonnes: 25 }] }).items[0];
    expect(item).toMatchObject({ criticalQuantity: 50, beta: 2, ratio: 0.5 });
  });

  it('refuses negative, zero and non-numeric quantities', () => {
    for (const quantityTonnes of [-1, 0, '5', Number.NaN]) {
      expect(assessInputSchema.safeParse({ exposedPopulation: 0, substances: [{ name: '氨', quantityTonnes }] }).success).toBe(false);
    }
    expect(assessInputSchema.safeParse({ exposedPopulation: -1, substances: [{ name: '氨', quantityTonnes: 1 }] }).success).toBe(false);
    expect(assessInputSchema.safeParse({ exposedPopulation: 0, substances: [{ quantityTonnes: 1 }] }).success).toBe(false);
  });
});

describe('GB 18218-2018 grading (R = α Σ β q/Q, domain-rules §3.2)', () => {
  it('takes α from Table 5 at each boundary', () => {
    expect([0, 1, 29, 30, 49, 50, 99, 100, 5000].map((n) => toNumber(alphaOf(n)))).toEqual([0.5, 1, 1, 1.2, 1.2, 1.5, 1.5, 2, 2]);
  });

  it('grades by Table 6 with lower-inclusive bounds', () => {
    expect([100, 99.99, 50, 49.999, 10, 9.99].map((r) => levelOfR(fromDecimal(r)))).toEqual([1, 2, 2, 3, 3, 4]);
  });

  it('uses Table 3 β for the named toxic gases and shows each step', () => {
    const a = assess({
      exposedPopulation: 120,
      substances: [
        { name: '液氯', quantityTonnes: 10 }, // q/Q = 2, β 4
        { name: '液化石油气', quantityTonnes: 25 }, // 0.5, β 1.5 (W2 default)
      ],
    });
    expect(a.items).toMatchObject([
      { substance: '氯', ratio: 2, beta: 4, betaSource: 'table3', weightedRatio: 8 },
      { ratio: 0.5, beta: 1.5, betaSource: 'default', weightedRatio: 0.75, categories: ['W2'] },
    ]);
    expect(a).toMatchObject({ s: 2.5, isMajor: true, alpha: 2, r: 17.5, level: 3, warnings: [] });
  });

  it('reaches level 1 and warns when β is assumed', () => {
    const a = assess({ exposedPopulation: 100, substances: [{ name: '氰化氢', quantityTonnes: 5 }, { name: '甲醇', quantityTonnes: 500 }] });
    expect(a.r).toBe(102); // 2 × (10 × 5 + 1 × 1)
    expect(a.level).toBe(1);
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0]).toContain('甲醇');
    expect(assess({ exposedPopulation: 100, substances: [{ name: '甲醇', category: 'W5.1', quantityTonnes: 500 }] }).items[0]?.beta).toBe(1.5);
  });

  it('has a minimum R of 0.5 for a major hazard', () => {
    expect(assess({ exposedPopulation: 0, substances: [{ name: '甲苯', category: 'W5.3', quantityTonnes: 500 }] })).toMatchObject({ r: 0.5, level: 4 });
  });
});
