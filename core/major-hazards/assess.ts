import { z } from 'zod';
import { compare, div, fromDecimal, mul, rational, sum, toNumber, type Rational } from '../shared/rational.ts';
import { resolveSubstance, substanceInputSchema, type BetaSource, type ResolvedSubstance } from './substances.ts';

/**
 * Identification and grading of a major hazard source (重大危险源), GB 18218-2018 §4 and §5 (domain-rules §3):
 * S = Σ qᵢ/Qᵢ, a major hazard when S ≥ 1 (inclusive); R = α · Σ βᵢ·qᵢ/Qᵢ and level 1–4 by Table 6. All exact.
 */

export const MAX_SUBSTANCES = 200;

/** Body of `POST /api/v1/major-hazard-sources/assess` (issue 5). */
export const assessInputSchema = z.strictObject({
  exposedPopulation: z
    .number({ message: 'must be a number of people' })
    .int('must be a whole number of people')
    .min(0, 'must not be negative')
    .max(10_000_000)
    .describe('permanent residents within 500 m of the plant boundary (厂区边界向外扩展500m范围内常住人口)'),
  substances: z.array(substanceInputSchema).min(1, 'needs at least one substance').max(MAX_SUBSTANCES),
});
export type AssessInput = z.infer<typeof assessInputSchema>;

export const assessmentItemSchema = z.object({
  substance: z.string(),
  row: z.number().int().nullable().describe('Table 1 row, or null for a Table 2 category'),
  categories: z.array(z.string()).describe('hazard categories used (given, or shipped for the row)'),
  quantityTonnes: z.number().describe('q'),
  criticalQuantity: z.number().describe('Q, tonnes'),
  ratio: z.number().describe('q/Q, rounded to 6 decimals for display (S and R are summed exactly)'),
  beta: z.number(),
  betaSource: z.enum(['table3', 'table4', 'default', 'assumed']),
  weightedRatio: z.number().describe('β·q/Q'),
});

export const assessmentSchema = z.object({
  s: z.number().describe('Σ q/Q'),
  isMajor: z.boolean().describe('S ≥ 1'),
  alpha: z.number(),
  r: z.number().describe('α · Σ β·q/Q'),
  level: z.number().int().min(1).max(4).nullable().describe('1 (highest) to 4; null when not a major hazard source'),
  items: z.array(assessmentItemSchema),
  warnings: z.array(z.string()),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** Table 5: α by the number of people exposed outside the plant (domain-rules §3.2 [H]). */
export const ALPHA_TABLE: readonly { atLeast: number; alpha: string }[] = [
  { atLeast: 100, alpha: '2.0' },
  { atLeast: 50, alpha: '1.5' },
  { atLeast: 30, alpha: '1.2' },
  { atLeast: 1, alpha: '1.0' },
  { atLeast: 0, alpha: '0.5' },
];

export const alphaOf = (exposed: number): Rational => fromDecimal((ALPHA_TABLE.find((a) => exposed >= a.atLeast) ?? { alpha: '0.5' }).alpha);

/** Table 6: 一级 R ≥ 100; 二级 50 ≤ R < 100; 三级 10 ≤ R < 50; 四级 R < 10 (domain-rules §3.2 [H]). */
export const LEVEL_TABLE: readonly { level: 1 | 2 | 3; atLeast: number }[] = [
  { level: 1, atLeast: 100 },
  { level: 2, atLeast: 50 },
  { level: 3, atLeast: 10 },
];

export const levelOfR = (r: Rational): 1 | 2 | 3 | 4 => LEVEL_TABLE.find((l) => compare(r, rational(BigInt(l.atLeast))) >= 0)?.level ?? 4;

export interface SubstanceProblem {
  path: string;
  message: string;
}

export type AssessOutcome = { ok: true; assessment: Assessment } | { ok: false; problems: SubstanceProblem[] };

const WARNING: Partial<Record<BetaSource, (s: ResolvedSubstance) => string>> = {
  assumed: (s) => `${s.substance}: β taken as 1 — Table 3 does not name it; give its hazard category (Table 4) for its β`,
};

export function assessMajorHazard(input: AssessInput): AssessOutcome {
  const problems: SubstanceProblem[] = [];
  const resolved: { substance: ResolvedSubstance; q: Rational; quantity: number }[] = [];
  input.substances.forEach((s, i) => {
    const r = resolveSubstance(s);
    if (r.ok) resolved.push({ substance: r.substance, q: fromDecimal(s.quantityTonnes), quantity: s.quantityTonnes });
    else problems.push({ path: `substances.${i}.${r.path}`, message: r.message });
  });
  if (problems.length > 0) return { ok: false, problems };

  const ratios = resolved.map((x) => div(x.q, x.substance.criticalQuantity));
  const weighted = resolved.map((x, i) => mul(x.substance.beta, ratios[i] as Rational));
  const s = sum(ratios);
  const alpha = alphaOf(input.exposedPopulation);
  const r = mul(alpha, sum(weighted));
  const isMajor = compare(s, rational(1n)) >= 0;
  return {
    ok: true,
    assessment: {
      s: toNumber(s),
      isMajor,
      alpha: toNumber(alpha),
      r: toNumber(r),
      level: isMajor ? levelOfR(r) : null,
      items: resolved.map((x, i) => ({
        substance: x.substance.substance,
        row: x.substance.row,
        categories: x.substance.categories,
        quantityTonnes: x.quantity,
        criticalQuantity: toNumber(x.substance.criticalQuantity),
        ratio: toNumber(ratios[i] as Rational),
        beta: toNumber(x.substance.beta),
        betaSource: x.substance.betaSource,
        weightedRatio: toNumber(weighted[i] as Rational),
      })),
      warnings: resolved.flatMap((x) => WARNING[x.substance.betaSource]?.(x.substance) ?? []),
    },
  };
}
