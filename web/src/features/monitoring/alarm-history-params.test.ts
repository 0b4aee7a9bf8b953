import { describe, expect, it } from 'vitest';
import { parseAlarmHistoryParams, toAlarmApiQuery, toAlarmHistorySearchParams } from './alarm-history-params.ts';

describe('alarm history params', () => {
  it('reads known filters from the address bar and drops the rest', () => {
    const params = parseAlarmHistoryParams(new URLSearchParams('kind=power_off&status=bogus&from=2026-11-01&to=nope&sensorId=not-a-uuid&page=3&pageSize=7'));
    expect(params).toEqual({ sensorId: undefined, kind: 'power_off', status: undefined, from: '2026-11-01', to: undefined, page: 3, pageSize: 20 });
  });

  it('round-trips through the address bar, leaving defaults out', () => {
    const params = { sensorId: '00000000-0000-4000-8000-000000000001', kind: 'forecast' as const, status: 'cleared' as const, from: '2026-11-01', to: '2026-11-30', page: 2, pageSize: 50 };
    expect(parseAlarmHistoryParams(toAlarmHistorySearchParams(params))).toEqual(params);
    expect(toAlarmHistorySearchParams({ page: 1, pageSize: 20 }).toString()).toBe('');
  });

  it('sends city days as instants: from the start of the first day to the end of the last (UTC+8)', () => {
    expect(toAlarmApiQuery({ from: '2026-11-01', to: '2026-11-30', page: 1, pageSize: 20 })).toMatchObject({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T15:59:59.999Z',
    });
  });
});
