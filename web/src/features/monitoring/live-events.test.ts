import { describe, expect, it } from 'vitest';
import { eventStreamUrl, parseStreamEvent } from './live-events.ts';
import { describeRules } from './rule-text.ts';

describe('live event stream', () => {
  it('subscribes to the sensor readings and the alarm types it needs', () => {
    expect(decodeURIComponent(eventStreamUrl({ sensors: ['a', 'b'], types: ['reading', 'alarm.opened'] }))).toBe('/api/v1/events/stream?sensors=a,b&types=reading,alarm.opened');
    expect(eventStreamUrl({ types: ['alarm.cleared'] })).toBe('/api/v1/events/stream?types=alarm.cleared');
  });

  it('takes the payload from the platform event and ignores malformed messages', () => {
    expect(parseStreamEvent('{"type":"reading","at":"x","subject":null,"sensorId":"s","data":{"sensorId":"s","ts":1,"value":0.9}}')?.data).toEqual({ sensorId: 's', ts: 1, value: 0.9 });
    expect(parseStreamEvent('not json')).toBeNull();
    expect(parseStreamEvent('{"type":"reading"}')).toBeNull();
  });
});

describe('rule text', () => {
  it('describes each rule of a methane sensor', () => {
    expect(
      describeRules([
        { kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1 }], deadband: 0, minDurationSec: 0 },
        { kind: 'power_off', powerOffAt: 1.5, restoreBelow: 1 },
        { kind: 'forecast', level: 1, horizonSec: 180, severity: 'warning' },
        { kind: 'stale', severity: 'warning' },
      ]).map((p) => p.key),
    ).toEqual(['high', 'powerOff', 'forecast', 'staleDefault']);
  });
});
