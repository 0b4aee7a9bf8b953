import { z } from 'zod';
import { text } from '../shared/text.ts';

/**
 * Discretion benchmarks (行政处罚裁量基准, issue 14): per violation type the article breached, the penalising
 * article, the legal fine ranges for the unit and for the responsible persons, and four tiers (轻微 / 一般 / 较重 /
 * 严重) each with a range and its conditions. 行政处罚法 (2021) Art. 34 has enforcement departments set and publish
 * such benchmarks; this is their data and the one check of a proposed fine against them.
 *
 * Money is whole yuan (integers): the Safety Production Law's fines are stated in 万元 and decided in yuan.
 * Articles are stored as citation-shaped JSON `{law, article, paragraph?, item?}` with the law named by its short
 * title until the law library (issue 14, "Law library") gives `lawId`s to cite by.
 */

export const tierSchema = z.enum(['minor', 'general', 'serious', 'severe']);
export type Tier = z.infer<typeof tierSchema>;
/** 轻微 / 一般 / 较重 / 严重, in order of gravity. */
export const TIER_NAMES: Readonly<Record<Tier, string>> = { minor: '轻微', general: '一般', serious: '较重', severe: '严重' };

/** Confidence of a figure, as domain-rules tags it: [H] page-verified, [M]/[L] to confirm (configuration). */
export const confidenceSchema = z.enum(['H', 'M', 'L']);

/** A written reason to leave the tier's range (行政处罚法 Arts. 32 从轻/减轻, 33; local benchmarks' 从重). */
export const fineReasonKindSchema = z.enum(['lighter', 'mitigated', 'heavier']);
export type FineReasonKind = z.infer<typeof fineReasonKindSchema>;
export const FINE_REASON_NAMES: Readonly<Record<FineReasonKind, string>> = { lighter: '从轻', mitigated: '减轻', heavier: '从重' };

const yuan = z.number().int('must be whole yuan').min(0, 'must not be negative').max(100_000_000_000, 'must be at most 100,000,000,000');

/** An inclusive range of whole yuan. */
export const fineRangeSchema = z
  .strictObject({ minYuan: yuan, maxYuan: yuan })
  .refine((r) => r.minYuan <= r.maxYuan, { message: 'minYuan must not exceed maxYuan', path: ['maxYuan'] });
export type FineRange = z.infer<typeof fineRangeSchema>;

/** A reference to an article, shaped like the law library's citation `{lawId, article, paragraph?, item?}`. */
export const articleRefSchema = z.strictObject({
  law: text({ trim: true }).min(1).max(100).describe('short title until the law library gives a lawId, e.g. 安全生产法'),
  article: z.number().int().min(1).max(10_000),
  paragraph: z.number().int().min(1).max(100).optional(),
  item: z.number().int().min(1).max(100).optional(),
});
export type ArticleRef = z.infer<typeof articleRefSchema>;

export const benchmarkTierSchema = z.strictObject({
  tier: tierSchema,
  unit: fineRangeSchema.nullable(),
  person: fineRangeSchema.nullable(),
  conditions: text({ trim: true, multiline: true }).min(1).max(2000),
});
export type BenchmarkTier = z.infer<typeof benchmarkTierSchema>;

export const benchmarkSchema = z
  .strictObject({
    code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be a code of a–z, 0–9 and -'),
    title: text({ trim: true }).min(1).max(200),
    breached: articleRefSchema,
    penalising: articleRefSchema,
    /** The legal range of the penalising article for the unit, null when it fines only persons. */
    unit: fineRangeSchema.nullable(),
    /** The legal range for each responsible person (直接负责的主管人员和其他直接责任人员), null when none. */
    person: fineRangeSchema.nullable(),
    tiers: z.array(benchmarkTierSchema).length(4),
    confidence: confidenceSchema,
  })
  .superRefine((b, ctx) => {
    tierSchema.options.forEach((tier, i) => {
      const t = b.tiers[i];
      if (!t) return;
      if (t.tier !== tier) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'tier'], message: `must be ${tier} (tiers in order 轻微, 一般, 较重, 严重)` });
      for (const party of ['unit', 'person'] as const) {
        const legal = b[party];
        const range = t[party];
        if ((legal === null) !== (range === null)) {
          ctx.addIssue({ code: 'custom', path: ['tiers', i, party], message: legal ? 'is required: the article fines this party' : 'must be null: the article does not fine this party' });
        } else if (legal && range && (range.minYuan < legal.minYuan || range.maxYuan > legal.maxYuan)) {
          ctx.addIssue({ code: 'custom', path: ['tiers', i, party], message: `must lie within the legal range ${legal.minYuan}–${legal.maxYuan} yuan` });
        }
      }
    });
  });
export type DiscretionBenchmark = z.infer<typeof benchmarkSchema>;

export type FineParty = 'unit' | 'person';

export type FineCheck =
  | { verdict: 'ok'; flagged: false }
  /** Outside the tier's range with a fitting written reason: accepted, and flagged for the case review. */
  | { verdict: 'ok'; flagged: true; direction: 'below' | 'above' }
  /** Outside the tier's range without a reason, or with one that does not fit the direction. */
  | { verdict: 'needs_reason'; tierRange: FineRange; allowed: FineReasonKind[] }
  | { verdict: 'refused'; legalRange: FineRange | null };

/**
 * Checks a proposed fine for one party against the benchmark's tier and the penalising article (行政处罚法 2021):
 * - within the tier's range → ok;
 * - below it → needs a reason 从轻 (still within the legal range) or 减轻 (Art. 32: below the legal minimum is
 *   减轻 only); above it → needs 从重; with the fitting reason → ok, flagged for the case review;
 * - above the article's legal maximum, below its minimum without 减轻, or a party the article does not fine →
 *   refused. A fine is at least one yuan: a penalty of 0 is 不予处罚, which is a branch of the case, not a fine.
 * Ranges are inclusive at both ends: 以上/以下 include the figure (the convention 刑法 Art. 99 states and
 * administrative law follows), so "十万元以下" allows exactly 100,000.
 */
