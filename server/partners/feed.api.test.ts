import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn, validCreditCode } from '../../test/support/factories.ts';
import { accidentInput, reportAccidentAs } from '../../test/support/accident-factories.ts';
import { hazardInput, reportAs } from '../../test/support/hazard-factories.ts';
import { inspect, inspectionBody } from '../../test/support/inspection-factories.ts';
import { makeSensor } from '../../test/support/monitoring-factories.ts';
import type { Database } from '../db/schema.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { waitFor } from '../../test/support/wait-for.ts';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
});
afterAll(() => t.close());

interface Change {
  id: string;
  op: string;
  changedAt: string;
  record: Record<string, unknown> | null;
}

async function page(domain: string, cursor: string | undefined, limit = 100, token = admin) {
  const query = new URLSearchParams({ limit: String(limit), ...(cursor !== undefined && { cursor }) });
  const res = await t.request('GET', `/api/v1/${domain}/changes?${query}`, { token });
  if (res.status !== 200) throw new Error(`${domain} feed: ${res.status} ${res.text}`);
  return res.body as { items: Change[]; nextCursor: string };
}

/** Follows nextCursor until a page comes back empty: what a partner's sync loop does. */
async function follow(domain: string, cursor: string | undefined, limit = 100) {
  const items: Change[] = [];
  for (;;) {
    const p = await page(domain, cursor, limit);
    items.push(...p.items);
    cursor = p.nextCursor;
    if (p.items.length === 0) return { items, cursor };
  }
}

