import { z } from 'zod';

/**
 * Exact yuan for the calculators (api.md "Calculators": money is yuan with at most two decimals, computed exactly,
 * no binary floating point in the arithmetic; docs/adr/0048). An amount is read into integer fen (分) as a BigInt,
 * computed on as BigInt, and written back as a JSON number with at most two decimals: `fen / 100` of an integer
 * fen below 2^53 prints as exactly the two-decimal text (15003 fen → 150.03), so the number is a presentation of
 * the exact result, never an input to further arithmetic.
 */

const YUAN_TEXT = /^(\d{1,15})(?:\.(\d{1,2}))?$/;

/** Fen of a yuan amount given as a decimal string (`"1234.5"`) or a JSON number (`1234.5`); null when not ≤ 2 decimals. */
export function yuanToFen(input: string | number): bigint | null {
  // A JSON number's shortest round-trip text is what the client wrote (0.1 + 0.2 → "0.30000000000000004": refused).
  const text = typeof input === 'number' ? (Number.isFinite(input) ? String(input) : '') : input.trim();
  const m = YUAN_TEXT.exec(text);
  if (!m) return null;
  return BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

/** Integer fen as yuan for the API: a JSON number with at most two decimals (see above). */
export function fenToYuan(fen: bigint): number {
  if (fen > BigInt(Number.MAX_SAFE_INTEGER) || fen < -BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('amount beyond exact range');
  return Number(fen) / 100;
}

/**
 * `numerator / denominator` rounded half up (四舍五入) to an integer, for non-negative operands: the rounding of
 * amounts of money to the fen in Chinese accounting practice (docs/adr/0048), not GB/T 8170's round-half-even,
 * which is for measured values.
 */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (numerator < 0n || denominator <= 0n) throw new RangeError('divideHalfUp takes a non-negative numerator and a positive denominator');
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** Yuan written with two decimals for screens and texts (`1234.50`), from integer fen. */
export function formatFen(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/**
 * Request field for an amount in yuan: a decimal string or a JSON number, ≥ 0, at most two decimals, at most
 * `maxYuan` → integer fen (BigInt). `positive` refuses 0.
 */
export const yuanAmountSchema = (maxYuan: number, options: { positive?: boolean } = {}) =>
  z
    .union([z.string(), z.number()], { error: 'must be an amount in yuan (a number or a decimal string)' })
    .transform((input, ctx) => {
      const fen = yuanToFen(input);
      if (fen === null) {
        ctx.addIssue({ code: 'custom', message: 'must be an amount in yuan of at least 0 with at most two decimals', input });
        return z.NEVER;
      }
      if (options.positive && fen === 0n) {
        ctx.addIssue({ code: 'custom', message: 'must be greater than 0', input });
        return z.NEVER;
      }
      if (fen > BigInt(maxYuan) * 100n) {
        ctx.addIssue({ code: 'custom', message: `must be at most ${maxYuan}`, input });
        return z.NEVER;
      }
      return fen;
    })
    .describe(`yuan: a JSON number or a decimal string, at least 0, at most two decimals, at most ${maxYuan}`);

/** Response field for an amount in yuan computed exactly (see `fenToYuan`). */
export const yuanResultSchema = z.number().describe('yuan, exact to the fen: a JSON number with at most two decimals (computed in integer fen)');
