import { z } from 'zod';
import { toNumber } from '../shared/rational.ts';
import { DEFAULT_LEC_LEVELS, lecBand, lecInputSchema, lecLevelsSchema, lecScore } from './lec.ts';
import { DEFAULT_LS_LEVELS, lsInputSchema, lsLevelsSchema, lsScore } from './ls.ts';
import { levelOf, RISK_COLOR, riskColorSchema, riskLevelSchema, type LevelBand } from './risk-levels.ts';

/** Body of `POST /api/v1/risks/evaluate` (issue 5 "Risk grading"), and a risk point's scores. */
export const riskEvaluationInputSchema = z.discriminatedUnion('method', [lecInputSchema, lsInputSchema]);
export type RiskEvaluationInput = z.infer<typeof riskEvaluationInputSchema>;
export const riskMethodSchema = z.enum(['lec', 'ls']);
export type RiskMethod = z.infer<typeof riskMethodSchema>;

export const riskEvaluationSchema = z.object({
  score: z.number().describe('D = L × E × C, or R = L × S, computed exactly'),
  band: z.number().int().min(1).max(5).optional().describe('LEC only: the five classic D bands, 1 (D > 320) to 5 (D ≤ 20)'),
  level: riskLevelSchema,
  color: riskColorSchema,
});
export type RiskEvaluation = z.infer<typeof riskEvaluationSchema>;

/** The city's score → level mappings (ANQUAN_RISK_LEVELS); each method's default applies where one is left out. */
export const riskLevelsConfigSchema = z.strictObject({
  lec: lecLevelsSchema.optional().describe('D → level; default domain-rules §4.2 Variant A'),
  ls: lsLevelsSchema.optional().describe('R → level; default domain-rules §4.3'),
});
export interface RiskLevelsConfig {
  lec: readonly LevelBand[];
  ls: readonly LevelBand[];
}
export const DEFAULT_RISK_LEVELS: RiskLevelsConfig = { lec: DEFAULT_LEC_LEVELS, ls: DEFAULT_LS_LEVELS };

export const withDefaultLevels = (c: z.infer<typeof riskLevelsConfigSchema> = {}): RiskLevelsConfig => ({
  lec: c.lec ?? DEFAULT_LEC_LEVELS,
  ls: c.ls ?? DEFAULT_LS_LEVELS,
});

export function evaluateRisk(input: RiskEvaluationInput, levels: RiskLevelsConfig = DEFAULT_RISK_LEVELS): RiskEvaluation {
  if (input.method === 'lec') {
    const d = lecScore(input);
    const level = levelOf(d, levels.lec);
    return { score: toNumber(d, 2), band: lecBand(d), level, color: RISK_COLOR[level] };
  }
  const r = lsScore(input);
  const level = levelOf(r, levels.ls);
  return { score: toNumber(r, 0), level, color: RISK_COLOR[level] };
}
