import { describe, expect, it } from 'vitest';
import { replayValueAt, type ReplaySource } from './replay.ts';

const source: ReplaySource = { values: [0, 10, 20, 30], stepSec: 10, startIndex: 1, scale: 1, offset: 0 };

describe('replayValueAt', () => {
  it('plays the start row at the start and follows the series at its step', () => {
    expect(replayValueAt(source, 0)).toBe(10);
    expect(replayValueAt(source, 10)).toBe(20);
    expect(replayValueAt(source, 20)).toBe(30);
  });
  it('interpolates between samples', () => {
    expect(replayValueAt(source, 5)).toBe(15);
  });
  it('loops at the end, interpolating across the seam, and before the start', () => {
    expect(replayValueAt(source, 30)).toBe(0);
    expect(replayValueAt(source, 25)).toBe(15);
    expect(replayValueAt(source, -10)).toBe(0);
    expect(replayValueAt(source, -20)).toBe(30);
  });
  it('applies scale and offset (°F → °C)', () => {
    expect(replayValueAt({ values: [212, 32], stepSec: 60, startIndex: 0, scale: 5 / 9, offset: (-32 * 5) / 9 }, 0)).toBe(100);
  });
});
