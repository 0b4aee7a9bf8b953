import { checkReading, DEFAULT_RETENTION_DAYS, type AcceptedReading, type RejectionReason, type RetentionDays } from '../../../core/monitoring/reading-validation.ts';
import type { Db } from '../../db/database.ts';
import type { EventBus } from '../../events/event-bus.ts';
import type { AuthenticatedDevice } from '../device-keys/device-key-auth.ts';
import type { ReadingListener, StoredReading } from '../reading-listener.ts';
import { readingEventPublisher } from './reading-events.ts';
import { ReadingWriter, type WriterOptions } from './reading-writer.ts';
import { SensorDirectory } from './sensor-directory.ts';
import { TokenBuckets } from './token-bucket.ts';

/** One reading as a device sends it (HTTP item, or an MQTT payload with the sensor code from the topic). */
export interface IncomingReading {
  sensor: unknown;
  ts: unknown;
  value: unknown;
  status?: unknown;
}

export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: Array<{ index: number; reason: RejectionReason }>;
}

export interface IngestOptions extends WriterOptions {
  retention?: RetentionDays;
  /** Readings per second per device key when the key sets none. */
  defaultRatePerSec?: number;
}

export const DEFAULT_DEVICE_RATE_PER_SEC = 50_000;

/**
 * Ingestion shared by HTTP and MQTT (docs/adr/0016): check each reading, group-commit the accepted ones, count
 * everything per device key, then hand the stored readings to the registered listeners in commit order.
 * Acknowledge a device only when `ingest` has resolved.
 */
export class IngestPipeline {
  readonly sensors: SensorDirectory;
  readonly #writer: ReadingWriter;
  readonly #listeners = new Set<ReadingListener>();
  readonly #buckets = new TokenBuckets();
  readonly #retention: RetentionDays;
  readonly #defaultRate: number;
  readonly #notifying = new Set<Promise<void>>();
  /** Listener failures (they never fail a write: the readings are stored). */
  onListenerError: (error: unknown) => void = () => undefined;

  constructor(
    readonly db: Db,
    events: EventBus | undefined,
    options: IngestOptions = {},
  ) {
    this.sensors = new SensorDirectory(db);
    this.#writer = new ReadingWriter(db, (stored, seq) => this.#notify(stored, seq), options);
    this.#retention = options.retention ?? DEFAULT_RETENTION_DAYS;
    this.#defaultRate = options.defaultRatePerSec ?? DEFAULT_DEVICE_RATE_PER_SEC;
    if (events) this.addListener(readingEventPublisher(events, this.sensors));
  }

  /** Registers a listener of stored readings (alarm evaluation); returns its removal. */
  addListener(listener: ReadingListener): () => void {
    this.#listeners.add(listener);
    return () => this.removeListener(listener);
  }

  removeListener(listener: ReadingListener): void {
    this.#listeners.delete(listener);
  }

  /** Takes `n` readings from the device's token bucket (HTTP answers 429 when it cannot; MQTT waits). */
  takeTokens(device: AuthenticatedDevice, n: number): { ok: true } | { ok: false; retryAfterMs: number } {
    if (device.keyId === null) return { ok: true };
    return this.#buckets.take(device.keyId, device.ratePerSec ?? this.#defaultRate, n);
  }

  async ingest(device: AuthenticatedDevice, items: readonly IncomingReading[], now = Date.now()): Promise<IngestResult> {
    const codes = new Set<string>();
    for (const item of items) if (typeof item?.sensor === 'string') codes.add(item.sensor);
    const sensors = await this.sensors.lookup(codes, now);
    const oldest = now - this.#retention.raw * 86_400_000;
    const accepted: AcceptedReading[] = [];
    const rejected: IngestResult['rejected'] = [];
    const counts = new Map<RejectionReason, number>();
    items.forEach((item, index) => {
      const check =
        item === null || typeof item !== 'object' || typeof item.sensor !== 'string'
          ? ({ ok: false, reason: 'invalid_reading' } as const)
          : checkReading(item, sensors.get(item.sensor), device.enterpriseId, now, oldest);
      if (check.ok) accepted.push(check.reading);
      else {
        rejected.push({ index, reason: check.reason });
        counts.set(check.reason, (counts.get(check.reason) ?? 0) + 1);
      }
    });
    const outcome = await this.#writer.submit({ deviceKeyId: device.keyId, readings: accepted, rejections: counts });
    return { ...outcome, rejected };
  }

  /** Counts messages rejected before they became readings (wrong topic, malformed payload, rate limited). */
  async countRejected(device: AuthenticatedDevice, reason: RejectionReason, n = 1): Promise<void> {
    if (device.keyId === null) return;
    await this.#writer.submit({ deviceKeyId: device.keyId, readings: [], rejections: new Map([[reason, n]]) });
  }

  /** The number of the last write started (see ReadingsCommit): a write numbered above it began after this read. */
  get writesStarted(): number {
    return this.#writer.started;
  }

  /** Waits for pending writes and the listeners they started. */
  async drain(): Promise<void> {
    await this.#writer.drain();
    while (this.#notifying.size > 0) await Promise.all(this.#notifying);
  }

  /** Calls every listener at once, in commit order; listeners queue their own work (reading-listener.ts). */
  #notify(stored: StoredReading[], seq: number) {
    const commit = { seq };
    for (const listener of this.#listeners) {
      let work: Promise<void>;
      try {
        work = Promise.resolve(listener.onReadings(stored, commit)).catch((error: unknown) => this.onListenerError(error));
      } catch (error) {
        this.onListenerError(error);
        continue;
      }
      this.#notifying.add(work);
      void work.finally(() => this.#notifying.delete(work));
    }
  }
}
