import type { Logger } from 'pino';
import type { Config } from '../../config/config.ts';
import type { IngestPipeline } from '../ingest/ingest-pipeline.ts';
import { startEmbeddedBroker, type RunningBroker } from './embedded-broker.ts';
import { startExternalSubscriber, type RunningSubscriber } from './external-subscriber.ts';

export type TelemetryIntake = RunningBroker | RunningSubscriber;

/** MQTT as configured: the embedded broker (default), the external broker's subscriber (ANQUAN_MQTT_URL), or none. */
export async function startTelemetryIntake(config: Config, ingest: IngestPipeline, logger: Logger): Promise<TelemetryIntake | null> {
  switch (config.mqtt.kind) {
    case 'off':
      return null;
    case 'external':
      return startExternalSubscriber({ ingest, url: config.mqtt.url, logger });
    case 'embedded':
      return startEmbeddedBroker({ ingest, port: config.mqtt.port, host: config.http.host, logger });
  }
}
