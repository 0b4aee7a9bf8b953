import { z } from 'zod';
import { compare, fromDecimal, type Rational } from '../shared/rational.ts';

/**
 * The four risk levels of the dual prevention mechanism (双重预防机制), high to low: 重大 red, 较大 orange,
 * 一般 yellow, 低 blue (国务院安委办 2016 guidance; domain-rules §4.1). The colour follows from the level.
 */
export const riskLevelSchema = z.enum(['major', 'larger', 'general', 'low']);
export type RiskLevel = z.infer<typeof riskLevelSchema>;
export const RISK_LEVELS: readonly RiskLevel[] = riskLevelSchema.options;

export const riskColorSchema = z.enum(['red', 'orange', 'yellow', 'blue']);
export type RiskColor = z.infer<typeof riskColorSchema>;

export const RISK_COLOR: Record<RiskLevel, RiskColor> = { major: 'red', larger: 'orange', general: 'yellow', low: 'blue' };

/** The higher of two levels (an enterprise is shown by its highest risk). */
export const higherLevel = (a: RiskLevel, b: RiskLevel): RiskLevel => (RISK_LEVELS.indexOf(a) <= RISK_LEVELS.indexOf(b) ? a : b);

/**
 * One row of a score → level mapping. Bounds are explicit about inclusion, because the published tables write
 * shared endpoints ("160–320") and codings disagree on which side they fall (domain-rules §4.2 Variants A/B, one of
 * which leaves D = 20 in no band). A missing bound is open.
 */
export const levelBandSchema = z
  .strictObject({
    level: riskLevelSchema,
    min: z.number().nonnegative().optional(),
    minInclusive: z.boolean().optional(),
    max: z.number().positive().optional(),
    maxInclusive: z.boolean().optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.min === undefined) !== (b.minInclusive === undefined)) ctx.addIssue({ code: 'custom', path: ['minInclusive'], message: 'min and minInclusive go together' });
    if ((b.max === undefined) !== (b.maxInclusive === undefined)) ctx.addIssue({ code: 'custom', path: ['maxInclusive'], message: 'max and maxInclusive go together' });
    if (b.min !== undefined && b.max !== undefined && b.min > b.max) ctx.addIssue({ code: 'custom', path: ['max'], message: 'must not be below min' });
  });
export type LevelBand = z.infer<typeof levelBandSchema>;

export function inBand(score: Rational, band: LevelBand): boolean {
  if (band.min !== undefined) {
    const c = compare(score, fromDecimal(band.min));
    if (c < 0 || (c === 0 && !band.minInclusive)) return false;
  }
  if (band.max !== undefined) {
    const c = compare(score, fromDecimal(band.max));
    if (c > 0 || (c === 0 && !band.maxInclusive)) return false;
  }
  return true;
}

/** The bands that hold a score: a sound mapping has exactly one for every reachable score. */
export const bandsHolding = (score: Rational, bands: readonly LevelBand[]) => bands.filter((b) => inBand(score, b));

/**
 * A mapping checked against every score its method can produce: each must fall in exactly one band, so that a
 * configuration with a gap (the D = 20 bug of §4.2 Variant B) or an overlap is refused at start.
 */
export function levelMappingSchema(reachable: () => readonly Rational[], show: (r: Rational) => string) {
  return z
    .array(levelBandSchema)
    .min(1)
    .max(20)
    .superRefine((bands, ctx) => {
      for (const score of reachable()) {
        const n = bandsHolding(score, bands).length;
        if (n !== 1) {
          ctx.addIssue({ code: 'custom', message: `score ${show(score)} falls in ${n === 0 ? 'no band' : `${n} bands`}` });
          return;
        }
      }
    });
}

export function levelOf(score: Rational, bands: readonly LevelBand[]): RiskLevel {
  const band = bands.find((b) => inBand(score, b));
  // A mapping passed levelMappingSchema, which covers every reachable score.
  if (!band) throw new Error('score outside the level mapping');
  return band.level;
}
