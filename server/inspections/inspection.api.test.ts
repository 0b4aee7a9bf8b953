import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { inspect, inspectionBody, issue } from '../../test/support/inspection-factories.ts';
import { pdfText } from '../../test/support/pdf-text.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let enterpriseIds: string[];
let outsideId: string;
const tokens = {} as Record<'regulator' | 'inspector' | 'officer' | 'otherRegulator' | 'otherOfficer', string>;

const count = async (table: 'hazards' | 'inspections' | 'inspection_draws' | 'enforcement_documents' | 'audit_events') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const pdf = (id: string, token?: string) => fetch(`${t.url}/api/v1/documents/${id}.pdf`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

beforeAll(async () => {
  t = await createTestApp();
  const department = await makeDepartment(t.db, ['510113'], ['C']);
  const elsewhere = await makeDepartment(t.db, ['510104'], ['C']);
  enterpriseIds = [];
  for (let i = 0; i < 5; i++) enterpriseIds.push((await makeEnterprise(t.db, { regionCode: '510113', industryCode: '2614' })).id);
  outsideId = (await makeEnterprise(t.db, { regionCode: '510104', industryCode: '2614' })).id;
  tokens.regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
  tokens.inspector = (await signedIn(t, 'inspector', { departmentId: department.id })).token;
  await signedIn(t, 'inspector', { departmentId: department.id });
  await signedIn(t, 'inspector', { departmentId: department.id });
  tokens.otherRegulator = (await signedIn(t, 'regulator', { departmentId: elsewhere.id })).token;
  await signedIn(t, 'inspector', { departmentId: elsewhere.id });
  tokens.officer = (await signedIn(t, 'enterprise', { enterpriseId: enterpriseIds[0]! })).token;
  tokens.otherOfficer = (await signedIn(t, 'enterprise', { enterpriseId: outsideId })).token;
});
afterAll(() => t.close());

describe('the random draw (双随机一公开)', () => {
  it('draws from the caller’s scope only, and the same seed gives the same draw', async () => {
    const body = { scope: {}, enterpriseCount: 3, inspectorCount: 2, seed: 'chengdu-2026-11' };
    const a = await t.request('POST', '/api/v1/inspections/draws', { token: tokens.regulator, body });
    const b = await t.request('POST', '/api/v1/inspections/draws', { token: tokens.regulator, body });
    expect(a.status).toBe(201);
    expect(a.body.candidateEnterpriseCount).toBe(5);
    expect(a.body.candidateInspectorCount).toBe(3);
    expect(a.body.enterprises).toHaveLength(3);
    expect(a.body.enterprises.every((e: { id: string }) => enterpriseIds.includes(e.id))).toBe(true);
    expect(b.body.enterprises).toEqual(a.body.enterprises);
    expect(b.body.inspectors).toEqual(a.body.inspectors);
    const other = await t.request('POST', '/api/v1/inspections/draws', { token: tokens.regulator, body: { ...body, seed: 'another seed' } });
    expect(other.body.candidatesDigest).toBe(a.body.candidatesDigest);
  });

  it('generates a seed when none is given; once published, the draw and its verification are read without sign-in', async () => {
    const created = await t.request('POST', '/api/v1/inspections/draws', { token: tokens.inspector, body: { enterpriseCount: 1, inspectorCount: 1 } });
    expect(created.body.seed).toMatch(/^[0-9a-f]{32}$/);
    expect((await t.request('POST', `/api/v1/inspections/draws/${created.body.id}/publish`, { token: tokens.regulator })).status).toBe(200);
    const read = await t.request('GET', `/api/v1/public/draws/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.enterprises).toEqual(created.body.enterprises);
    const verify = await t.request('GET', `/api/v1/public/draws/${created.body.id}/verify`);
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ valid: true, seed: created.body.seed, problems: [] });
    expect(verify.body.candidateEnterprises).toEqual([...verify.body.candidateEnterprises].sort());
    const list = await t.request('GET', '/api/v1/public/draws?pageSize=5');
    expect(list.status).toBe(200);
    expect(list.body.items.some((d: { id: string }) => d.id === created.body.id)).toBe(true);
  });

  it('narrows the scope by region and industry within the caller’s scope', async () => {
    const res = await t.request('POST', '/api/v1/inspections/draws', {
      token: tokens.regulator,
      body: { scope: { regionCodes: ['510104'] }, enterpriseCount: 1, inspectorCount: 1 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'enterpriseCount', message: expect.stringContaining('at most 0') }]);
  });

  it('refuses more enterprises or inspectors than the scope holds, and writes nothing', async () => {
    const [draws, audits] = [await count('inspection_draws'), await count('audit_events')];
    const res = await t.request('POST', '/api/v1/inspections/draws', { token: tokens.regulator, body: { enterpriseCount: 6, inspectorCount: 4 } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['enterpriseCount', 'inspectorCount']);
    expect(await count('inspection_draws')).toBe(draws);
    expect(await count('audit_events')).toBe(audits);
  });

  it('is not open to enterprises, and a stored draw cannot be altered', async () => {
    const res = await t.request('POST', '/api/v1/inspections/draws', { token: tokens.officer, body: { enterpriseCount: 1, inspectorCount: 1 } });
    expect(res.status).toBe(403);
    await expect(t.db.updateTable('inspection_draws').set({ seed: 'steered' }).execute()).rejects.toThrow(/immutable/);
  });
});

describe('an inspection', () => {
  it('turns each finding into a hazard with source inspection, in one transaction', async () => {
    const created = await inspect(t, tokens.inspector, inspectionBody(enterpriseIds[0]!));
    expect(created.findings).toHaveLength(2);
    const hazard = await t.request('GET', `/api/v1/hazards/${created.findings[0]!.hazardId}`, { token: tokens.officer });
    expect(hazard.body).toMatchObject({ source: 'inspection', status: 'reported', title: '储罐区可燃气体报警装置失效' });
    const detail = await t.request('GET', `/api/v1/inspections/${created.id}`, { token: tokens.officer });
    expect(detail.body.measures).toEqual([{ kind: 'evacuation', scope: '2号储罐区作业人员', liftingConditions: '泄漏点封堵并检测合格' }]);
    expect(detail.body.participants.filter((p: { side: string }) => p.side === 'officer')).toHaveLength(2);
  });

  it('refuses fewer than two officers, bad times and someone else’s photo, and writes nothing', async () => {
    const [inspections, hazards] = [await count('inspections'), await count('hazards')];
    const body = inspectionBody(enterpriseIds[0]!, {
      participants: [{ side: 'officer', name: '王执法', certificateNo: 'SC-1' }],
      endedAt: new Date(Date.now() - 10 * 3_600_000).toISOString(),
    });
    (body.findings as { photoIds?: string[] }[])[0]!.photoIds = ['00000000-0000-4000-8000-000000000001'];
    const res = await t.request('POST', '/api/v1/inspections', { token: tokens.inspector, body });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['endedAt', 'findings.0.photoIds.0', 'participants']);
    expect(await count('inspections')).toBe(inspections);
    expect(await count('hazards')).toBe(hazards);
  });

  it('of an enterprise outside the department’s scope is 404', async () => {
    const res = await t.request('POST', '/api/v1/inspections', { token: tokens.inspector, body: inspectionBody(outsideId) });
    expect(res.status).toBe(404);
  });
});

describe('statutory documents', () => {
  it('issues an order as a PDF with the Chinese text, the 文号 and one line per problem', async () => {
    const created = await inspect(t, tokens.inspector, inspectionBody(enterpriseIds[1]!));
    const order = await issue(t, tokens.inspector, created.id, { kind: 'rectification_order', safetyMeasures: '整改期间停止动火作业' });
    expect(order.status).toBe(201);
    expect(order.body.number).toMatch(/^.+责改〔\d{4}〕\d+号$/);
    expect(order.body.reinspectionDue).toBe('2030-01-25');
    const res = await pdf(order.body.id, tokens.inspector);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(await res.arrayBuffer())).replace(/\s+/g, '');
    expect(text).toContain('责令限期整改指令书');
    expect(text).toContain(order.body.number);
    expect(text).toContain('1.储罐区可燃气体报警装置失效');
    expect(text).toContain('2.特种作业人员未持证上岗');
    expect(text).toContain('《中华人民共和国安全生产法》第三十六条');
    expect(text).toContain('于2030年1月15日前整改完毕');
    expect(text).toContain('立即整改');
    expect(text).toContain('SC-51010001');
  });

  it('numbers documents gap-free per department, year and kind, also under concurrent issue', async () => {
    const inspections = [];
    for (let i = 0; i < 6; i++) inspections.push(await inspect(t, tokens.inspector, inspectionBody(enterpriseIds[2]!, { findings: [] })));
    const results = await Promise.all(inspections.map((x) => issue(t, tokens.inspector, x.id, { kind: 'inspection_record' })));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const serials = results.map((r) => Number(/〔\d{4}〕(\d+)号/.exec(r.body.number)![1])).sort((a, b) => a - b);
    expect(serials).toEqual([1, 2, 3, 4, 5, 6]);
    const again = await issue(t, tokens.inspector, inspections[0]!.id, { kind: 'inspection_record' });
    expect(again.status).toBe(409);
  });

  it('keeps issued documents immutable; a correction is a new document naming the old one', async () => {
    const created = await inspect(t, tokens.inspector, inspectionBody(enterpriseIds[3]!));
    const first = await issue(t, tokens.inspector, created.id, { kind: 'rectification_order' });
    await expect(t.db.updateTable('enforcement_documents').set({ number: 'X' }).where('id', '=', first.body.id).execute()).rejects.toThrow(/immutable/);
    await expect(t.db.deleteFrom('enforcement_documents').where('id', '=', first.body.id).execute()).rejects.toThrow(/immutable/);
    const correction = await issue(t, tokens.inspector, created.id, { kind: 'rectification_order', correctsId: first.body.id });
    expect(correction.status).toBe(201);
    expect(correction.body.correctsId).toBe(first.body.id);
    const text = await pdfText(await (await pdf(correction.body.id, tokens.inspector)).arrayBuffer());
    expect(text.replace(/\s+/g, '')).toContain(`本文书更正${first.body.number}`);
    const twice = await issue(t, tokens.inspector, created.id, { kind: 'rectification_order', correctsId: first.body.id });
    expect(twice.status).toBe(409);
    const detail = await t.request('GET', `/api/v1/inspections/${created.id}`, { token: tokens.inspector });
    expect(detail.body.documents.map((d: { id: string; correctedById: string | null }) => [d.id, d.correctedById])).toEqual([
      [first.body.id, correction.body.id],
      [correction.body.id, null],
    ]);
  });

  it('answers 404 for a document outside the caller’s scope, and 401 without sign-in', async () => {
    const created = await inspect(t, tokens.inspector, inspectionBody(enterpriseIds[0]!));
    const record = await issue(t, tokens.inspector, created.id, { kind: 'inspection_record' });
    expect((await pdf(record.body.id, tokens.otherRegulator)).status).toBe(404);
    expect((await pdf(record.body.id, tokens.otherOfficer)).status).toBe(404);
    expect((await pdf(record.body.id, tokens.officer)).status).toBe(200);
    expect((await pdf(record.body.id)).status).toBe(401);
    expect((await pdf('00000000-0000-4000-8000-000000000000', tokens.inspector)).status).toBe(404);
    const other = await t.request('GET', `/api/v1/inspections/${created.id}`, { token: tokens.otherRegulator });
    expect(other.status).toBe(404);
  });
});

describe('re-inspection (整改复查)', () => {
  it('closes the rectified hazards, reopens the others and issues an opinion referencing the order', async () => {
    const created = await inspect(t, tokens.inspector, inspectionBody(enterpriseIds[4]!));
    const order = await issue(t, tokens.inspector, created.id, { kind: 'rectification_order' });
    const [rectified, notRectified] = created.findings;
    const base = inspectionBody(enterpriseIds[4]!);
    const res = await t.request('POST', '/api/v1/inspections/re-inspections', {
      token: tokens.regulator,
      body: {
        orderDocumentId: order.body.id,
        place: base.place,
        startedAt: base.startedAt,
        endedAt: base.endedAt,
        participants: base.participants,
        results: [
          { findingId: rectified!.id, result: 'rectified' },
          { findingId: notRectified!.id, result: 'not_rectified', note: '焊工仍未取证' },
        ],
      },
    });
    expect(res.status).toBe(201);
    const statusOf = async (id: string) => (await t.request('GET', `/api/v1/hazards/${id}`, { token: tokens.regulator })).body.status;
    expect(await statusOf(rectified!.hazardId)).toBe('closed');
    expect(await statusOf(notRectified!.hazardId)).toBe('rectifying');
    const opinion = await issue(t, tokens.regulator, res.body.id, { kind: 'reinspection_opinion' });
    expect(opinion.status).toBe(201);
    expect(opinion.body.referencesId).toBe(order.body.id);
    const text = (await pdfText(await (await pdf(opinion.body.id, tokens.regulator)).arrayBuffer())).replace(/\s+/g, '');
    expect(text).toContain('整改复查意见书');
    expect(text).toContain(order.body.number);
    expect(text).toContain('1.储罐区可燃气体报警装置失效：已整改');
    expect(text).toContain('2.特种作业人员未持证上岗：未整改（焊工仍未取证）');
  });

  it('needs a result for every finding of the order and changes no hazard otherwise', async () => {
    const created = await inspect(t, tokens.inspector, inspectionBody(enterpriseIds[4]!));
    const order = await issue(t, tokens.inspector, created.id, { kind: 'rectification_order' });
    const base = inspectionBody(enterpriseIds[4]!);
    const res = await t.request('POST', '/api/v1/inspections/re-inspections', {
      token: tokens.regulator,
      body: { orderDocumentId: order.body.id, place: base.place, startedAt: base.startedAt, endedAt: base.endedAt, participants: base.participants, results: [{ findingId: created.findings[0]!.id, result: 'rectified' }] },
    });
    expect(res.status).toBe(400);
    const hazard = await t.request('GET', `/api/v1/hazards/${created.findings[0]!.hazardId}`, { token: tokens.regulator });
    expect(hazard.body.status).toBe('reported');
  });
});
