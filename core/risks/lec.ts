import { z } from 'zod';
import { fromDecimal, mul, toNumber, type Rational } from '../shared/rational.ts';
import { levelMappingSchema, type LevelBand } from './risk-levels.ts';

/**
 * LEC (作业条件危险性分析法, Graham–Kinney): D = L × E × C, with the score tables of domain-rules §4.2 [H]. Only the
 * tabled scores are accepted; D is computed exactly (0.1 × 1 × 3 is 0.3, not 0.30000000000000004).
 */

/** L — likelihood of an accident (事故发生的可能性). */
export const LEC_L_SCORES = [10, 6, 3, 1, 0.5, 0.2, 0.1] as const;
/** E — exposure to the hazardous environment (暴露于危险环境的频繁程度). */
export const LEC_E_SCORES = [10, 6, 3, 2, 1, 0.5] as const;
/** C — consequence (发生事故可能造成的后果). Some apps swap the E and C labels (§4.2): E tops at 10, C at 100. */
export const LEC_C_SCORES = [100, 40, 15, 7, 3, 1] as const;

const tabled = (scores: readonly number[], name: string) =>
  z.number({ message: 'must be a number' }).refine((v) => scores.includes(v), `must be one of the ${name} scores ${scores.join(', ')}`);

export const lecInputSchema = z.strictObject({
  method: z.literal('lec'),
  l: tabled(LEC_L_SCORES, 'L'),
  e: tabled(LEC_E_SCORES, 'E'),
  c: tabled(LEC_C_SCORES, 'C'),
});
export type LecInput = z.infer<typeof lecInputSchema>;

export const lecScore = (i: Pick<LecInput, 'l' | 'e' | 'c'>): Rational => mul(mul(fromDecimal(i.l), fromDecimal(i.e)), fromDecimal(i.c));

/** Every D the tables can produce (7 × 6 × 6 = 252 combinations). */
export function reachableLecScores(): Rational[] {
  return LEC_L_SCORES.flatMap((l) => LEC_E_SCORES.flatMap((e) => LEC_C_SCORES.map((c) => lecScore({ l, e, c }))));
}

/**
 * The five classic D bands, upper-inclusive as most codings read ">320, 160–320, 70–160, 20–70, <20" (§4.2 [H]):
 * 1 极其危险 D > 320; 2 高度危险 160 < D ≤ 320; 3 显著危险 70 < D ≤ 160; 4 一般危险 20 < D ≤ 70; 5 稍有危险 D ≤ 20.
 */
export const LEC_BANDS: readonly { band: 1 | 2 | 3 | 4 | 5; above: number }[] = [
  { band: 1, above: 320 },
  { band: 2, above: 160 },
  { band: 3, above: 70 },
  { band: 4, above: 20 },
  { band: 5, above: -Infinity },
];

export function lecBand(d: Rational): 1 | 2 | 3 | 4 | 5 {
  const value = toNumber(d, 2); // D has at most two decimals (L and E have one each), so this is exact.
  return LEC_BANDS.find((b) => value > b.above)?.band ?? 5;
}

/**
 * Default D → level mapping: §4.2 Variant A, lower-inclusive, bands 4 and 5 merged into 低 — D ≥ 320 重大,
 * 160 ≤ D < 320 较大, 70 ≤ D < 160 一般, D < 70 低 [M]. Configuration (ANQUAN_RISK_LEVELS), not law.
 */
export const DEFAULT_LEC_LEVELS: readonly LevelBand[] = [
  { level: 'major', min: 320, minInclusive: true },
  { level: 'larger', min: 160, minInclusive: true, max: 320, maxInclusive: false },
  { level: 'general', min: 70, minInclusive: true, max: 160, maxInclusive: false },
  { level: 'low', max: 70, maxInclusive: false },
];

export const lecLevelsSchema = levelMappingSchema(reachableLecScores, (r) => String(toNumber(r, 2)));
