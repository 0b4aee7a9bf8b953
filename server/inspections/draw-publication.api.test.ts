import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { inspect, inspectionBody } from '../../test/support/inspection-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

/**
 * 双随机一公开 (docs/adr/0032): a draw is read by its department, those above it and the administrator until it is
 * published — by the department or by the inspection that completes it — and by everyone, signed in or not, after.
 */

let t: TestApp;
const ALL = 'ABCDEFGHIJKLMNOPQRST'.split('');
let pool: string[];
let drawingDepartmentId: string;
const tokens = {} as Record<'drawingRegulator' | 'drawingInspector' | 'city' | 'otherRegulator' | 'admin' | 'expert', string>;

type Viewer = keyof typeof tokens | 'officer' | 'anonymous';
const insiders: Viewer[] = ['drawingRegulator', 'drawingInspector', 'city', 'admin'];
const outsiders: Viewer[] = ['officer', 'otherRegulator', 'expert', 'anonymous'];

beforeAll(async () => {
  t = await createTestApp();
  const city = await makeDepartment(t.db, ['510100'], ALL);
  const drawing = await makeDepartment(t.db, ['510104'], ['C']);
  const other = await makeDepartment(t.db, ['510113'], ['C']);
  drawingDepartmentId = drawing.id;
  pool = [];
  for (let i = 0; i < 4; i++) pool.push((await makeEnterprise(t.db, { regionCode: '510104', industryCode: '2614' })).id);
  await makeEnterprise(t.db, { regionCode: '510113', industryCode: '2614' });
  tokens.drawingRegulator = (await signedIn(t, 'regulator', { departmentId: drawing.id })).token;
  tokens.drawingInspector = (await signedIn(t, 'inspector', { departmentId: drawing.id })).token;
  await signedIn(t, 'inspector', { departmentId: drawing.id });
  tokens.city = (await signedIn(t, 'regulator', { departmentId: city.id })).token;
  tokens.otherRegulator = (await signedIn(t, 'regulator', { departmentId: other.id })).token;
  tokens.admin = (await signedIn(t, 'admin')).token;
  tokens.expert = (await signedIn(t, 'expert')).token;
});
afterAll(() => t.close());

async function drawOf(enterpriseCount: number) {
  const res = await t.request('POST', '/api/v1/inspections/draws', { token: tokens.drawingRegulator, body: { enterpriseCount, inspectorCount: 2 } });
  expect(res.status).toBe(201);
  expect(res.body.publishedAt).toBeNull();
  const drawn = (res.body.enterprises as { id: string }[]).map((e) => e.id);
  // The officer of an enterprise the draw picked: the one who must not learn of it in advance.
  const officer = (await signedIn(t, 'enterprise', { enterpriseId: drawn[0]! })).token;
  return { id: res.body.id as string, drawn, officer };
}

/** What a viewer gets from the list, the detail and the verification of a draw (signed-in routes or the public door). */
async function seenBy(viewer: Viewer, drawId: string, officer: string) {
  const token = viewer === 'anonymous' ? undefined : viewer === 'officer' ? officer : tokens[viewer];
  const base = token ? '/api/v1/inspections/draws' : '/api/v1/public/draws';
  const list = await t.request('GET', `${base}?pageSize=200`, { token });
  expect(list.status).toBe(200);
  const listed = (list.body.items as { id: string }[]).some((d) => d.id === drawId);
  expect(list.body.total).toBe(list.body.items.length);
  const detail = await t.request('GET', `${base}/${drawId}`, { token });
  const verify = await t.request('GET', `${base}/${drawId}/verify`, { token });
  return { listed, detail: detail.status, verify: verify.status, body: detail.body, verification: verify.body };
}

async function expectUnpublished(drawId: string, officer: string) {
  for (const viewer of insiders) {
    const seen = await seenBy(viewer, drawId, officer);
    expect({ viewer, listed: seen.listed, detail: seen.detail, verify: seen.verify }).toEqual({ viewer, listed: true, detail: 200, verify: 200 });
    expect(seen.body.publishedAt).toBeNull();
    expect(seen.verification.valid).toBe(true);
  }
  for (const viewer of outsiders) {
    const seen = await seenBy(viewer, drawId, officer);
    expect({ viewer, listed: seen.listed, detail: seen.detail, verify: seen.verify }).toEqual({ viewer, listed: false, detail: 404, verify: 404 });
    expect(seen.body.error.code).toBe('NOT_FOUND');
  }
  // The public door never shows an unpublished draw, whoever knocks.
  for (const token of [tokens.drawingRegulator, tokens.admin]) {
    expect((await t.request('GET', `/api/v1/public/draws/${drawId}`, { token })).status).toBe(404);
  }
}

async function expectPublished(drawId: string, officer: string) {
  for (const viewer of [...insiders, ...outsiders]) {
    const seen = await seenBy(viewer, drawId, officer);
    expect({ viewer, listed: seen.listed, detail: seen.detail, verify: seen.verify }).toEqual({ viewer, listed: true, detail: 200, verify: 200 });
    expect(seen.body.publishedAt).toEqual(expect.any(String));
    expect(seen.verification.valid).toBe(true);
  }
}

const publishAudits = async (drawId: string) =>
  t.db.selectFrom('audit_events').select(['actor_name', 'after']).where('entity', '=', 'inspection_draw').where('entity_id', '=', drawId).where('action', '=', 'publish').execute();

