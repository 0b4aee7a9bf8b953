import type { EventBus } from '../../events/event-bus.ts';
import type { ReadingListener, StoredReading } from '../reading-listener.ts';
import type { SensorDirectory } from './sensor-directory.ts';

/**
 * Publishes `reading` events (server/events/event-bus.ts) after a write: the latest reading of each sensor in
 * the write, with `sensorId` set so that only streams subscribed to it receive it (the stream throttles).
 */
export function readingEventPublisher(events: EventBus, sensors: SensorDirectory): ReadingListener {
  return {
    onReadings(readings: readonly StoredReading[]) {
      if (events.listenerCount === 0) return;
      const at = new Date().toISOString();
      // Sorted by sensor then ts: the last of each run is the sensor's latest in this write.
      for (let i = 0; i < readings.length; i++) {
        const r = readings[i]!;
        if (readings[i + 1]?.sensorId === r.sensorId) continue;
        const sensor = sensors.byId(r.sensorId);
        if (!sensor) continue;
        events.publish({ type: 'reading', at, subject: sensor.subject, sensorId: r.sensorId, data: { sensorId: r.sensorId, ts: new Date(r.ts).toISOString(), value: r.value, outOfRange: r.outOfRange } });
      }
    },
  };
}
