import { describe, it, expect } from 'vitest';
import { createPrng, mulberry32 } from './prng.ts';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = mulberry32(20261130);
    const b = mulberry32(20261130);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
  });

  it('gives a different sequence for another seed', () => {
    const a = mulberry32(1);
    const b = mulberry32(2);
    expect(Array.from({ length: 5 }, () => a())).not.toEqual(Array.from({ length: 5 }, () => b()));
  });

  it('matches the reference first output for seed 1 (0.6270739405881613), so demo data stays reproducible', () => {
    expect(mulberry32(1)()).toBe(2693262067 / 4294967296);
  });

  it('stays in [0, 1) and spreads over the interval', () => {
    const r = mulberry32(42);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      buckets[Math.floor(x * 10)]! += 1;
    }
    for (const n of buckets) expect(n).toBeGreaterThan(850);
  });
});

describe('createPrng', () => {
  it('draws integers with both bounds included', () => {
    const p = createPrng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(p.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('rejects an empty or reversed range and an empty list', () => {
    const p = createPrng(7);
    expect(() => p.int(5, 4)).toThrow(RangeError);
    expect(() => p.int(0.5, 4)).toThrow(RangeError);
    expect(() => p.pick([])).toThrow(RangeError);
  });

  it('picks every element of a list eventually', () => {
    const p = createPrng(9);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(p.pick(['a', 'b', 'c']));
    expect(seen.size).toBe(3);
  });
});
