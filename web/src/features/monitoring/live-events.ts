import { useEffect, useRef } from 'react';
import { ALARM_EVENT_TYPES, type Alarm, type AlarmEventType, type LiveReading } from './monitoring.types.ts';

/** One message of GET /api/v1/events/stream: `data` is the whole platform event, its `data` the payload. */
export interface StreamEvent<T> {
  type: string;
  at: string;
  data: T;
}

export function parseStreamEvent<T>(raw: string): StreamEvent<T> | null {
  try {
    const parsed = JSON.parse(raw) as Partial<StreamEvent<T>>;
    if (typeof parsed?.type !== 'string' || parsed.data === undefined || parsed.data === null) return null;
    return parsed as StreamEvent<T>;
  } catch {
    return null;
  }
}

export function eventStreamUrl(options: { sensors?: readonly string[]; types: readonly string[] }): string {
  const params = new URLSearchParams();
  if (options.sensors && options.sensors.length > 0) params.set('sensors', options.sensors.join(','));
  params.set('types', options.types.join(','));
  return `/api/v1/events/stream?${params.toString()}`;
}

export interface LiveHandlers {
  onAlarm?: (type: AlarmEventType, alarm: Alarm) => void;
  onReading?: (reading: LiveReading) => void;
  /** The stream (re)opened: refetch what may have been missed while it was down. */
  onOpen?: () => void;
  /** The stream dropped (the browser retries on its own). */
  onError?: () => void;
}

/**
 * Subscribes to the live stream while mounted (EventSource with the session cookie; the browser reconnects
 * by itself after the server's `retry`). Handlers may change between renders without reconnecting.
 */
export function useLiveEvents(options: { sensors?: readonly string[]; alarms: boolean }, handlers: LiveHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const sensorsKey = (options.sensors ?? []).join(',');
  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const sensors = sensorsKey ? sensorsKey.split(',') : [];
    const types: string[] = [...(options.alarms ? ALARM_EVENT_TYPES : []), ...(sensors.length > 0 ? ['reading'] : [])];
    if (types.length === 0) return undefined;
    const source = new EventSource(eventStreamUrl({ sensors, types }), { withCredentials: true });
    source.onopen = () => latest.current.onOpen?.();
    source.onerror = () => latest.current.onError?.();
    for (const type of ALARM_EVENT_TYPES) {
      source.addEventListener(type, (message) => {
        const event = parseStreamEvent<Alarm>((message as MessageEvent<string>).data);
        if (event) latest.current.onAlarm?.(type, event.data);
      });
    }
    source.addEventListener('reading', (message) => {
      const event = parseStreamEvent<LiveReading>((message as MessageEvent<string>).data);
      if (event) latest.current.onReading?.(event.data);
    });
    return () => source.close();
  }, [sensorsKey, options.alarms]);
}
