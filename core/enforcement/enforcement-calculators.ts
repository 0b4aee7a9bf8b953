import { z } from 'zod';
import { civilDateSchema } from '../hazards/investigation-plan.schema.ts';
import { daysBetween } from '../shared/working-days.ts';
import { divideHalfUp, fenToYuan, yuanAmountSchema, yuanResultSchema } from '../shared/yuan.ts';

/**
 * The enforcement calculators (issue 14, api.md "Second release"): the daily continuous penalty and the late-payment
 * surcharge, exact to the fen (docs/adr/0048). Pure functions over integer fen; the schemas are the API's.
 */

/** Largest fine the calculators take: 1亿元, the top of 安全生产法 Art. 114 (2000万元) times its ×5 for especially serious cases. */
export const MAX_FINE_YUAN = 100_000_000;
/** Longest period the calculators take, so that fine × days stays exact as a JSON number: 100 years. */
export const MAX_PERIOD_DAYS = 36_525;

/** 行政处罚法 (2021) Art. 72(1): 每日按罚款数额的百分之三加处罚款. [M] in domain-rules §8.1: a named figure, not a literal. */
export const SURCHARGE_PERCENT_PER_DAY = 3n;

export interface DailyPenalty {
  days: number;
  amountFen: bigint;
}

/**
 * 按日连续处罚, 安全生产法 (2021) Art. 112: a unit fined and ordered to correct that refuses may be fined the original
 * amount again for every day, counted from the day after the order (domain-rules §8.1 [H]). `days` = the calendar
 * days d with orderedOn < d ≤ correctedOn: the day of the order is not counted, correctedOn = orderedOn gives 0.
 * The caller has checked correctedOn ≥ orderedOn (the schema refuses the reverse).
 */
export function dailyPenalty(originalFineFen: bigint, orderedOn: string, correctedOn: string): DailyPenalty {
  const days = daysBetween(orderedOn, correctedOn);
  if (days < 0) throw new RangeError('correctedOn is before orderedOn');
  return { days, amountFen: originalFineFen * BigInt(days) };
}

export interface LateSurcharge {
  days: number;
  surchargeFen: bigint;
  /** The surcharge reached the fine and stopped there. */
  capped: boolean;
}

/**
 * 加处罚款, 行政处罚法 (2021) Art. 72(1): a fine not paid when due bears 3 % of the fine for every day after dueOn up
 * to and including paidOn, and the surcharge "不得超出罚款的数额" (never more than the fine).
 *
 * - Paid on or before dueOn: 0 days, no surcharge. Paying early is no wrong input: Art. 72 charges only "到期不缴纳".
 * - Exact: fine × 3 × days / 100 in integer fen, rounded half up to the fen once on the total (not per day, which
 *   would accumulate rounding), then capped at the fine. 3 % of 0.01 yuan is 0.03 fen a day: 0 fen for 16 days
 *   (0.48), 1 fen from 17 days (0.51), the fine itself.
 */
export function lateSurcharge(fineFen: bigint, dueOn: string, paidOn: string): LateSurcharge {
  const days = Math.max(0, daysBetween(dueOn, paidOn));
  const uncapped = divideHalfUp(fineFen * SURCHARGE_PERCENT_PER_DAY * BigInt(days), 100n);
  const capped = days > 0 && fineFen > 0n && uncapped >= fineFen;
  return { days, surchargeFen: uncapped > fineFen ? fineFen : uncapped, capped };
}

/** Both dates well-formed (a refinement may see a field that failed its own check). */
const bothDates = (a: unknown, b: unknown) => [a, b].every((d) => typeof d === 'string' && civilDateSchema.safeParse(d).success);

const notBefore = (earlier: string, later: string, path: string, ctx: z.RefinementCtx) => {
  if (!bothDates(earlier, later)) return;
  const days = daysBetween(earlier, later);
  if (days < 0) ctx.addIssue({ code: 'custom', path: [path], message: `must not be before ${earlier}`, input: later, params: { reason: 'not_before_date', date: earlier } });
  else if (days > MAX_PERIOD_DAYS) ctx.addIssue({ code: 'custom', path: [path], message: `must be at most ${MAX_PERIOD_DAYS} days after ${earlier}`, input: later });
};

/** Body of `POST /api/v1/enforcement/daily-penalty`. */
export const dailyPenaltyInputSchema = z
  .strictObject({
    originalFineYuan: yuanAmountSchema(MAX_FINE_YUAN, { positive: true }).describe('the fine of the original decision, yuan (number or decimal string, at most two decimals)'),
    orderedOn: civilDateSchema.describe('the day the order to correct was served (not counted)'),
    correctedOn: civilDateSchema.describe('the day the correction was confirmed (counted); not before orderedOn'),
  })
  .superRefine((body, ctx) => notBefore(body.orderedOn, body.correctedOn, 'correctedOn', ctx));

export const dailyPenaltySchema = z.object({
  days: z.int().describe('calendar days d with orderedOn < d ≤ correctedOn'),
  amountYuan: yuanResultSchema.describe('originalFineYuan × days, exact: a JSON number with at most two decimals'),
});

/** Body of `POST /api/v1/enforcement/late-payment-surcharge`. */
export const lateSurchargeInputSchema = z
  .strictObject({
    fineYuan: yuanAmountSchema(MAX_FINE_YUAN, { positive: true }).describe('the fine, yuan (number or decimal string, at most two decimals)'),
    dueOn: civilDateSchema.describe('the last day to pay'),
    paidOn: civilDateSchema.describe('the day paid (or the day to compute for); on or before dueOn gives 0 days'),
  })
  .superRefine((body, ctx) => {
    if (bothDates(body.dueOn, body.paidOn) && daysBetween(body.dueOn, body.paidOn) > MAX_PERIOD_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['paidOn'], message: `must be at most ${MAX_PERIOD_DAYS} days after ${body.dueOn}`, input: body.paidOn });
    }
  });

export const lateSurchargeSchema = z.object({
  days: z.int().describe('days after dueOn up to and including paidOn (0 when paid on or before dueOn)'),
  surchargeYuan: yuanResultSchema.describe('3 % of the fine per day, rounded half up to the fen on the total, never more than the fine'),
  capped: z.boolean().describe('the surcharge reached the fine (行政处罚法 Art. 72: 不得超出罚款的数额)'),
});

export const presentDailyPenalty = (p: DailyPenalty): z.infer<typeof dailyPenaltySchema> => ({ days: p.days, amountYuan: fenToYuan(p.amountFen) });
export const presentLateSurcharge = (s: LateSurcharge): z.infer<typeof lateSurchargeSchema> => ({
  days: s.days,
  surchargeYuan: fenToYuan(s.surchargeFen),
  capped: s.capped,
});
