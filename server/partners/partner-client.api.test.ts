import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, signedIn, validCreditCode } from '../../test/support/factories.ts';
import { hazardInput, reportAs } from '../../test/support/hazard-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { waitFor } from '../../test/support/wait-for.ts';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
});
afterAll(() => t.close());

const issue = async (body: Record<string, unknown>) => {
  const res = await t.request('POST', '/api/v1/partner-clients', { token: admin, body });
  if (res.status !== 201) throw new Error(`issue: ${res.status} ${res.text}`);
  return res.body as { id: string; secret: string };
};

/** Everything a partner's sync loop collects from one feed. */
async function sync(token: string, domain: string) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const res = await t.request('GET', `/api/v1/${domain}/changes${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, { token });
    if (res.status !== 200) throw new Error(`${domain}: ${res.status} ${res.text}`);
    ids.push(...res.body.items.map((i: { id: string }) => i.id));
    cursor = res.body.nextCursor;
    if (res.body.items.length === 0) return ids;
  }
}

describe('partner clients', () => {
  it('read only their feeds, districts and industries; anything else is not there', async () => {
    // 青白江区 chemicals (the factory's default) is in the partner's scope; 锦江区 and construction are not.
    const inside = await makeEnterprise(t.db);
    const otherDistrict = await makeEnterprise(t.db, { regionCode: '510104', creditCode: validCreditCode('510104'), address: '成都市锦江区红星路1号' });
    const otherIndustry = await makeEnterprise(t.db, { industryCode: '4710' });
    const hazards: Record<string, string> = {};
    for (const e of [inside, otherDistrict, otherIndustry]) {
      const officer = (await signedIn(t, 'enterprise', { enterpriseId: e.id })).token;
      hazards[e.id] = (await reportAs(t, officer, hazardInput(e.id))).id;
    }
    const client = await issue({ name: '四川省安全生产监管平台', domains: ['hazards'], regionCodes: ['510113'], industryCodes: ['C'] });
    expect(client.secret).toMatch(/^anqp_/);

    let seen: string[] = [];
    await waitFor(async () => (seen = await sync(client.secret, 'hazards')).includes(hazards[inside.id]!), { what: 'the hazard in scope' });
    expect(seen).not.toContain(hazards[otherDistrict.id]);
    expect(seen).not.toContain(hazards[otherIndustry.id]);

    const enterprisesFeed = await t.request('GET', '/api/v1/enterprises/changes', { token: client.secret });
    expect(enterprisesFeed.status).toBe(404);
    expect(enterprisesFeed.body.error.code).toBe('NOT_FOUND');
    // Only the feeds: the rest of the API, reads and writes, refuses the secret.
    expect((await t.request('GET', `/api/v1/hazards/${hazards[inside.id]}`, { token: client.secret })).status).toBe(403);
    expect((await t.request('POST', '/api/v1/hazards', { token: client.secret, body: hazardInput(inside.id) })).status).toBe(403);
    expect((await t.request('GET', '/api/v1/partner-clients', { token: client.secret })).status).toBe(403);

    // Every call is in the access log, refusals included.
    let access: Array<{ status: number; path: string; items: number | null }> = [];
    await waitFor(async () => {
      access = (await t.request('GET', `/api/v1/partner-clients/${client.id}/access`, { token: admin })).body.items;
      return access.length >= 5;
    });
    expect(access.map((a) => a.status)).toEqual(expect.arrayContaining([200, 404, 403]));
    expect(access.find((a) => a.status === 200 && (a.items ?? 0) > 0)?.path).toMatch(/^\/api\/v1\/hazards\/changes/);
  });

  it('shows the secret once; a rotated or revoked secret stops at once, and each change is audited', async () => {
    const client = await issue({ name: '成都市住建局系统', domains: ['enterprises'], regionCodes: ['510100'], industryCodes: ['E'] });
    const listed = (await t.request('GET', '/api/v1/partner-clients', { token: admin })).body.items.find((c: { id: string }) => c.id === client.id);
    expect(listed).toMatchObject({ name: '成都市住建局系统', domains: ['enterprises'], revokedAt: null });
    expect(listed.secret).toBeUndefined();
    expect((await t.request('GET', '/api/v1/enterprises/changes', { token: client.secret })).status).toBe(200);

    const rotated = await t.request('POST', `/api/v1/partner-clients/${client.id}/rotate`, { token: admin });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^anqp_/);
    expect((await t.request('GET', '/api/v1/enterprises/changes', { token: client.secret })).status).toBe(401);
    expect((await t.request('GET', '/api/v1/enterprises/changes', { token: rotated.body.secret })).status).toBe(200);

    const revoked = await t.request('POST', `/api/v1/partner-clients/${client.id}/revoke`, { token: admin });
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expect((await t.request('GET', '/api/v1/enterprises/changes', { token: rotated.body.secret })).status).toBe(401);
    expect((await t.request('POST', `/api/v1/partner-clients/${client.id}/rotate`, { token: admin })).status).toBe(404);

    const audit = await t.db.selectFrom('audit_events').select(['action', 'after']).where('entity', '=', 'partner_client').where('entity_id', '=', client.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'rotate_secret', 'revoke']);
    expect(JSON.stringify(audit)).not.toContain(client.secret);
  });

  it('answers 429 with Retry-After past the client’s rate, without touching other clients', async () => {
    const slow = await issue({ name: '限流测试', domains: ['accidents'], regionCodes: ['510100'], industryCodes: ['C'], requestsPerMinute: 2 });
    const other = await issue({ name: '另一客户端', domains: ['accidents'], regionCodes: ['510100'], industryCodes: ['C'], requestsPerMinute: 2 });
    expect((await t.request('GET', '/api/v1/accidents/changes', { token: slow.secret })).status).toBe(200);
    expect((await t.request('GET', '/api/v1/accidents/changes', { token: slow.secret })).status).toBe(200);
    const limited = await t.request('GET', '/api/v1/accidents/changes', { token: slow.secret });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    expect((await t.request('GET', '/api/v1/accidents/changes', { token: other.secret })).status).toBe(200);
    await waitFor(async () => (await t.request('GET', `/api/v1/partner-clients/${slow.id}/access`, { token: admin })).body.items.some((a: { status: number }) => a.status === 429));
  });

  it('is edited: new feeds, scope and rate apply from the next call; the list and its calls come a page at a time', async () => {
    const client = await issue({ name: '应急局数据中心', domains: ['hazards'], regionCodes: ['510113'], industryCodes: ['C'], requestsPerMinute: 600 });
    expect((await t.request('GET', '/api/v1/enterprises/changes', { token: client.secret })).status).toBe(404);
    const edited = await t.request('PATCH', `/api/v1/partner-clients/${client.id}`, { token: admin, body: { domains: ['hazards', 'enterprises'], requestsPerMinute: 1 } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: '应急局数据中心', domains: ['hazards', 'enterprises'], regionCodes: ['510113'], requestsPerMinute: 1 });
    expect(edited.body.secret).toBeUndefined();
    expect((await t.request('GET', '/api/v1/enterprises/changes', { token: client.secret })).status).toBe(200);
    expect((await t.request('GET', '/api/v1/enterprises/changes', { token: client.secret })).status).toBe(429);
    const bad = await t.request('PATCH', `/api/v1/partner-clients/${client.id}`, { token: admin, body: { regionCodes: ['999999'] } });
    expect(bad.body.error.details).toEqual([{ path: 'regionCodes.0', message: 'unknown region code 999999' }]);
    expect((await t.request('PATCH', `/api/v1/partner-clients/${client.id}`, { token: admin, body: {} })).status).toBe(400);

    await waitFor(async () => (await t.request('GET', `/api/v1/partner-clients/${client.id}/access?pageSize=2`, { token: admin })).body.total >= 3);
    const calls = (await t.request('GET', `/api/v1/partner-clients/${client.id}/access?pageSize=2`, { token: admin })).body;
    expect(calls).toMatchObject({ page: 1, pageSize: 2 });
    expect(calls.items.map((c: { status: number }) => c.status)).toEqual([429, 200]);
    const newer = await issue({ name: '省平台', domains: ['accidents'], regionCodes: ['510100'], industryCodes: ['C'] });
    const list = (await t.request('GET', '/api/v1/partner-clients?pageSize=1', { token: admin })).body;
    expect(list).toMatchObject({ page: 1, pageSize: 1, items: [{ id: newer.id }] });
    expect(list.total).toBeGreaterThan(1);

    await t.request('POST', `/api/v1/partner-clients/${client.id}/revoke`, { token: admin });
    expect((await t.request('PATCH', `/api/v1/partner-clients/${client.id}`, { token: admin, body: { name: 'x' } })).status).toBe(404);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity', '=', 'partner_client').where('entity_id', '=', client.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'revoke']);
  });

  it('refuses unknown codes and non-admins, writing nothing', async () => {
    const before = await t.db.selectFrom('partner_clients').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const bad = await t.request('POST', '/api/v1/partner-clients', { token: admin, body: { name: 'x', domains: ['hazards'], regionCodes: ['999999'], industryCodes: ['C'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ path: 'regionCodes.0', message: 'unknown region code 999999' }]);
    const badDomain = await t.request('POST', '/api/v1/partner-clients', { token: admin, body: { name: 'x', domains: ['users'], regionCodes: ['510100'], industryCodes: ['C'] } });
    expect(badDomain.status).toBe(400);
    const regulator = (await signedIn(t, 'expert')).token;
    expect((await t.request('POST', '/api/v1/partner-clients', { token: regulator, body: { name: 'x', domains: ['hazards'], regionCodes: ['510100'], industryCodes: ['C'] } })).status).toBe(403);
    expect((await t.request('GET', '/api/v1/partner-clients', { token: regulator })).status).toBe(403);
    expect((await t.request('PATCH', '/api/v1/partner-clients/00000000-0000-4000-8000-000000000000', { token: regulator, body: { name: 'x' } })).status).toBe(403);
    const after = await t.db.selectFrom('partner_clients').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect((await t.request('GET', '/api/v1/hazards/changes', { token: 'anqp_never-issued' })).status).toBe(401);
  });

  it('can be followed by the example client in docs/, which keeps its cursor across restarts', async () => {
    const client = await issue({ name: '示例客户端', domains: ['enterprises'], regionCodes: ['510113'], industryCodes: ['C'] });
    const first = await makeEnterprise(t.db);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'anquan-partner-'));
    const script = fileURLToPath(new URL('../../docs/partner-feed-client.mjs', import.meta.url));
    const children: Array<ReturnType<typeof spawn>> = [];
    const run = () => {
      const child = spawn(process.execPath, [script, 'enterprises'], { cwd: dir, env: { ...process.env, ANQUAN_URL: t.url, ANQUAN_PARTNER_SECRET: client.secret } });
      const lines: Array<{ id: string; op: string }> = [];
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const parts = buffer.split('\n');
        buffer = parts.pop()!;
        lines.push(...parts.map((l) => JSON.parse(l) as { id: string; op: string }));
      });
      children.push(child);
      return { child, lines };
    };
    try {
      const one = run();
      await waitFor(() => one.lines.some((l) => l.id === first.id), { what: 'the example client to print the enterprise' });
      // The client saves its cursor after printing a page; stop it once the saved one is past the enterprise.
      const logged = await t.db.selectFrom('change_log').select(['xid', 'seq']).where('entity_id', '=', first.id).orderBy('seq', 'desc').executeTakeFirstOrThrow();
      await waitFor(async () => {
        const saved = await readFile(path.join(dir, 'enterprises.cursor'), 'utf8').catch(() => '');
        if (!saved) return false;
        const { x, s: seq } = JSON.parse(Buffer.from(saved.split('.')[0]!, 'base64url').toString()) as { x: string; s: string };
        return BigInt(x) > BigInt(logged.xid) || (BigInt(x) === BigInt(logged.xid) && BigInt(seq) >= BigInt(logged.seq));
      });
      one.child.kill();
      const second = await makeEnterprise(t.db);
      const two = run();
      await waitFor(() => two.lines.some((l) => l.id === second.id), { what: 'the restarted client to print the new enterprise' });
      two.child.kill();
      expect(two.lines.filter((l) => l.id === first.id), JSON.stringify([one.lines, two.lines])).toEqual([]);
    } finally {
      for (const c of children) c.kill();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
