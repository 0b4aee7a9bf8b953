import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseInput, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { hazardInput, reportAs } from '../../test/support/hazard-factories.ts';
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

  it('is searched by actor name, action, entity, enterprise and time, newest first, a page at a time', async () => {
    const enterprise = await makeEnterprise(t.db);
    const officer = await signedIn(t, 'enterprise', { enterpriseId: enterprise.id });
    const hazard = await reportAs(t, officer.token, hazardInput(enterprise.id));
    await t.request('PATCH', `/api/v1/enterprises/${enterprise.id}`, { token: admin.token, body: { employees: 77 } });
    const other = (await t.request('POST', '/api/v1/enterprises', { token: admin.token, body: enterpriseInput() })).body;
    const search = async (query: Record<string, string>) => {
      const res = await t.request('GET', `/api/v1/audit?${new URLSearchParams(query)}`, { token: admin.token });
      expect(res.status, JSON.stringify(query)).toBe(200);
      return res.body as { items: Array<{ id: number; action: string; entity: string; entityId: string; actorName: string; at: string }>; total: number };
    };
    // The enterprise's own events and its records' (the hazard), not another enterprise's.
    const ofEnterprise = await search({ enterpriseId: enterprise.id });
    expect(ofEnterprise.items.map((e) => `${e.entity}:${e.action}`)).toEqual(['enterprise:update', 'hazard:report', 'enterprise:create']);
    expect(ofEnterprise.items.some((e) => e.entityId === other.id)).toBe(false);
    // The start of a name in any case; an action; both at once.
    const byOfficer = await search({ actor: officer.user.username.slice(0, 4).toUpperCase() });
    expect(byOfficer.items.every((e) => e.actorName.toLowerCase().startsWith(officer.user.username.slice(0, 4).toLowerCase()))).toBe(true);
    expect((await search({ actor: officer.user.username, action: 'report' })).items.map((e) => e.entityId)).toEqual([hazard.id]);
    expect((await search({ actor: '%' })).total).toBe(0);
    // A time range [from, to) and pages, newest first.
    const first = ofEnterprise.items.at(-1)!;
    const last = ofEnterprise.items[0]!;
    const ranged = await search({ enterpriseId: enterprise.id, from: first.at, to: last.at });
    expect(ranged.items.map((e) => e.id)).toEqual(ofEnterprise.items.slice(1).map((e) => e.id));
    const page2 = await search({ enterpriseId: enterprise.id, page: '2', pageSize: '2' });
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items.map((e) => e.id)).toEqual([first.id]);
    expect((await t.request('GET', '/api/v1/audit?from=yesterday', { token: admin.token })).status).toBe(400);
    expect((await t.request('GET', '/api/v1/audit', { token: officer.token })).status).toBe(403);
  });

  it('verifies the chain on request, for admins only', async () => {
    const res = await t.request('POST', '/api/v1/audit/verify', { token: admin.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, rows: expect.any(Number), checkedAt: expect.any(String) });
    expect(res.body.rows).toBeGreaterThan(0);
    const expert = await signedIn(t, 'expert');
    expect((await t.request('POST', '/api/v1/audit/verify', { token: expert.token })).status).toBe(403);
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
    const answered = await t.request('POST', '/api/v1/audit/verify', { token: admin.token });
    expect(answered.body).toMatchObject({ ok: false, brokenAt: String(event.id) });
  });
});
