import { useEffect, useState } from 'react';
import type { AlarmFacts } from '../../../../core/monitoring/alarm.schema.ts';

export interface LiveItem {
  key: string;
  type: string;
  at: string;
  title: string;
  districtCode?: string;
  enterpriseId?: string | null;
  /** An alarm's fields, worded on screen in the reader's language. */
  alarm?: AlarmFacts;
}

/** The event types the ticker shows (server/events/event-bus.ts). */
export const TICKER_TYPES = ['alarm.opened', 'hazard.major_reported', 'accident.reported', 'accident.revised'] as const;

interface StreamEvent {
  type: string;
  at: string;
  data: Partial<AlarmFacts> & { title?: string; enterpriseName?: string | null; districtCode?: string; enterpriseId?: string; accidentId?: string; hazardId?: string; alarmId?: string; sensorName?: string; grade?: string; deaths?: number };
}

function titleOf(e: StreamEvent): string {
  const d = e.data;
  const who = d.enterpriseName ?? '';
  if (e.type.startsWith('accident')) return `${who}${d.deaths !== undefined ? ` · ${d.deaths}†` : ''}`;
  return [who, d.title ?? d.sensorName].filter(Boolean).join(': ');
}

/** The fields of an alarm event (the alarm as GET /alarms/{id} gives it), for the screen to word it. */
function alarmFactsOf(e: StreamEvent): AlarmFacts | undefined {
  const d = e.data;
  if (!e.type.startsWith('alarm') || !d.kind || !d.severity || d.unit === undefined) return undefined;
  return { kind: d.kind, severity: d.severity, openValue: d.openValue ?? null, limit: d.limit ?? null, unit: d.unit, direction: d.direction ?? null, horizonSec: d.horizonSec ?? null };
}

/**
 * Listens to GET /api/v1/events/stream (the session cookie authenticates it) and keeps the latest `limit`
 * ticker items, newest first; `onEvent` lets the page refresh its panels.
 */
export function useLiveEvents(limit: number, onEvent?: () => void): { items: LiveItem[]; connected: boolean } {
  const [items, setItems] = useState<LiveItem[]>([]);
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource('/api/v1/events/stream');
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    const listener = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as StreamEvent;
      const id = event.data.accidentId ?? event.data.hazardId ?? event.data.alarmId ?? event.at;
      const item: LiveItem = { key: `${event.type}:${id}:${event.at}`, type: event.type, at: event.at, title: titleOf(event), districtCode: event.data.districtCode, enterpriseId: event.data.enterpriseId ?? null };
      const alarm = alarmFactsOf(event);
      setItems((current) => [alarm ? { ...item, alarm } : item, ...current].slice(0, limit));
      onEvent?.();
    };
    for (const type of TICKER_TYPES) source.addEventListener(type, listener as EventListener);
    return () => source.close();
  }, [limit, onEvent]);
  return { items, connected };
}
