import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENTS, type WebhookEvent } from '../../core/webhooks/webhook-events.ts';
import { accidentInput, reportAccidentAs } from '../../test/support/accident-factories.ts';
import { makeDepartment, makeEnterprise, signedIn, validCreditCode } from '../../test/support/factories.ts';
import { inspect, inspectionBody, issue } from '../../test/support/inspection-factories.ts';
import { makeSensor } from '../../test/support/monitoring-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { writeJobs } from '../monitoring/ingest/reading-writer.ts';
import { deliverWebhooks, signature } from './webhook-delivery.ts';

/**
 * Webhooks carry every domain's events, each only to the subscriptions whose scope covers the enterprise
 * concerned (docs/adr/0041). An outside system on a loopback port, started here, records what reaches each path.
 */
let receiver: Server;
let base: string;
const received: Array<{ path: string; event: string; signature: string; body: string }> = [];

let t: TestApp;
let admin: string;
let regulator: string;
let inspector: string;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', event: String(req.headers['x-anquan-event']), signature: String(req.headers['x-anquan-signature']), body });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
  // One city-wide department, so that the same officers act in both districts.
  const department = await makeDepartment(t.db, ['510100'], ['C']);
  regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
  inspector = (await signedIn(t, 'inspector', { departmentId: department.id })).token;
  await signedIn(t, 'inspector', { departmentId: department.id });
});
afterAll(async () => {
  await t.close();
  await new Promise((r) => receiver.close(r));
});

const subscribe = async (path: string, scope: Record<string, unknown>, events: readonly WebhookEvent[] = WEBHOOK_EVENTS) => {
  const res = await t.request('POST', '/api/v1/webhooks', { token: admin, body: { url: `${base}${path}`, events, ...scope } });
  if (res.status !== 201) throw new Error(`subscribe: ${res.status} ${res.text}`);
  return res.body as { id: string; secret: string };
};

/** Every domain's events about one enterprise, through the API and the alarm engine, as users cause them. */
async function lifeOf(enterpriseId: string) {
  // Alarms: a methane sensor goes over its limit and back (the engine opens and clears), then someone acknowledges.
  const sensor = await makeSensor(t.db, { enterpriseId, rules: [{ kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1.0 }], deadband: 0, minDurationSec: 0 }] });
  const s = await t.db.selectFrom('sensors').select(['id', 'num', 'enterprise_id', 'range_low', 'range_high']).where('id', '=', sensor.id).executeTakeFirstOrThrow();
  const t0 = Date.now() - 600_000;
  const { stored } = await writeJobs(t.db, [
    {
      deviceKeyId: null,
      readings: [1.2, 0.4].map((value, i) => ({ ts: t0 + i * 30_000, value, outOfRange: false, status: null, sensor: { id: s.id, num: s.num, enterpriseId, rangeLow: s.range_low, rangeHigh: s.range_high } })),
    },
  ]);
  await t.app.alarms.onReadings(stored, { seq: Date.now() });
  const alarm = await t.db.selectFrom('alarms').select('id').where('sensor_id', '=', sensor.id).executeTakeFirstOrThrow();
  expect((await t.request('POST', `/api/v1/alarms/${alarm.id}/acknowledge`, { token: regulator, body: { note: '已现场核实' } })).status).toBe(200);

  // Accidents: reported at the enterprise, then a supplementary report.
  const accident = await reportAccidentAs(t, regulator, accidentInput({ enterpriseId, regionCode: undefined, industryCode: undefined }));
  const revised = await t.request('POST', `/api/v1/accidents/${accident.id}/revisions`, { token: regulator, body: { deaths: 2, at: new Date().toISOString() } });
  expect(revised.status).toBe(201);

  // Inspections (and the hazards their findings report): inspected, ordered to rectify, re-inspected as rectified.
  const created = await inspect(t, inspector, inspectionBody(enterpriseId));
  const order = await issue(t, inspector, created.id, { kind: 'rectification_order' });
  expect(order.status).toBe(201);
  const body = inspectionBody(enterpriseId);
  const re = await t.request('POST', '/api/v1/inspections/re-inspections', {
    token: regulator,
    body: {
      orderDocumentId: order.body.id,
      place: body.place,
      startedAt: body.startedAt,
      endedAt: body.endedAt,
      participants: body.participants,
      results: created.findings.map((f) => ({ findingId: f.id, result: 'rectified' })),
    },
  });
  expect(re.status).toBe(201);
}

async function deliverAll() {
  for (let i = 0; i < 20; i++) {
    const { delivered, failed } = await deliverWebhooks(t.db, new Date(), 200);
    if (delivered + failed === 0) return;
  }
}

