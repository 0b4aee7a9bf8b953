import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import type { PlatformEvent } from './event-bus.ts';

let t: TestApp;
let own: { id: string; regionPath: string[]; industryPath: string[] };
let other: { id: string; regionPath: string[]; industryPath: string[] };
let officer: string;

beforeAll(async () => {
  t = await createTestApp();
  const a = await makeEnterprise(t.db, { regionCode: '510113', industryCode: '2614' });
  const b = await makeEnterprise(t.db, { regionCode: '510104', industryCode: '2614' });
  own = { id: a.id, regionPath: ['510100', '510113'], industryPath: ['C', '26', '261', '2614'] };
  other = { id: b.id, regionPath: ['510100', '510104'], industryPath: ['C', '26', '261', '2614'] };
  officer = (await signedIn(t, 'enterprise', { enterpriseId: a.id })).token;
});
afterAll(() => t.close());

/** Opens the stream and collects parsed events until `count` arrive or the time runs out. */
async function collect(token: string, query: string, publish: () => void, count: number, ms = 1500): Promise<PlatformEvent[]> {
  const controller = new AbortController();
  const response = await fetch(`${t.url}/api/v1/events/stream${query}`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: PlatformEvent[] = [];
  let buffer = '';
  const timer = setTimeout(() => controller.abort(), ms);
  await reader.read(); // the `connected` comment: the listener is subscribed from here on
  publish();
  try {
    while (events.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = message.split('\n').find((line) => line.startsWith('data: '));
        if (data) events.push(JSON.parse(data.slice(6)));
      }
    }
  } catch {
    // aborted: the time ran out
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}

const at = () => new Date().toISOString();

describe('GET /api/v1/events/stream', () => {
  it('needs a signed-in caller', async () => {
    expect((await t.request('GET', '/api/v1/events/stream')).status).toBe(401);
  });

  it('delivers events in the caller’s scope only, and readings only of subscribed sensors', async () => {
    const events = await collect(
      officer,
      '?sensors=s-own',
      () => {
        t.app.events.publish({ type: 'alarm.opened', at: at(), subject: other, data: { n: 1 } });
        t.app.events.publish({ type: 'alarm.opened', at: at(), subject: own, data: { n: 2 } });
        t.app.events.publish({ type: 'reading', at: at(), subject: own, sensorId: 's-unsubscribed', data: { n: 3 } });
        t.app.events.publish({ type: 'reading', at: at(), subject: own, sensorId: 's-own', data: { n: 4 } });
        t.app.events.publish({ type: 'reading', at: at(), subject: own, sensorId: 's-own', data: { n: 5 } }); // throttled
        t.app.events.publish({ type: 'accident.reported', at: at(), subject: null, data: { n: 6 } });
      },
      3,
    );
    expect(events.map((e) => (e.data as { n: number }).n)).toEqual([2, 4, 6]);
  });

  it('narrows to the requested types', async () => {
    const regulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510104'], ['C'])).id })).token;
    const events = await collect(
      regulator,
      '?types=alarm.cleared',
      () => {
        t.app.events.publish({ type: 'alarm.opened', at: at(), subject: other, data: { n: 1 } });
        t.app.events.publish({ type: 'alarm.cleared', at: at(), subject: own, data: { n: 2 } }); // out of its region
        t.app.events.publish({ type: 'alarm.cleared', at: at(), subject: other, data: { n: 3 } });
      },
      1,
    );
    expect(events.map((e) => (e.data as { n: number }).n)).toEqual([3]);
  });
});
