import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn, validCreditCode } from '../../test/support/factories.ts';
import { hazardInput, reportAs } from '../../test/support/hazard-factories.ts';
import { inspect, inspectionBody, issue } from '../../test/support/inspection-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let mine: { id: string; creditCode: string };
let other: { id: string; creditCode: string };
let mineToken: string;
let otherToken: string;
let inspector: string;
let hazardId: string;
let documentNumber: string;

beforeAll(async () => {
  t = await createTestApp();
  const department = await makeDepartment(t.db, ['510113'], ['C']);
  mine = await makeEnterprise(t.db, { name: '寻踪甲化工有限公司', regionCode: '510113', creditCode: validCreditCode('510113') });
  other = await makeEnterprise(t.db, { name: '寻踪乙化工有限公司', regionCode: '510113', creditCode: validCreditCode('510113') });
  mineToken = (await signedIn(t, 'enterprise', { enterpriseId: mine.id })).token;
  otherToken = (await signedIn(t, 'enterprise', { enterpriseId: other.id })).token;
  inspector = (await signedIn(t, 'inspector', { departmentId: department.id })).token;
  hazardId = (await reportAs(t, mineToken, hazardInput(mine.id, { title: '寻踪储罐呼吸阀锈蚀' }))).id;
  await reportAs(t, otherToken, hazardInput(other.id, { title: '寻踪乙厂房消防通道堵塞' }));
  const inspection = await inspect(t, inspector, inspectionBody(other.id, { place: '寻踪乙公司储罐区' }));
  const doc = await issue(t, inspector, inspection.id, { kind: 'inspection_record' });
  documentNumber = doc.body.number;
});
afterAll(() => t.close());

const search = (q: string, token: string) => t.request('GET', `/api/v1/search?q=${encodeURIComponent(q)}`, { token });
const kinds = (body: { groups: Array<{ kind: string }> }) => body.groups.map((g) => g.kind);

describe('GET /api/v1/search', () => {
  it('finds enterprises, hazards, inspections and documents in the caller’s scope, grouped, with links', async () => {
    const res = await search('寻踪', inspector);
    expect(res.status).toBe(200);
    expect(kinds(res.body)).toEqual(['enterprise', 'hazard', 'inspection']);
    const enterprises = res.body.groups[0].items;
    expect(enterprises.map((e: { title: string }) => e.title).sort()).toEqual(['寻踪乙化工有限公司', '寻踪甲化工有限公司']);
    expect(enterprises[0].path).toMatch(/^\/enterprises\/[0-9a-f-]{36}$/);
    const byNumber = await search(documentNumber.slice(0, 8), inspector);
    expect(byNumber.body.groups.find((g: { kind: string }) => g.kind === 'document').items[0]).toMatchObject({ title: documentNumber, path: expect.stringMatching(/^\/inspections\//) });
  });

  it('finds an enterprise by the start of its credit code, and a hazard by its id', async () => {
    const byCode = await search(mine.creditCode.slice(0, 12).toLowerCase(), inspector);
    expect(byCode.body.groups[0].items.map((e: { id: string }) => e.id)).toContain(mine.id);
    const byId = await search(hazardId, mineToken);
    expect(byId.body.groups).toEqual([{ kind: 'hazard', more: false, items: [expect.objectContaining({ id: hazardId, path: `/hazards/${hazardId}` })] }]);
  });

  it('shows an enterprise user nothing of another enterprise', async () => {
    const res = await search('寻踪', mineToken);
    const titles = res.body.groups.flatMap((g: { items: Array<{ title: string }> }) => g.items.map((i) => i.title));
    expect(titles).toEqual(['寻踪甲化工有限公司', '寻踪储罐呼吸阀锈蚀']);
    expect((await search('寻踪乙', mineToken)).body.groups).toEqual([]);
    expect((await search(documentNumber, mineToken)).body.groups).toEqual([]);
    expect((await search(other.creditCode, mineToken)).body.groups).toEqual([]);
  });

  it('treats LIKE wildcards as text and asks for two characters', async () => {
    expect((await search('%%', inspector)).body.groups).toEqual([]);
    expect((await search('寻', inspector)).status).toBe(400);
  });
});