describe('a draw published by its department', () => {
  it('is read by the department, the city above it and the administrator only, until the department publishes it', async () => {
    const { id, officer } = await drawOf(2);
    await expectUnpublished(id, officer);

    const published = await t.request('POST', `/api/v1/inspections/draws/${id}/publish`, { token: tokens.drawingInspector });
    expect(published.status).toBe(200);
    expect(published.body.id).toBe(id);
    expect(Date.parse(published.body.publishedAt)).toBeGreaterThanOrEqual(Date.parse(published.body.createdAt));
    await expectPublished(id, officer);
    expect(await publishAudits(id)).toEqual([{ actor_name: expect.any(String), after: { publishedAt: published.body.publishedAt, by: 'department' } }]);

    const pub = await t.request('GET', `/api/v1/public/draws/${id}`);
    expect(pub.body.results).toHaveLength(2);
    expect(pub.body.results.every((r: { inspectedOn: string | null; findingCount: number }) => r.inspectedOn === null && r.findingCount === 0)).toBe(true);
    // What the public reads of the officers: names and the ids the verification needs, nothing more.
    expect(Object.keys(pub.body.inspectors[0]).sort()).toEqual(['id', 'name']);
  });

  it('may be published by the drawing department only, once; others learn nothing of an unpublished draw', async () => {
    const { id, officer } = await drawOf(1);
    const publish = (token: string) => t.request('POST', `/api/v1/inspections/draws/${id}/publish`, { token });
    expect((await publish(officer)).status).toBe(403);
    expect((await publish(tokens.admin)).status).toBe(403);
    expect((await publish(tokens.expert)).status).toBe(403);
    expect((await publish(tokens.otherRegulator)).status).toBe(404);
    expect((await publish(tokens.city)).status).toBe(403);
    expect((await t.request('POST', `/api/v1/inspections/draws/${id}/publish`)).status).toBe(401);
    expect((await t.request('POST', `/api/v1/inspections/draws/00000000-0000-4000-8000-000000000000/publish`, { token: tokens.drawingRegulator })).status).toBe(404);
    expect(await publishAudits(id)).toEqual([]);
    await expectUnpublished(id, officer);

    expect((await publish(tokens.drawingRegulator)).status).toBe(200);
    const again = await publish(tokens.drawingRegulator);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
    expect((await publish(tokens.otherRegulator)).status).toBe(403);
    expect(await publishAudits(id)).toHaveLength(1);
  });

  it('keeps the signed-in routes for the signed-in: the public door is /public/draws', async () => {
    expect((await t.request('GET', '/api/v1/inspections/draws')).status).toBe(401);
    const { id } = await drawOf(1);
    expect((await t.request('GET', `/api/v1/inspections/draws/${id}/verify`)).status).toBe(401);
  });
});

/** The factories' officers are not the drawn ones (inspection-workflow.api.test.ts covers that rule). */
const OTHER_OFFICERS = '测试：执法人员另行指派';

describe('a draw published by its inspections', () => {
  it('stays unpublished while a drawn enterprise is still to be inspected, and is published by the inspection that completes it', async () => {
    const { id, drawn, officer } = await drawOf(2);
    const notDrawn = pool.find((e) => !drawn.includes(e))!;
    // Neither an inspection outside the draw nor the first of two inspections under it publishes.
    await inspect(t, tokens.drawingInspector, inspectionBody(notDrawn));
    await inspect(t, tokens.drawingInspector, inspectionBody(drawn[0]!, { drawId: id, officerChangeReason: OTHER_OFFICERS }));
    await expectUnpublished(id, officer);

    await inspect(t, tokens.drawingInspector, inspectionBody(drawn[1]!, { drawId: id, findings: [], officerChangeReason: OTHER_OFFICERS }));
    await expectPublished(id, officer);
    const audits = await publishAudits(id);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ by: 'inspections_done' });

    // 一公开 of the results: when each drawn enterprise was inspected and how many problems were found.
    const pub = await t.request('GET', `/api/v1/public/draws/${id}`);
    expect(pub.status).toBe(200);
    const results = new Map((pub.body.results as { enterpriseId: string; inspectedOn: string; findingCount: number }[]).map((r) => [r.enterpriseId, r]));
    expect(results.get(drawn[0]!)).toMatchObject({ inspectedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), findingCount: 2 });
    expect(results.get(drawn[1]!)).toMatchObject({ inspectedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), findingCount: 0 });

    // Published is published: the department's own act now conflicts.
    expect((await t.request('POST', `/api/v1/inspections/draws/${id}/publish`, { token: tokens.drawingRegulator })).status).toBe(409);
  });

  it('is published exactly once when its last two inspections are recorded at the same time', async () => {
    const { id, drawn } = await drawOf(2);
    await Promise.all(drawn.map((e) => inspect(t, tokens.drawingInspector, inspectionBody(e, { drawId: id, findings: [], officerChangeReason: OTHER_OFFICERS }))));
    expect((await t.request('GET', `/api/v1/public/draws/${id}`)).status).toBe(200);
    expect(await publishAudits(id)).toHaveLength(1);
  });
});

describe('the stored draw', () => {
  it('may change only from unpublished to published, once', async () => {
    const { id } = await drawOf(1);
    const draws = () => t.db.updateTable('inspection_draws').where('id', '=', id);
    await expect(draws().set({ published_at: new Date(), seed: 'steered' }).execute()).rejects.toThrow(/immutable/);
    await draws().set({ published_at: new Date() }).execute();
    await expect(draws().set({ published_at: new Date(Date.now() + 60_000) }).execute()).rejects.toThrow(/immutable/);
    await expect(draws().set({ published_at: null }).execute()).rejects.toThrow(/immutable/);
    await expect(t.db.deleteFrom('inspection_draws').where('id', '=', id).execute()).rejects.toThrow(/immutable/);
  });

  it('names the drawing department, so the department’s screens know whose act publishing is', async () => {
    const { id } = await drawOf(1);
    const res = await t.request('GET', `/api/v1/inspections/draws/${id}`, { token: tokens.city });
    expect(res.body.departmentId).toBe(drawingDepartmentId);
  });
});
