import type { ScopedEnterprise } from '../../core/organisations/scope.ts';

/**
 * Live events of the platform, delivered to the SSE stream (GET /api/v1/events/stream) and to any
 * in-process listener (the cockpit ticker, the monitoring wall).
 *
 * Names in use (add yours here, `domain.what_happened`):
 * - `alarm.opened`, `alarm.changed`, `alarm.cleared`, `alarm.acknowledged` — monitoring;
 * - `reading` — a sensor reading, sent only to streams subscribed to that sensor, throttled per sensor;
 * - `hazard.major_reported` — a major hidden hazard was reported;
 * - `accident.reported`, `accident.revised` — accidents.
 *
 * Publish only after the transaction that made the change has committed: a listener must never see a
 * change that was rolled back. The bus is in-process; with several instances each serves the events of
 * its own writes (see docs/adr/0013-live-events.md).
 */
export interface PlatformEvent<T = unknown> {
  type: string;
  /** ISO time of the change. */
  at: string;
  /**
   * Who may see it: the enterprise (or, for an event outside any registered enterprise, a region/industry
   * path) checked with the same rule as the queries (core/organisations/scope.ts coversEnterprise).
   * null: visible to every signed-in user.
   */
  subject: ScopedEnterprise | null;
  /** Set for `reading` events: only streams subscribed to this sensor receive them. */
  sensorId?: string;
  data: T;
}

export type EventListener = (event: PlatformEvent) => void;

export class EventBus {
  readonly #listeners = new Set<EventListener>();

  publish(event: PlatformEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // A failing listener (a closed socket) must not stop delivery to the others.
      }
    }
  }

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }
}
