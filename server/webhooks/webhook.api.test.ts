import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { hazardInput, reportAs, transition } from '../../test/support/hazard-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { WEBHOOK_EVENTS } from '../../core/webhooks/webhook-events.ts';
import { deliverWebhooks, signature } from './webhook-delivery.ts';

/** An outside system on a loopback port: records what it receives, answers with the status it is told. */
let receiver: Server;
let receiverUrl: string;
let answer = 200;
const received: Array<{ headers: IncomingMessage['headers']; body: string }> = [];

let t: TestApp;
let admin: string;
let officer: string;
let enterpriseId: string;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
  enterpriseId = (await makeEnterprise(t.db)).id;
  officer = (await signedIn(t, 'enterprise', { enterpriseId })).token;
});
afterAll(async () => {
  await t.close();
  await new Promise((r) => receiver.close(r));
});

describe('webhooks', () => {
  it('delivers subscribed events, signed with the secret shown once, and retries a failure with back-off', async () => {
    const created = await t.request('POST', '/api/v1/webhooks', { token: admin, body: { url: receiverUrl, events: ['hazard.reported', 'hazard.transitioned'] } });
    expect(created.status).toBe(201);
    const secret = created.body.secret as string;
    expect(secret).toBeTruthy();
    expect((await t.request('GET', '/api/v1/webhooks', { token: admin })).body.items[0].secret).toBeUndefined();

    const hazard = await reportAs(t, officer, hazardInput(enterpriseId));
    await transition(t, officer, hazard.id, { action: 'rectify_immediately', note: '当场整改' });

    answer = 503;
    const now = new Date();
    expect(await deliverWebhooks(t.db, now)).toEqual({ delivered: 0, failed: 0 });
    expect(received).toHaveLength(2);
    answer = 200;
    expect(await deliverWebhooks(t.db, now)).toEqual({ delivered: 0, failed: 0 }); // not due again yet
    expect(await deliverWebhooks(t.db, new Date(now.getTime() + 61_000))).toEqual({ delivered: 2, failed: 0 });

    const [reported, transitioned] = received.slice(2).sort((a, b) => String(a.headers['x-anquan-event']).localeCompare(String(b.headers['x-anquan-event'])));
    expect(reported!.headers['x-anquan-event']).toBe('hazard.reported');
    expect(reported!.headers['x-anquan-signature']).toBe(signature(secret, reported!.body));
    expect(JSON.parse(reported!.body)).toMatchObject({ event: 'hazard.reported', data: { hazardId: hazard.id, enterpriseId } });
    expect(JSON.parse(transitioned!.body).data).toMatchObject({ action: 'rectify_immediately', from: 'reported', to: 'closed' });

    const deliveries = await t.request('GET', `/api/v1/webhooks/${created.body.id}/deliveries`, { token: admin });
    expect(deliveries.body.items.map((d: { status: string; attempts: number }) => [d.status, d.attempts])).toEqual([['delivered', 2], ['delivered', 2]]);
  });

  it('sends nothing to a paused webhook and nothing for events it did not subscribe to', async () => {
    const hook = await t.request('POST', '/api/v1/webhooks', { token: admin, body: { url: receiverUrl, events: ['hazard.escalated'] } });
    const before = (await t.db.selectFrom('webhook_deliveries').select('id').where('webhook_id', '=', hook.body.id).execute()).length;
    await reportAs(t, officer, hazardInput(enterpriseId));
    expect((await t.db.selectFrom('webhook_deliveries').select('id').where('webhook_id', '=', hook.body.id).execute()).length).toBe(before);
    expect((await t.request('PATCH', `/api/v1/webhooks/${hook.body.id}`, { token: admin, body: { active: false } })).body.active).toBe(false);
  });

  it('is for admins only and checks the URL, the scope’s codes and its enterprise', async () => {
    const hook = await t.request('POST', '/api/v1/webhooks', { token: admin, body: { url: receiverUrl, events: ['hazard.reported'] } });
    const id = hook.body.id as string;
    for (const [method, path, body] of [
      ['GET', '/api/v1/webhooks'],
      ['GET', '/api/v1/webhooks/events'],
      ['POST', '/api/v1/webhooks', { url: receiverUrl, events: ['hazard.reported'] }],
      ['GET', `/api/v1/webhooks/${id}`],
      ['PATCH', `/api/v1/webhooks/${id}`, { active: false }],
      ['DELETE', `/api/v1/webhooks/${id}`],
      ['POST', `/api/v1/webhooks/${id}/rotate-secret`],
      ['POST', `/api/v1/webhooks/${id}/test`],
      ['GET', `/api/v1/webhooks/${id}/deliveries`],
    ] as const) {
      expect((await t.request(method, path, { token: officer, ...(body && { body }) })).status, `${method} ${path}`).toBe(403);
    }
    expect((await t.request('GET', `/api/v1/webhooks/${id}`, { token: admin })).body.active).toBe(true);
    const bad = await t.request('POST', '/api/v1/webhooks', { token: admin, body: { url: 'file:///etc/passwd', events: ['hazard.reported'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('url');
    const badScope = await t.request('POST', '/api/v1/webhooks', {
      token: admin,
      body: { url: receiverUrl, events: ['alarm.opened'], regionCodes: ['510113', '999999'], industryCodes: ['C', '9999'], enterpriseId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(badScope.status).toBe(400);
    expect(badScope.body.error.details.map((d: { path: string }) => d.path)).toEqual(['regionCodes.1', 'industryCodes.1', 'enterpriseId']);
    expect((await t.request('POST', '/api/v1/webhooks', { token: admin, body: { url: receiverUrl, events: ['hazard.made_up'] } })).status).toBe(400);
    expect((await t.request('PATCH', `/api/v1/webhooks/${id}`, { token: admin, body: {} })).status).toBe(400);
    expect((await t.request('PATCH', '/api/v1/webhooks/00000000-0000-4000-8000-000000000000', { token: admin, body: { active: false } })).status).toBe(404);
  });

  it('is edited, paused, re-keyed, tested and deleted; the list shows the latest delivery; every change is audited', async () => {
    const created = (await t.request('POST', '/api/v1/webhooks', { token: admin, body: { url: receiverUrl, events: ['hazard.reported'] } })).body;
    expect(created).toMatchObject({ regionCodes: [], industryCodes: [], enterpriseId: null, lastDelivery: null });
    const edited = await t.request('PATCH', `/api/v1/webhooks/${created.id}`, {
      token: admin,
      body: { url: `${receiverUrl}?v=2`, events: ['alarm.opened', 'accident.reported'], regionCodes: ['510113'], enterpriseId },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ url: `${receiverUrl}?v=2`, events: ['alarm.opened', 'accident.reported'], regionCodes: ['510113'], industryCodes: [], enterpriseId, active: true });
    expect(edited.body.enterpriseName).toEqual(expect.any(String));
    expect(edited.body.secret).toBeUndefined();

    // Send test: signed with the current secret, recorded, and shown as the latest delivery.
    const rotated = await t.request('POST', `/api/v1/webhooks/${created.id}/rotate-secret`, { token: admin });
    expect(rotated.body.secret).toEqual(expect.any(String));
    expect(rotated.body.secret).not.toBe(created.secret);
    answer = 200;
    const before = received.length;
    const test = await t.request('POST', `/api/v1/webhooks/${created.id}/test`, { token: admin });
    expect(test.status).toBe(200);
    expect(test.body).toMatchObject({ event: 'webhook.test', status: 'delivered', attempts: 1, lastError: null });
    const sent = received.at(-1)!;
    expect(received.length).toBe(before + 1);
    expect(sent.headers['x-anquan-signature']).toBe(signature(rotated.body.secret, sent.body));
    expect(sent.headers['x-anquan-delivery']).toBe(String(test.body.id));
    answer = 500;
    const failing = await t.request('POST', `/api/v1/webhooks/${created.id}/test`, { token: admin });
    answer = 200;
    expect(failing.body).toMatchObject({ status: 'failed', lastError: 'HTTP 500' });
    // A failed test is not retried by the job.
    await deliverWebhooks(t.db, new Date(Date.now() + 86_400_000));
    expect((await t.request('GET', `/api/v1/webhooks/${created.id}/deliveries`, { token: admin })).body.items.map((d: { status: string }) => d.status)).toEqual(['failed', 'delivered']);
    const listed = (await t.request('GET', '/api/v1/webhooks?pageSize=200', { token: admin })).body;
    expect(listed).toMatchObject({ page: 1, pageSize: 200, total: expect.any(Number) });
    expect(listed.items.find((w: { id: string }) => w.id === created.id).lastDelivery).toMatchObject({ status: 'failed', event: 'webhook.test', lastError: 'HTTP 500' });

    const paused = await t.request('PATCH', `/api/v1/webhooks/${created.id}`, { token: admin, body: { active: false } });
    expect(paused.body.active).toBe(false);
    expect((await t.request('DELETE', `/api/v1/webhooks/${created.id}`, { token: admin })).status).toBe(204);
    expect((await t.request('GET', `/api/v1/webhooks/${created.id}`, { token: admin })).status).toBe(404);
    expect((await t.request('GET', `/api/v1/webhooks/${created.id}/deliveries`, { token: admin })).status).toBe(404);
    expect(await t.db.selectFrom('webhook_deliveries').select('id').where('webhook_id', '=', created.id).execute()).toEqual([]);

    const audit = (await t.request('GET', `/api/v1/audit?entity=webhook&entityId=${created.id}`, { token: admin })).body.items;
    expect(audit.map((a: { action: string }) => a.action).reverse()).toEqual(['create', 'update', 'rotate_secret', 'send_test', 'send_test', 'deactivate', 'delete']);
    expect(JSON.stringify(audit)).not.toContain(rotated.body.secret);
  });

  it('lists the events by domain, and documents each one’s body in the OpenAPI document', async () => {
    const catalogue = (await t.request('GET', '/api/v1/webhooks/events', { token: admin })).body;
    expect(catalogue.items.map((e: { event: string }) => e.event)).toEqual(WEBHOOK_EVENTS);
    expect(catalogue.items.find((e: { event: string }) => e.event === 'alarm.opened')).toMatchObject({ domain: 'alarms', description: expect.stringContaining('alarm') });
    const doc = (await t.request('GET', '/api/openapi.json')).body;
    expect(Object.keys(doc['x-webhooks']).sort()).toEqual([...WEBHOOK_EVENTS, 'webhook.test'].sort());
    const body = doc['x-webhooks']['inspection.order_issued'].post.requestBody.content['application/json'].schema;
    expect(body.properties.event.enum).toEqual(['inspection.order_issued']);
    expect(Object.keys(body.properties.data.properties).sort()).toEqual(['correctsId', 'documentId', 'enterpriseId', 'inspectionId', 'number']);
  });
});
