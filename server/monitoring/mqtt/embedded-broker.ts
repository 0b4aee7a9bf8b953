import net from 'node:net';
import { Aedes, type AuthenticateError, type Client, type PublishPacket } from 'aedes';
import type { Logger } from 'pino';
import { parseTelemetryMessage } from '../../../core/monitoring/telemetry-message.ts';
import type { Port } from '../../config/config.ts';
import { authenticateDevice, type AuthenticatedDevice } from '../device-keys/device-key-auth.ts';
import type { IngestPipeline } from '../ingest/ingest-pipeline.ts';
import { chooseMqttPort } from './mqtt-port.ts';

export interface RunningBroker {
  kind: 'embedded';
  port: number;
  url: string;
  close(): Promise<void>;
}

const devices = new WeakMap<Client, AuthenticatedDevice>();

const refused = (message: string): AuthenticateError => Object.assign(new Error(message), { returnCode: 4 as const });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Handles one PUBLISH from a device. Aedes sends the QoS 1 PUBACK only after this calls back, so the callback
 * comes after the readings are committed (durable acknowledgement). Wrong topics and malformed payloads are
 * counted for the key and acknowledged (resending them would not help); a failed write calls back with the
 * error, which closes the connection without PUBACK: the device resends.
 */
async function handlePublish(ingest: IngestPipeline, device: AuthenticatedDevice, packet: PublishPacket): Promise<void> {
  const message = parseTelemetryMessage(packet.topic, packet.payload as Buffer);
  if (!message.ok) {
    await ingest.countRejected(device, message.reason);
    return;
  }
  // A flood waits for its own bucket (TCP back-pressure slows only that device); other devices are unaffected.
  for (let tokens = ingest.takeTokens(device, message.readings.length); !tokens.ok; tokens = ingest.takeTokens(device, message.readings.length)) {
    await sleep(Math.min(tokens.retryAfterMs, 1_000));
  }
  await ingest.ingest(device, message.readings);
}

/** The embedded MQTT broker (aedes) on ANQUAN_MQTT_PORT: devices sign in with a device key as the password. */
export async function startEmbeddedBroker(options: { ingest: IngestPipeline; port: Port; host: string; logger: Logger }): Promise<RunningBroker> {
  const { ingest, logger } = options;
  const db = ingest.db;
  const log = logger.child({ component: 'mqtt' });
  const broker = await Aedes.createBroker({
    authenticate(client, _username, password, done) {
      authenticateDevice(db, password?.toString('utf8')).then(
        (device) => {
          if (!device) return done(refused('Bad device key'), false);
          devices.set(client, device);
          done(null, true);
        },
        (error: unknown) => {
          log.error({ err: error }, 'device authentication failed');
          done(Object.assign(new Error('Server unavailable'), { returnCode: 3 as const }), false);
        },
      );
    },
    authorizePublish(client, packet, done) {
      const device = client ? devices.get(client) : undefined;
      if (!device) return done(client ? new Error('Not authenticated') : null); // null client: the broker's own messages
      handlePublish(ingest, device, packet).then(
        () => done(null),
        (error: unknown) => {
          log.warn({ err: error, client: client?.id }, 'telemetry write failed; closing the connection without PUBACK');
          done(error as Error);
        },
      );
    },
    // Devices only publish; nobody reads other devices' telemetry through the platform's broker.
    authorizeSubscribe(_client, subscription, done) {
      done(new Error(`Subscribing is not allowed (${subscription.topic})`));
    },
  });
  broker.on('clientError', (client, error) => log.debug({ client: client.id, err: error }, 'mqtt client error'));
  broker.on('connectionError', (client, error) => log.debug({ client: client.id, err: error }, 'mqtt connection error'));

  const server = net.createServer((socket) => {
    // One reading a message: Nagle's algorithm would hold every PUBACK for up to 40 ms.
    socket.setNoDelay(true);
    socket.on('error', () => undefined);
    broker.handle(socket);
  });
  const chosen = await chooseMqttPort(options.port, options.host);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(chosen, options.host, () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;
  const host = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    kind: 'embedded',
    port,
    url: `mqtt://${host}:${port}`,
    async close() {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ingest.drain();
    },
  };
}
