import { hostname } from 'node:os';
import mqtt from 'mqtt';
import type { Logger } from 'pino';
import { parseTelemetryMessage, SHARED_TELEMETRY_SUBSCRIPTION, TELEMETRY_SUBSCRIPTION } from '../../../core/monitoring/telemetry-message.ts';
import { externalBrokerDevice } from '../device-keys/device-key-auth.ts';
import type { IngestPipeline } from '../ingest/ingest-pipeline.ts';

export interface RunningSubscriber {
  kind: 'external';
  url: string;
  /** Messages dropped as wrong topic or malformed (an external broker's devices have no key to count them on). */
  readonly rejected: { wrong_topic: number; malformed_payload: number };
  close(): Promise<void>;
}

/**
 * Ingestion from an external broker (ANQUAN_MQTT_URL): a persistent session (clean: false) with the shared
 * subscription `$share/anquan/anquan/telemetry/+` at QoS 1, so that several instances share the load and
 * messages sent while an instance was down are delivered when it returns. Each message is acknowledged
 * (customHandleAcks) only after its readings are committed; a failed write drops the connection without PUBACK
 * and the broker redelivers. Devices authenticate at the external broker (its own ACLs), not with device keys.
 */
export async function startExternalSubscriber(options: { ingest: IngestPipeline; url: string; logger: Logger; clientId?: string; shareGroup?: string; sessionExpirySec?: number }): Promise<RunningSubscriber> {
  const { ingest } = options;
  const log = options.logger.child({ component: 'mqtt-external' });
  const rejected = { wrong_topic: 0, malformed_payload: 0 };
  const client = await mqtt.connectAsync(options.url, {
    clientId: options.clientId ?? `anquan-ingest-${hostname()}`,
    clean: false,
    reconnectPeriod: 1_000,
    // MQTT 5: mqtt.js honours customHandleAcks only there; the session outlives a restart by a day.
    protocolVersion: 5,
    properties: { sessionExpiryInterval: options.sessionExpirySec ?? 86_400 },
    customHandleAcks(topic, payload, _packet, done) {
      const message = parseTelemetryMessage(topic, payload);
      if (!message.ok) {
        rejected[message.reason]++;
        done(0);
        return;
      }
      ingest.ingest(externalBrokerDevice, message.readings).then(
        () => done(0),
        (error: unknown) => {
          log.warn({ err: error }, 'telemetry write failed; reconnecting without PUBACK so that the broker redelivers');
          done(error as Error);
          client.stream?.destroy();
        },
      );
    },
  });
  client.on('error', (error) => log.debug({ err: error }, 'external broker client error'));
  const subscription = options.shareGroup ? `$share/${options.shareGroup}/${TELEMETRY_SUBSCRIPTION}` : SHARED_TELEMETRY_SUBSCRIPTION;
  const granted = await client.subscribeAsync(subscription, { qos: 1 });
  if (granted.some((g) => g.qos >= 128)) throw new Error(`The broker at ${options.url} refused the subscription ${subscription}`);
  log.info({ url: options.url }, 'subscribed to telemetry on the external broker');
  return {
    kind: 'external',
    url: options.url,
    rejected,
    async close() {
      await client.endAsync();
      await ingest.drain();
    },
  };
}