export function checkProposedFine(benchmark: DiscretionBenchmark, tier: Tier, party: FineParty, amountYuan: number, reason?: FineReasonKind): FineCheck {
  const legal = benchmark[party];
  const tierRange = benchmark.tiers.find((t) => t.tier === tier)?.[party] ?? null;
  if (!legal || !tierRange || !Number.isInteger(amountYuan) || amountYuan < 1 || amountYuan > legal.maxYuan) return { verdict: 'refused', legalRange: legal };
  if (amountYuan < legal.minYuan) {
    return reason === 'mitigated' ? { verdict: 'ok', flagged: true, direction: 'below' } : reason === undefined ? { verdict: 'needs_reason', tierRange, allowed: ['mitigated'] } : { verdict: 'refused', legalRange: legal };
  }
  if (amountYuan < tierRange.minYuan) {
    return reason === 'lighter' ? { verdict: 'ok', flagged: true, direction: 'below' } : { verdict: 'needs_reason', tierRange, allowed: ['lighter'] };
  }
  if (amountYuan > tierRange.maxYuan) {
    return reason === 'heavier' ? { verdict: 'ok', flagged: true, direction: 'above' } : { verdict: 'needs_reason', tierRange, allowed: ['heavier'] };
  }
  return { verdict: 'ok', flagged: false };
}

/**
 * Four contiguous tiers over a legal range, split at 10 %, 40 % and 70 % of its span (integer yuan, rounded down).
 * The split is this platform's default [L]: jurisdictions publish their own benchmark, which replaces it.
 */
export function splitIntoTiers(range: FineRange): [FineRange, FineRange, FineRange, FineRange] {
  const lowest = Math.max(range.minYuan, 1);
  const span = range.maxYuan - lowest;
  const at = (percent: number) => lowest + Math.floor((span * percent) / 100);
  const a = at(10);
  const b = at(40);
  const c = at(70);
  return [
    { minYuan: lowest, maxYuan: a },
    { minYuan: a + 1, maxYuan: b },
    { minYuan: b + 1, maxYuan: c },
    { minYuan: c + 1, maxYuan: range.maxYuan },
  ];
}

const CONDITIONS: Readonly<Record<Tier, string>> = {
  minor: '初次违法，危害后果轻微，主动改正或在责令期限内改正',
  general: '未在规定期限内全部改正，或违法行为持续时间较短、未造成危害后果',
  serious: '违法行为持续时间较长，或存在事故隐患，或拒不配合调查',
  severe: '造成危害后果或生产安全事故，或多次违法、拒不改正',
};

function benchmark(
  code: string,
  title: string,
  breached: ArticleRef,
  penalising: ArticleRef,
  unit: FineRange | null,
  person: FineRange | null,
  confidence: 'H' | 'M' | 'L',
): DiscretionBenchmark {
  const unitTiers = unit && splitIntoTiers(unit);
  const personTiers = person && splitIntoTiers(person);
  const tiers = tierSchema.options.map((tier, i) => ({ tier, unit: unitTiers?.[i] ?? null, person: personTiers?.[i] ?? null, conditions: CONDITIONS[tier] }));
  return { code, title, breached, penalising, unit, person, tiers, confidence };
}

const SPL = '安全生产法';
const spl = (article: number, item?: number): ArticleRef => ({ law: SPL, article, ...(item && { item }) });
const wan = (min: number, max: number): FineRange => ({ minYuan: min * 10_000, maxYuan: max * 10_000 });

/**
 * Default benchmarks from domain-rules §8.1 (安全生产法 2021), one per penalising limb: "责令限期改正，处…以下" and
 * "逾期未改正的，…处…". A figure "以下" has no legal minimum (1 yuan). Confidence is the row's tag in §8.1; the
 * tiers inside each range are the platform's split [L]. Art. 97 (四) and Art. 102 are page-verified [H].
 */
export const DEFAULT_BENCHMARKS: readonly DiscretionBenchmark[] = [
  benchmark('spl-97-training', '未按照规定对从业人员进行安全生产教育和培训，或者未如实记录', spl(28), spl(97, 4), wan(0, 10), null, 'H'),
  benchmark('spl-97-training-overdue', '未按照规定进行安全生产教育和培训，逾期未改正', spl(28), spl(97, 4), wan(10, 20), wan(2, 5), 'H'),
  benchmark('spl-99-equipment', '安全设备不符合标准或未经常性维护、保养，或关闭、破坏监控设备、篡改数据', spl(36), spl(99), wan(0, 5), null, 'M'),
  benchmark('spl-99-equipment-overdue', '安全设备违法行为逾期未改正', spl(36), spl(99), wan(5, 20), wan(1, 2), 'M'),
  benchmark('spl-101-major-hazard', '重大危险源未登记建档、未进行评估监控，或未建立事故隐患排查治理制度', spl(40), spl(101), wan(0, 10), null, 'M'),
  benchmark('spl-101-major-hazard-overdue', '重大危险源等违法行为逾期未改正', spl(40), spl(101), wan(10, 20), wan(2, 5), 'M'),
  benchmark('spl-102-hazard', '未采取措施消除事故隐患', spl(41), spl(102), wan(0, 5), null, 'H'),
  benchmark('spl-102-hazard-refused', '拒不执行消除事故隐患的指令', spl(41), spl(102), null, wan(5, 10), 'H'),
];

export const findBenchmark = (benchmarks: readonly DiscretionBenchmark[], code: string) => benchmarks.find((b) => b.code === code);
