/**
 * Time-shifted replay of a sampled series: the sample at `startIndex` plays at the simulator's start, later
 * samples follow at the series' own step, the series loops at its end, and values between samples are
 * interpolated linearly (the methane series, played at its own 30 s step, is replayed sample by sample).
 */
export interface ReplaySource {
  values: readonly number[];
  stepSec: number;
  startIndex: number;
  /** value × scale + offset: unit conversion or a stand-in channel's range. */
  scale: number;
  offset: number;
}

export function replayValueAt(source: ReplaySource, elapsedSec: number): number {
  const n = source.values.length;
  const position = source.startIndex + elapsedSec / source.stepSec;
  const wrapped = ((position % n) + n) % n;
  const lower = Math.floor(wrapped);
  const fraction = wrapped - lower;
  const a = source.values[lower]!;
  const b = source.values[(lower + 1) % n]!;
  const raw = fraction < 1e-9 ? a : a + (b - a) * fraction;
  return round(raw * source.scale + source.offset, 3);
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
