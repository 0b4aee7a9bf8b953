import { describe, expect, it } from 'vitest';
import { formatWanYuan, wanToYuan } from './money.ts';

describe('万元', () => {
  it('shows yuan in 万元 with at most two decimals, and a small sum with two significant digits', () => {
    expect(formatWanYuan(1_234_500)).toBe('123.45');
    expect(formatWanYuan(62_000_000)).toBe('6,200');
    expect(formatWanYuan(1_234_567, 'en')).toBe('123.46');
    expect(formatWanYuan(0)).toBe('0');
    expect(formatWanYuan(35)).toBe('0.0035');
  });

  it('reads a 万元 entry back as integer yuan', () => {
    expect(wanToYuan(123.45)).toBe(1_234_500);
    expect(wanToYuan(0.0001)).toBe(1);
    expect(wanToYuan(1.005)).toBe(10_050);
  });
});
