import { z } from 'zod';
import { rational, toNumber, type Rational } from '../shared/rational.ts';
import { levelMappingSchema, type LevelBand } from './risk-levels.ts';

/**
 * Risk matrix (风险矩阵法, LS): R = L × S with likelihood and severity each scored 1–5 (domain-rules §4.3 [M]).
 */
export const LS_SCORES = [1, 2, 3, 4, 5] as const;

const score = (name: string) =>
  z.number({ message: 'must be a number' }).int(`must be an integer ${name} score 1–5`).min(1, `must be an ${name} score 1–5`).max(5, `must be an ${name} score 1–5`);

export const lsInputSchema = z.strictObject({
  method: z.literal('ls'),
  l: score('L'),
  s: score('S'),
});
export type LsInput = z.infer<typeof lsInputSchema>;

export const lsScore = (i: Pick<LsInput, 'l' | 's'>): Rational => rational(BigInt(i.l * i.s));

/** {1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25}, with repeats. */
export const reachableLsScores = (): Rational[] => LS_SCORES.flatMap((l) => LS_SCORES.map((s) => lsScore({ l, s })));

/**
 * Default R → level mapping, §4.3's common set (DB37/T 2882-style tables) [M]: 20–25 重大, 15–16 较大, 9–12 一般,
 * 1–8 低. Written with bounds that also place the unreachable values between (e.g. 17–19) unambiguously.
 */
export const DEFAULT_LS_LEVELS: readonly LevelBand[] = [
  { level: 'major', min: 20, minInclusive: true },
  { level: 'larger', min: 15, minInclusive: true, max: 20, maxInclusive: false },
  { level: 'general', min: 9, minInclusive: true, max: 15, maxInclusive: false },
  { level: 'low', max: 9, maxInclusive: false },
];

export const lsLevelsSchema = levelMappingSchema(reachableLsScores, (r) => String(toNumber(r, 0)));
