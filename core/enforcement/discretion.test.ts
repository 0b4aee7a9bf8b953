import { describe, expect, it } from 'vitest';
import { benchmarkSchema, checkProposedFine, DEFAULT_BENCHMARKS, findBenchmark, splitIntoTiers, type FineReasonKind } from './discretion.ts';

const spl97 = findBenchmark(DEFAULT_BENCHMARKS, 'spl-97-training-overdue')!;

describe('default benchmarks', () => {
  it('all pass their own schema: four tiers in order, inside the legal ranges', () => {
    for (const b of DEFAULT_BENCHMARKS) expect(benchmarkSchema.safeParse(b).success, b.code).toBe(true);
  });

  it('carry domain-rules §8.1: Art. 97 overdue fines the unit 10万–20万 and persons 2万–5万 [H]', () => {
    expect(spl97).toMatchObject({ unit: { minYuan: 100_000, maxYuan: 200_000 }, person: { minYuan: 20_000, maxYuan: 50_000 }, confidence: 'H' });
    expect(spl97.penalising).toEqual({ law: '安全生产法', article: 97, item: 4 });
  });

  it('tag Art. 99 and Art. 101 as [M]', () => {
    expect(findBenchmark(DEFAULT_BENCHMARKS, 'spl-99-equipment')!.confidence).toBe('M');
    expect(findBenchmark(DEFAULT_BENCHMARKS, 'spl-101-major-hazard')!.confidence).toBe('M');
  });
});

describe('splitIntoTiers', () => {
  it('splits 100000–200000 into contiguous tiers at 10/40/70 %', () => {
    expect(splitIntoTiers({ minYuan: 100_000, maxYuan: 200_000 })).toEqual([
      { minYuan: 100_000, maxYuan: 110_000 },
      { minYuan: 110_001, maxYuan: 140_000 },
      { minYuan: 140_001, maxYuan: 170_000 },
      { minYuan: 170_001, maxYuan: 200_000 },
    ]);
  });

  it('starts a range "以下" (no minimum) at 1 yuan', () => {
    expect(splitIntoTiers({ minYuan: 0, maxYuan: 50_000 })[0]).toEqual({ minYuan: 1, maxYuan: 5_000 });
  });

  it('is rejected by the schema when a tier leaves the legal range', () => {
    const bad = { ...spl97, tiers: spl97.tiers.map((t, i) => (i === 3 ? { ...t, unit: { minYuan: 170_001, maxYuan: 200_001 } } : t)) };
    expect(benchmarkSchema.safeParse(bad).error?.issues[0]?.path).toEqual(['tiers', 3, 'unit']);
  });
});

describe('checkProposedFine for the unit, tier 一般 (110001–140000) of Art. 97 overdue (100000–200000)', () => {
  const cases: [string, number, FineReasonKind | undefined, string, boolean?][] = [
    ['below the legal minimum without a reason', 99_999, undefined, 'needs_reason'],
    ['below the legal minimum with 从轻', 99_999, 'lighter', 'refused'],
    ['below the legal minimum with 减轻 (Art. 32)', 99_999, 'mitigated', 'ok', true],
    ['at the legal minimum, below the tier, without a reason', 100_000, undefined, 'needs_reason'],
    ['at the legal minimum with 从轻', 100_000, 'lighter', 'ok', true],
    ['one below the tier with 从重 (wrong direction)', 110_000, 'heavier', 'needs_reason'],
    ['at the tier minimum', 110_001, undefined, 'ok', false],
    ['at the tier maximum', 140_000, undefined, 'ok', false],
    ['one above the tier without a reason', 140_001, undefined, 'needs_reason'],
    ['one above the tier with 从轻 (wrong direction)', 140_001, 'lighter', 'needs_reason'],
    ['one above the tier with 从重', 140_001, 'heavier', 'ok', true],
    ['at the legal maximum with 从重', 200_000, 'heavier', 'ok', true],
    ['one above the legal maximum, even with 从重', 200_001, 'heavier', 'refused'],
    ['zero', 0, 'mitigated', 'refused'],
    ['a fraction of a yuan', 120_000.5, undefined, 'refused'],
  ];
  it.each(cases)('%s (%d yuan, reason %s) → %s', (_label, amount, reason, verdict, flagged) => {
    const r = checkProposedFine(spl97, 'general', 'unit', amount, reason);
    expect(r.verdict).toBe(verdict);
    if (r.verdict === 'ok') expect(r.flagged).toBe(flagged);
  });

  it('names the tier range and the fitting reason when one is needed', () => {
    expect(checkProposedFine(spl97, 'general', 'unit', 150_000)).toEqual({ verdict: 'needs_reason', tierRange: { minYuan: 110_001, maxYuan: 140_000 }, allowed: ['heavier'] });
  });
});

describe('checkProposedFine for persons', () => {
  it.each([
    [19_999, undefined, 'needs_reason'],
    [20_000, undefined, 'ok'],
    [50_000, 'heavier', 'ok'],
    [50_001, 'heavier', 'refused'],
  ] as const)('Art. 97 overdue, tier 轻微, %d yuan (reason %s) → %s', (amount, reason, verdict) => {
    expect(checkProposedFine(spl97, 'minor', 'person', amount, reason).verdict).toBe(verdict);
  });

  it('refuses a fine on a party the article does not fine (Art. 97 first limb fines no person)', () => {
    const first = findBenchmark(DEFAULT_BENCHMARKS, 'spl-97-training')!;
    expect(checkProposedFine(first, 'minor', 'person', 1_000)).toEqual({ verdict: 'refused', legalRange: null });
  });

  it('allows exactly the figure of "以下": Art. 102 unit fine of 50,000 in tier 严重', () => {
    const art102 = findBenchmark(DEFAULT_BENCHMARKS, 'spl-102-hazard')!;
    expect(checkProposedFine(art102, 'severe', 'unit', 50_000)).toEqual({ verdict: 'ok', flagged: false });
    expect(checkProposedFine(art102, 'severe', 'unit', 50_001, 'heavier').verdict).toBe('refused');
  });
});
