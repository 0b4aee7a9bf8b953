import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { hazardInput, reportAs, transition } from '../../test/support/hazard-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
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

  it('is for admins only and checks the URL', async () => {
    expect((await t.request('GET', '/api/v1/webhooks', { token: officer })).status).toBe(403);
    const bad = await t.request('POST', '/api/v1/webhooks', { token: admin, body: { url: 'file:///etc/passwd', events: ['hazard.reported'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('url');
  });
});
