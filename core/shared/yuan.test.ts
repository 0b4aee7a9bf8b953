import { describe, expect, it } from 'vitest';
import { divideHalfUp, fenToYuan, formatFen, yuanAmountSchema, yuanToFen } from './yuan.ts';

describe('exact yuan', () => {
  it.each([
    ['0', 0n],
    ['0.01', 1n],
    ['0.1', 10n],
    ['1234.5', 123450n],
    ['1234.56', 123456n],
    [' 7 ', 700n],
    [100000000, 10000000000n],
    [0.07, 7n],
    [150.03, 15003n],
  ] as const)('reads %j as %i fen', (input, fen) => {
    expect(yuanToFen(input)).toBe(fen);
  });

  it.each([['1.234'], ['-1'], ['1e3'], [''], ['.5'], ['1.'], ['12,5'], [0.1 + 0.2], [-0.5], [Number.NaN], [Number.POSITIVE_INFINITY], [1e21]])(
    'refuses %j (not ≥ 0 with at most two decimals)',
    (input) => {
      expect(yuanToFen(input)).toBeNull();
    },
  );

  it('writes integer fen as a number whose JSON is the exact two-decimal text', () => {
    expect(JSON.stringify(fenToYuan(15003n))).toBe('150.03');
    expect(JSON.stringify(fenToYuan(7n))).toBe('0.07');
    expect(JSON.stringify(fenToYuan(30n))).toBe('0.3');
    expect(JSON.stringify(fenToYuan(10000000000n))).toBe('100000000');
    expect(() => fenToYuan(2n ** 60n)).toThrow(RangeError);
    expect(formatFen(123450n)).toBe('1234.50');
    expect(formatFen(5n)).toBe('0.05');
  });

  it.each([
    [149n, 100n, 1n],
    [150n, 100n, 2n],
    [151n, 100n, 2n],
    [49n, 100n, 0n],
    [50n, 100n, 1n],
    [0n, 100n, 0n],
    [250n, 100n, 3n],
  ] as const)('rounds %i/%i half up to %i', (n, d, q) => {
    expect(divideHalfUp(n, d)).toBe(q);
  });

  it('validates an amount field: at most the maximum, positive when asked', () => {
    const schema = yuanAmountSchema(1000, { positive: true });
    expect(schema.parse('1000')).toBe(100000n);
    expect(schema.safeParse('1000.01').success).toBe(false);
    expect(schema.safeParse(0).success).toBe(false);
    expect(yuanAmountSchema(1000).parse(0)).toBe(0n);
    expect(schema.safeParse(true).success).toBe(false);
  });
});