describe('webhooks of every domain, within the subscription’s scope', () => {
  it('a district’s subscription gets its enterprises’ alarms, accidents, inspections and hazards, and nothing of another district', async () => {
    const qingbaijiang = await makeEnterprise(t.db); // 青白江区, 2614 chemicals
    const jinjiang = await makeEnterprise(t.db, { regionCode: '510104', creditCode: validCreditCode('510104'), address: '成都市锦江区红星路1号' });
    const district = await subscribe('/qingbaijiang', { regionCodes: ['510113'] });
    const otherDistrict = await subscribe('/jinjiang', { regionCodes: ['510104'] });
    const construction = await subscribe('/construction', { industryCodes: ['E'] });
    const oneEnterprise = await subscribe('/one', { enterpriseId: jinjiang.id }, ['accident.reported', 'alarm.opened']);

    await lifeOf(qingbaijiang.id);
    await lifeOf(jinjiang.id);
    // An accident outside any registered enterprise is placed by its own district and industry.
    const roadside = await reportAccidentAs(t, regulator, accidentInput({ regionCode: '510113', industryCode: '2614' }));
    await deliverAll();

    const at = (path: string) => received.filter((r) => r.path === path).map((r) => ({ ...r, json: JSON.parse(r.body) as { event: string; at: string; data: Record<string, unknown> } }));
    const expected = WEBHOOK_EVENTS.filter((e) => e !== 'hazard.escalated').sort();
    for (const [path, inside, outside] of [
      ['/qingbaijiang', qingbaijiang.id, jinjiang.id],
      ['/jinjiang', jinjiang.id, qingbaijiang.id],
    ] as const) {
      const got = at(path);
      expect([...new Set(got.map((r) => r.event))].sort(), path).toEqual(expected);
      for (const r of got) {
        expect(r.json.event).toBe(r.event);
        if (r.json.data.enterpriseId === null) continue;
        expect(r.json.data.enterpriseId, `${path} ${r.event}`).toBe(inside);
        expect(r.json.data.enterpriseId).not.toBe(outside);
      }
    }
    // The roadside accident went to its district only.
    expect(at('/qingbaijiang').filter((r) => r.json.data.accidentId === roadside.id).map((r) => r.event)).toEqual(['accident.reported']);
    expect(at('/jinjiang').some((r) => r.json.data.accidentId === roadside.id)).toBe(false);
    // Chemicals are not construction: nothing at all.
    expect(at('/construction')).toEqual([]);
    // An enterprise's subscription: its events, only those it chose.
    expect(at('/one').map((r) => [r.event, r.json.data.enterpriseId]).sort()).toEqual([
      ['accident.reported', jinjiang.id],
      ['alarm.opened', jinjiang.id],
    ]);

    // The payloads say what happened, each signed with its own webhook's secret.
    const mine = at('/qingbaijiang');
    const byEvent = (e: string) => mine.find((r) => r.event === e)!;
    expect(byEvent('alarm.opened').json.data).toMatchObject({ kind: 'threshold', severity: 'alarm', value: 1.2, limit: 1 });
    // Acknowledged after it cleared: it stays cleared, the acknowledgement is recorded.
    expect(byEvent('alarm.acknowledged').json.data).toMatchObject({ status: 'cleared', note: '已现场核实' });
    expect(byEvent('alarm.cleared').json.data).toMatchObject({ value: 0.4 });
    expect(byEvent('accident.revised').json.data).toMatchObject({ deaths: 2, gradeFrom: 'general', grade: 'general' });
    expect(byEvent('inspection.order_issued').json.data).toMatchObject({ number: expect.any(String), correctsId: null });
    expect(byEvent('inspection.closed').json.data).toMatchObject({ orderDocumentId: byEvent('inspection.order_issued').json.data.documentId });
    expect(mine.filter((r) => r.event === 'inspection.created').map((r) => r.json.data.kind).sort()).toEqual(['inspection', 're_inspection']);
    for (const r of mine) expect(r.signature).toBe(signature(district.secret, r.body));
    expect(at('/jinjiang')[0]!.signature).toBe(signature(otherDistrict.secret, at('/jinjiang')[0]!.body));
    expect(construction.id).toBeTruthy();
    expect(oneEnterprise.id).toBeTruthy();
  });

  it('a re-inspection that leaves a finding unrectified records the inspection but does not close the order', async () => {
    const enterprise = await makeEnterprise(t.db);
    const hook = await subscribe('/partial', { enterpriseId: enterprise.id }, ['inspection.created', 'inspection.closed']);
    const created = await inspect(t, inspector, inspectionBody(enterprise.id));
    const order = await issue(t, inspector, created.id, { kind: 'rectification_order' });
    const body = inspectionBody(enterprise.id);
    const [first, second] = created.findings;
    const re = await t.request('POST', '/api/v1/inspections/re-inspections', {
      token: regulator,
      body: { orderDocumentId: order.body.id, place: body.place, startedAt: body.startedAt, endedAt: body.endedAt, participants: body.participants, results: [{ findingId: first!.id, result: 'rectified' }, { findingId: second!.id, result: 'partially_rectified' }] },
    });
    expect(re.status).toBe(201);
    const queued = await t.db.selectFrom('webhook_deliveries').select('event').where('webhook_id', '=', hook.id).orderBy('id').execute();
    expect(queued.map((d) => d.event)).toEqual(['inspection.created', 'inspection.created']);
  });
});
