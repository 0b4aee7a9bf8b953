import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { waitFor } from '../../test/support/wait-for.ts';
import { trimChangeLog } from './change-log-trim.ts';

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
}

const feed = (cursor?: string) => t.request('GET', `/api/v1/enterprises/changes?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token: admin });

/** Follows the enterprises feed to its end: every change handed out, and the cursor after them. */
async function follow(cursor?: string) {
  const items: Change[] = [];
  for (;;) {
    const res = await feed(cursor);
    if (res.status !== 200) throw new Error(`feed: ${res.status} ${res.text}`);
    items.push(...res.body.items);
    cursor = res.body.nextCursor as string;
    if (res.body.items.length === 0) return { items, cursor };
  }
}

/** Follows until `done` holds on what came (the feed hands changes out once no older transaction is running). */
async function followUntil(cursor: string | undefined, done: (items: Change[]) => boolean) {
  const items: Change[] = [];
  await waitFor(async () => {
    const page = await follow(cursor);
    items.push(...page.items);
    cursor = page.cursor;
    return done(items);
  });
  return { items, cursor: cursor! };
}

const rowsOf = (id: string) => t.db.selectFrom('change_log').select(['op']).where('entity_id', '=', id).orderBy('seq').execute();
const age = (ids: string[], days: number) => t.db.updateTable('change_log').set({ changed_at: new Date(Date.now() - days * 86_400_000) }).where('entity_id', 'in', ids).execute();

describe('change log retention', () => {
  it('drops old superseded changes and deletions, keeps every live record’s latest change, and answers 410 to a cursor a trimmed deletion followed', async () => {
    const before = (await follow()).cursor;
    const kept = await makeEnterprise(t.db);
    await t.db.updateTable('enterprises').set({ employees: 321 }).where('id', '=', kept.id).execute();
    const gone = await makeEnterprise(t.db);
    await t.db.deleteFrom('enterprises').where('id', '=', gone.id).execute();
    const after = (await followUntil(before, (items) => items.some((c) => c.id === gone.id && c.op === 'delete'))).cursor;
    const recent = await makeEnterprise(t.db);
    await t.db.updateTable('enterprises').set({ employees: 7 }).where('id', '=', recent.id).execute();
    await age([kept.id, gone.id], 100);

    // 90 days: the old rows go, except the latest change of a record that lives; recent ones all stay.
    expect(await trimChangeLog(t.db, new Date(), 90, 1)).toEqual({ deleted: 3, deletions: 1 });
    expect(await rowsOf(kept.id)).toEqual([{ op: 'update' }]);
    expect(await rowsOf(gone.id)).toEqual([]);
    expect(await rowsOf(recent.id)).toEqual([{ op: 'insert' }, { op: 'update' }]);
    expect(await trimChangeLog(t.db, new Date(), 90)).toEqual({ deleted: 0, deletions: 0 });

    // A cursor from before the trimmed deletion may have missed it: 410, told to resync from the beginning.
    const stale = await feed(before);
    expect(stale.status).toBe(410);
    expect(stale.body.error).toMatchObject({ code: 'GONE', details: [{ path: 'cursor' }] });
    expect(stale.body.error.message).toMatch(/without a cursor/);
    // A cursor past it reads on; a resync from the beginning finds every live record, the deleted one not at all.
    expect((await feed(after)).status).toBe(200);
    const resync = await followUntil(undefined, (items) => items.some((c) => c.id === recent.id && c.op === 'update'));
    expect(resync.items.filter((c) => c.id === kept.id).map((c) => c.op)).toEqual(['update']);
    expect(resync.items.some((c) => c.id === gone.id)).toBe(false);
    // Another domain's feed is not affected by the enterprises' trim.
    expect((await t.request('GET', '/api/v1/hazards/changes', { token: admin })).status).toBe(200);
  });

  it('keeps an old change whose later change moved the record out of its district (a narrower partner still sees it)', async () => {
    const moved = await makeEnterprise(t.db);
    await t.db.updateTable('enterprises').set({ region_code: '510104', region_path: ['510100', '510104'] }).where('id', '=', moved.id).execute();
    await age([moved.id], 100);
    await trimChangeLog(t.db, new Date(), 90);
    expect(await rowsOf(moved.id)).toEqual([{ op: 'insert' }, { op: 'update' }]);
  });
});
