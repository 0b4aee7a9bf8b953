import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseInput, signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { verifyAuditChain } from './audit.service.ts';

let t: TestApp;
let admin: { token: string; user: { id: string; username: string } };

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t, 'admin');
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('records create and update of an enterprise with actor, before, after and IP', async () => {
    const created = (await t.request('POST', '/api/v1/enterprises', { token: admin.token, body: enterpriseInput({ employees: 10 }) })).body;
    await t.request('PATCH', `/api/v1/enterprises/${created.id}`, { token: admin.token, body: { employees: 11 } });
    const res = await t.request('GET', `/api/v1/audit?entity=enterprise&entityId=${created.id}`, { token: admin.token });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    const [update, create] = res.body.items;
    expect(create).toMatchObject({ action: 'create', actorId: admin.user.id, actorName: admin.user.username, ip: '127.0.0.1', before: null });
    expect(create.after.employees).toBe(10);
    expect(update).toMatchObject({ action: 'update' });
    expect(update.before.employees).toBe(10);
    expect(update.after.employees).toBe(11);
  });

  it('writes no audit event for a rejected change', async () => {
    const before = await t.request('GET', '/api/v1/audit?entity=enterprise', { token: admin.token });
    await t.request('POST', '/api/v1/enterprises', { token: admin.token, body: enterpriseInput({ industryCode: '9999' }) });
    const after = await t.request('GET', '/api/v1/audit?entity=enterprise', { token: admin.token });
    expect(after.body.total).toBe(before.body.total);
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 20 }, () => t.request('POST', '/api/v1/enterprises', { token: admin.token, body: enterpriseInput() })));
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('refuses to update or delete audit rows', async () => {
    await expect(sql`UPDATE audit_events SET actor_name = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('reveals a tampered row: verification names the first broken event', async () => {
    const created = (await t.request('POST', '/api/v1/enterprises', { token: admin.token, body: enterpriseInput({ employees: 5 }) })).body;
    const event = await t.db.selectFrom('audit_events').select('id').where('entity_id', '=', created.id).executeTakeFirstOrThrow();
    await t.request('POST', '/api/v1/enterprises', { token: admin.token, body: enterpriseInput() });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });

    // An attacker with database rights switches the guard off and rewrites history.
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete`.execute(t.db);
    await sql`UPDATE audit_events SET after = jsonb_set(after, '{employees}', '500') WHERE id = ${event.id}`.execute(t.db);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_or_delete`.execute(t.db);

    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ ok: false, brokenAt: String(event.id), reason: expect.stringMatching(/content/) });
  });
});
