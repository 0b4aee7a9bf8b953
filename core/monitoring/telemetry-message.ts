/**
 * MQTT telemetry messages (issue 4): topic `anquan/telemetry/{sensorCode}`, payload `{"ts", "value", "status"?}`
 * or an array of them. Pure parsing; what is wrong is named, never thrown.
 */
export const TELEMETRY_TOPIC_PREFIX = 'anquan/telemetry/';
export const TELEMETRY_SUBSCRIPTION = 'anquan/telemetry/+';
/** The shared subscription of the platform's instances on an external broker: each message goes to one of them. */
export const SHARED_TELEMETRY_SUBSCRIPTION = `$share/anquan/${TELEMETRY_SUBSCRIPTION}`;
/** Most readings in one message (a larger array is a malformed payload). */
export const MAX_READINGS_PER_MESSAGE = 1_000;

export type TelemetryMessage =
  | { ok: true; readings: Array<{ sensor: string; ts: unknown; value: unknown; status?: unknown }> }
  | { ok: false; reason: 'wrong_topic' | 'malformed_payload' };

export function sensorCodeOfTopic(topic: string): string | undefined {
  if (!topic.startsWith(TELEMETRY_TOPIC_PREFIX)) return undefined;
  const code = topic.slice(TELEMETRY_TOPIC_PREFIX.length);
  return code.length > 0 && code.length <= 100 && !code.includes('/') ? code : undefined;
}

export function parseTelemetryMessage(topic: string, payload: Uint8Array | string): TelemetryMessage {
  const sensor = sensorCodeOfTopic(topic);
  if (!sensor) return { ok: false, reason: 'wrong_topic' };
  let body: unknown;
  try {
    body = JSON.parse(typeof payload === 'string' ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed_payload' };
  }
  const items = Array.isArray(body) ? body : [body];
  if (items.length === 0 || items.length > MAX_READINGS_PER_MESSAGE) return { ok: false, reason: 'malformed_payload' };
  const readings = [];
  for (const item of items) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return { ok: false, reason: 'malformed_payload' };
    const { ts, value, status } = item as Record<string, unknown>;
    readings.push({ sensor, ts, value, status });
  }
  return { ok: true, readings };
}
