import { describe, expect, it } from 'vitest';
import { add, compare, div, fromDecimal, mul, rational, sum, toNumber } from './rational.ts';

describe('exact decimals', () => {
  it('reads decimals as written, with exponents and signs', () => {
    expect(fromDecimal(0.1)).toEqual({ n: 1n, d: 10n });
    expect(fromDecimal('2.50')).toEqual({ n: 5n, d: 2n });
    expect(fromDecimal(1e-7)).toEqual({ n: 1n, d: 10_000_000n });
    expect(fromDecimal(1.5e3)).toEqual({ n: 1500n, d: 1n });
    expect(fromDecimal(-3)).toEqual({ n: -3n, d: 1n });
    expect(() => fromDecimal('abc')).toThrow(RangeError);
    expect(() => fromDecimal(Number.NaN)).toThrow(RangeError);
  });

  it('keeps 0.1 × 1 × 3 at exactly 0.3, where floats do not', () => {
    expect(0.1 * 1 * 3).not.toBe(0.3);
    expect(compare(mul(mul(fromDecimal(0.1), fromDecimal(1)), fromDecimal(3)), fromDecimal(0.3))).toBe(0);
  });

  it('sums thirds to exactly one', () => {
    const third = div(fromDecimal(1), fromDecimal(3));
    expect(compare(sum([third, third, third]), rational(1n))).toBe(0);
    expect(compare(add(third, third), rational(1n))).toBe(-1);
  });

  it('rounds half away from zero for display', () => {
    expect(toNumber(div(rational(2n), rational(3n)), 4)).toBe(0.6667);
    expect(toNumber(rational(-1n, 8n), 2)).toBe(-0.13);
    expect(toNumber(rational(5n), 2)).toBe(5);
  });
});
