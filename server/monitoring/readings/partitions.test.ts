import { describe, expect, it } from 'vitest';
import { periodOf } from './partitions.ts';

describe('periodOf', () => {
  const ts = Date.UTC(2026, 11, 31, 23, 59, 59, 999);
  it('puts raw readings in UTC days, 1-minute roll-ups in months and 1-hour roll-ups in years', () => {
    expect(periodOf('readings', ts)).toEqual({ name: 'readings_p20261231', from: new Date('2026-12-31T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') });
    expect(periodOf('readings_1m', ts)).toEqual({ name: 'readings_1m_p202612', from: new Date('2026-12-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') });
    expect(periodOf('readings_1h', ts)).toEqual({ name: 'readings_1h_p2026', from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') });
    expect(periodOf('readings', ts + 1).name).toBe('readings_p20270101');
  });
});