describe('change feeds', () => {
  it('hands out a transaction that commits late in a later page, and nothing twice', async () => {
    const first = await makeEnterprise(t.db);
    let cursor: string | undefined;
    let seen: Change[] = [];
    await waitFor(
      async () => {
        const r = await follow('enterprises', cursor);
        seen.push(...r.items);
        cursor = r.cursor;
        return seen.some((c) => c.id === first.id);
      },
      { what: 'the first enterprise in the feed' },
    );
    expect(seen.find((c) => c.id === first.id)).toMatchObject({ op: 'insert', record: { id: first.id, name: first.name } });

    // A writer takes its transaction id first and commits last; a second writer commits in between.
    const late = await t.db.startTransaction().execute();
    try {
      await late.updateTable('enterprises').set({ name: '迟提交企业有限公司' }).where('id', '=', first.id).execute();
      const second = await makeEnterprise(t.db);

      // While the late transaction is open, neither change is handed out: the second is held back behind it.
      const during = await page('enterprises', cursor);
      expect(during.items).toEqual([]);
      cursor = during.nextCursor;

      await late.commit().execute();
      const after: Change[] = [];
      await waitFor(
        async () => {
          const r = await follow('enterprises', cursor);
          after.push(...r.items);
          cursor = r.cursor;
          return after.some((c) => c.id === second.id) && after.some((c) => c.id === first.id);
        },
        { what: 'both changes after the commit' },
      );
      expect(after.map((c) => [c.id, c.op])).toEqual([
        [first.id, 'update'],
        [second.id, 'insert'],
      ]);
      expect(after[0]!.record).toMatchObject({ name: '迟提交企业有限公司' });
      seen = [...seen, ...after];
      expect(new Set(seen.map((c) => `${c.id}|${c.op}|${c.changedAt}`)).size).toBe(seen.length);
      // Nothing more, and the cursor stays usable.
      expect((await page('enterprises', cursor)).items).toEqual([]);
    } finally {
      await late.rollback().execute().catch(() => undefined);
    }
  });

  it('gives a follower every change of many concurrent writers exactly once', async () => {
    const enterprises = await Promise.all(Array.from({ length: 4 }, () => makeEnterprise(t.db)));
    const followed: Change[] = [];
    let cursor: string | undefined;
    let writing = true;
    const follower = (async () => {
      while (writing) {
        const p = await page('enterprises', cursor, 7);
        followed.push(...p.items);
        cursor = p.nextCursor;
      }
    })();
    // 6 writers × 5 transactions, each held open a random while, so that commit order differs from start order.
    await Promise.all(
      Array.from({ length: 6 }, (_, w) =>
        (async () => {
          for (let i = 0; i < 5; i++) {
            await t.db.transaction().execute(async (tx) => {
              const target = enterprises[(w + i) % enterprises.length]!;
              await tx.updateTable('enterprises').set({ employees: 1000 + w * 10 + i }).where('id', '=', target.id).execute();
              if (i % 2 === 0) await makeEnterpriseIn(tx);
              await new Promise((r) => setTimeout(r, Math.random() * 30));
            });
          }
        })(),
      ),
    );
    writing = false;
    await follower;
    const logged = await t.db.selectFrom('change_log').select(['entity_id', 'changed_at']).where('domain', '=', 'enterprises').execute();
    await waitFor(
      async () => {
        const r = await follow('enterprises', cursor, 7);
        followed.push(...r.items);
        cursor = r.cursor;
        return followed.length >= logged.length;
      },
      { what: 'the follower to catch up' },
    );
    const key = (id: string, at: string) => `${id}|${at}`;
    expect(followed.map((c) => key(c.id, c.changedAt)).sort()).toEqual(logged.map((l) => key(l.entity_id, l.changed_at.toISOString())).sort());
  });

  it('presents records as their own endpoints do, and a delete with a null record', async () => {
    const enterprise = await makeEnterprise(t.db);
    const officer = (await signedIn(t, 'enterprise', { enterpriseId: enterprise.id })).token;
    const hazard = await reportAs(t, officer, hazardInput(enterprise.id));
    const shown = await t.request('GET', `/api/v1/hazards/${hazard.id}`, { token: admin });
    let changes: Change[] = [];
    await waitFor(async () => {
      changes = (await follow('hazards', undefined)).items;
      return changes.some((c) => c.id === hazard.id);
    });
    const record = changes.find((c) => c.id === hazard.id)!.record!;
    for (const field of ['id', 'title', 'status', 'grade', 'enterpriseId', 'enterpriseName', 'deadline']) expect(record[field]).toEqual(shown.body[field]);

    const gone = await makeEnterprise(t.db);
    await t.db.deleteFrom('enterprises').where('id', '=', gone.id).execute();
    await waitFor(async () => {
      changes = (await follow('enterprises', undefined)).items;
      return changes.some((c) => c.id === gone.id && c.op === 'delete');
    });
    expect(changes.filter((c) => c.id === gone.id).map((c) => [c.op, c.record === null])).toEqual([
      ['insert', true],
      ['delete', true],
    ]);

  });

  it('feeds alarms, inspections and accidents with the records their endpoints show', async () => {
    const enterprise = await makeEnterprise(t.db);
    const department = await makeDepartment(t.db, ['510113'], ['C']);
    const inspector = (await signedIn(t, 'inspector', { departmentId: department.id })).token;
    const regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
    const sensor = await makeSensor(t.db, { enterpriseId: enterprise.id });
    const alarmId = randomUUID();
    await t.db
      .insertInto('alarms')
      .values({ id: alarmId, sensor_id: sensor.id, enterprise_id: enterprise.id, rule_key: 'threshold:0', kind: 'threshold', status: 'active', severity: 'alarm', peak_severity: 'alarm', level_index: 0, open_value: 1.2, peak_value: 1.2, limit_value: 1, opened_at: new Date(), message: 'x', updated_at: new Date() })
      .execute();
    const inspection = await inspect(t, inspector, inspectionBody(enterprise.id));
    const accident = await reportAccidentAs(t, regulator, accidentInput());
    const created = { alarms: alarmId, inspections: inspection.id, accidents: accident.id };
    for (const [domain, id] of Object.entries(created)) {
      const shown = (await t.request('GET', `/api/v1/${domain}/${id}`, { token: admin })).body;
      let changes: Change[] = [];
      await waitFor(async () => (changes = (await follow(domain, undefined)).items).some((c) => c.id === id), { what: `the ${domain} change` });
      const record = changes.filter((c) => c.id === id).at(-1)!.record!;
      expect(record.id).toBe(id);
      expect(Object.keys(record).length).toBeGreaterThan(5);
      for (const [field, value] of Object.entries(record)) expect(value, `${domain}.${field}`).toEqual(shown[field]);
    }
  });

  it('refuses a cursor it never issued, or one of another feed, with a 400 naming the cursor', async () => {
    const issued = (await page('enterprises', undefined, 1)).nextCursor;
    const [payload, signature] = issued.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ d: 'enterprises', x: '1', s: '1' })).toString('base64url');
    for (const cursor of ['abc', `${forged}.${signature}`, `${payload}.${signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`, `${payload}`]) {
      const res = await t.request('GET', `/api/v1/enterprises/changes?cursor=${encodeURIComponent(cursor)}`, { token: admin });
      expect(res.status, cursor).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'cursor' }] });
    }
    const other = await t.request('GET', `/api/v1/hazards/changes?cursor=${encodeURIComponent(issued)}`, { token: admin });
    expect(other.status).toBe(400);
    expect(other.body.error.message).toContain('enterprises feed');
    expect((await t.request('GET', '/api/v1/enterprises/changes?limit=501', { token: admin })).status).toBe(400);
  });

  it('is documented in the OpenAPI document, with the record shape of each domain', async () => {
    const doc = (await t.request('GET', '/api/openapi.json')).body;
    for (const domain of ['enterprises', 'hazards', 'alarms', 'inspections', 'accidents']) {
      const op = doc.paths[`/api/v1/${domain}/changes`]?.get;
      expect(op, domain).toBeDefined();
      expect(op.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['cursor', 'limit']);
      const body = op.responses['200'].content['application/json'].schema;
      expect(Object.keys(body.properties).sort()).toEqual(['items', 'nextCursor']);
      expect(JSON.stringify(body.properties.items)).toContain('changedAt');
    }
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/partner-clients', '/api/v1/partner-clients/{id}/rotate', '/api/v1/partner-clients/{id}/revoke']));
  });

  it('is for admins (and partner clients) only', async () => {
    const regulator = (await signedIn(t, 'expert')).token;
    expect((await t.request('GET', '/api/v1/hazards/changes', { token: regulator })).status).toBe(403);
    expect((await t.request('GET', '/api/v1/hazards/changes')).status).toBe(401);
  });
});

/** An enterprise inserted inside the writer's own transaction (the factory commits on its own). */
async function makeEnterpriseIn(tx: Transaction<Database>) {
  const template = await tx.selectFrom('enterprises').selectAll().limit(1).executeTakeFirstOrThrow();
  const { id: _id, created_at: _c, updated_at: _u, ...rest } = template;
  await tx
    .insertInto('enterprises')
    .values({ ...rest, name: `并发企业${Math.random().toString(36).slice(2)}`, credit_code: validCreditCode() })
    .execute();
}
