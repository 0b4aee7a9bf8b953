import { describe, expect, it } from 'vitest';
import { parseTelemetryMessage, sensorCodeOfTopic } from './telemetry-message.ts';

describe('MQTT telemetry messages', () => {
  it('takes the sensor code from the topic, and only from anquan/telemetry/{code}', () => {
    expect(sensorCodeOfTopic('anquan/telemetry/CH4-01')).toBe('CH4-01');
    expect(sensorCodeOfTopic('anquan/telemetry/')).toBeUndefined();
    expect(sensorCodeOfTopic('anquan/telemetry/a/b')).toBeUndefined();
    expect(sensorCodeOfTopic('other/CH4-01')).toBeUndefined();
  });

  it('reads one reading or an array of them', () => {
    expect(parseTelemetryMessage('anquan/telemetry/S1', '{"ts":1,"value":0.5}')).toEqual({ ok: true, readings: [{ sensor: 'S1', ts: 1, value: 0.5, status: undefined }] });
    const many = parseTelemetryMessage('anquan/telemetry/S1', Buffer.from('[{"ts":1,"value":0.5},{"ts":2,"value":0.6,"status":"ok"}]'));
    expect(many.ok && many.readings.map((r) => r.value)).toEqual([0.5, 0.6]);
  });

  it('names a wrong topic and a malformed payload', () => {
    expect(parseTelemetryMessage('x/y', '{"ts":1,"value":1}')).toEqual({ ok: false, reason: 'wrong_topic' });
    for (const bad of ['{', '[]', '3', '[1]', 'null', '[null]']) expect(parseTelemetryMessage('anquan/telemetry/S1', bad)).toEqual({ ok: false, reason: 'malformed_payload' });
  });
});
