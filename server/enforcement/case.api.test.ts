import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatCivilDate } from '../../core/enforcement/procedure-rules.ts';
import { cityDateOf, cityInstant } from '../../core/shared/city-time.ts';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { pdfText } from '../../test/support/pdf-text.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

/** Penalty cases through the API (issue 14): filing to closing, separation of duties, fines, the window, scope. */

let t: TestApp;
let enterpriseId: string;
type Who = { id: string; name: string; token: string };
const who = {} as Record<'filer' | 'colleague' | 'head' | 'head2' | 'outsider' | 'admin', Who>;

const today = formatCivilDate(cityDateOf(new Date()));
const daysAgo = (n: number) => addDays(today, -n);
const instantDaysAgo = (n: number) => {
  const [year, month, day] = daysAgo(n).split('-').map(Number) as [number, number, number];
  return cityInstant({ year, month, day }, 10).toISOString();
};

beforeAll(async () => {
  t = await createTestApp();
  enterpriseId = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113', name: '青白江培训违法有限公司' })).id;
  const department = await makeDepartment(t.db, ['510113'], ['C']);
  const elsewhere = await makeDepartment(t.db, ['510104'], ['C']);
  const make = async (role: 'inspector' | 'regulator', departmentId: string) => {
    const { user, token } = await signedIn(t, role, { departmentId });
    return { id: user.id, name: user.displayName, token };
  };
  who.filer = await make('inspector', department.id);
  who.colleague = await make('inspector', department.id);
  who.head = await make('regulator', department.id);
  who.head2 = await make('regulator', department.id);
  who.outsider = await make('regulator', elsewhere.id);
  const admin = await signedIn(t, 'admin');
  who.admin = { id: admin.user.id, name: admin.user.displayName, token: admin.token };
});
afterAll(() => t.close());

const file = async (by = who.filer) => {
  const res = await t.request('POST', '/api/v1/penalty-cases', {
    token: by.token,
    body: {
      enterpriseId,
      violationCode: 'spl-97-training-overdue',
      source: { kind: 'public_report', note: '群众举报：未组织新员工安全培训' },
      persons: [{ name: '张三', role: 'principal' }],
      summary: '经责令限期改正，逾期仍未开展安全生产教育和培训',
      filedOn: daysAgo(30),
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; number: string; status: string };
};
const act = (by: Who, id: string, action: string, body: Record<string, unknown> = {}) => t.request('POST', `/api/v1/penalty-cases/${id}/actions/${action}`, { token: by.token, body });
const ok = async (by: Who, id: string, action: string, body: Record<string, unknown> = {}) => {
  const res = await act(by, id, action, body);
  expect(res.status, `${action}: ${res.text}`).toBe(200);
  return res.body;
};
const evidence = (officers: Who[] = [who.filer, who.colleague]) => ({
  kind: 'inquiry',
  takenAt: instantDaysAgo(25),
  description: '询问笔录：企业未组织三级安全教育',
  officers: officers.map((o, i) => ({ userId: o.id, name: o.name, certificateNo: `SC-5101${i}` })),
});
const penalty = (over: Record<string, unknown> = {}) => ({ tier: 'general', unitFineYuan: 120_000, persons: [{ name: '张三', fineYuan: 30_000 }], ...over });
const notice = (servedOn = daysAgo(20), proposed = penalty()) => ({ servedOn, facts: '逾期未改正', proposed });
const decision = (decidedOn = daysAgo(10)) => ({
  decidedOn,
  facts: '逾期未改正',
  evidence: '询问笔录一份',
  basis: [{ law: '安全生产法', article: 97, item: 4 }],
  penalty: penalty(),
});

async function investigated(investigators: Who[] = [who.filer, who.colleague]) {
  const c = await file();
  await ok(who.head, c.id, 'approve_filing');
  await ok(investigators[0]!, c.id, 'record_evidence', evidence(investigators));
  return c;
}

describe('a penalty case', () => {
  it('goes registered → investigating → notified → decided → executing → closed, with number, timeline and audit', async () => {
    const c = await file();
    expect(c).toMatchObject({ status: 'registered' });
    expect(c.number).toMatch(/立〔\d{4}〕\d+号$/);

    await ok(who.head, c.id, 'approve_filing', { comment: '同意立案' });
    await ok(who.filer, c.id, 'record_evidence', evidence());
    const notified = await ok(who.filer, c.id, 'serve_notice', notice());
    expect(notified).toMatchObject({ status: 'notified', notice: { hearingEligible: true } });
    const decided = await ok(who.head, c.id, 'decide', decision());
    expect(decided).toMatchObject({ status: 'decided', fineYuan: 150_000, decidedOn: daysAgo(10) });
    const executing = await ok(who.colleague, c.id, 'serve_decision', { servedOn: daysAgo(9), method: '直接送达', recipient: '张三' });
    expect(executing.schedule).toEqual([{ dueOn: daysAgo(9 - 15), amountFen: 15_000_000 }]);
    await ok(who.colleague, c.id, 'record_payment', { paidOn: daysAgo(5), amountFen: 15_000_000, receiptNo: 'NO.1' });
    const closed = await ok(who.head, c.id, 'close', { outcome: 'paid' });

    expect(closed).toMatchObject({ status: 'closed', closedOn: today, paidFen: 15_000_000, outstandingFen: 0, allowedActions: [] });
    expect(closed.timeline.map((e: { action: string }) => e.action)).toEqual(['file', 'approve_filing', 'record_evidence', 'serve_notice', 'decide', 'serve_decision', 'record_payment', 'close']);
    expect(closed.evidence).toHaveLength(1);
    expect(closed.timeline.find((e: { action: string }) => e.action === 'serve_decision').body).toMatchObject({ method: '直接送达', recipient: '张三' });
    expect(closed.payments).toEqual([expect.objectContaining({ paidOn: daysAgo(5), amountFen: 15_000_000, receiptNo: 'NO.1' })]);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity', '=', 'penalty_case').where('entity_id', '=', c.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(closed.timeline.map((e: { action: string }) => `penalty_case.${e.action}`));

    expect(closed.documents.map((d: { kind: string }) => d.kind)).toEqual(['case_filing', 'penalty_notice', 'penalty_decision', 'case_closing']);
    const decisionDoc = closed.documents.find((d: { kind: string }) => d.kind === 'penalty_decision');
    expect(decisionDoc.number).toMatch(/罚决〔\d{4}〕\d+号$/);
    const pdf = await fetch(`${t.url}/api/v1/penalty-cases/${c.id}/documents/${decisionDoc.id}.pdf`, { headers: { authorization: `Bearer ${who.colleague.token}` } });
    expect(pdf.status).toBe(200);
    const text = (await pdfText(await pdf.arrayBuffer())).replace(/\s+/g, '');
    for (const part of ['行政处罚决定书', decisionDoc.number, c.number, '青白江培训违法有限公司', '对单位处罚款人民币120000元', '对张三处罚款人民币30000元', '罚款合计人民币150000元', '《安全生产法》第九十七条第（四）项', '自收到本决定书之日起15日内缴纳罚款']) {
      expect(text).toContain(part);
    }
    const outside = await fetch(`${t.url}/api/v1/penalty-cases/${c.id}/documents/${decisionDoc.id}.pdf`, { headers: { authorization: `Bearer ${who.outsider.token}` } });
    expect(outside.status).toBe(404);

    const listed = await t.request('GET', '/api/v1/penalty-cases?status=closed&regionCode=510113', { token: who.colleague.token });
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(c.id);
    const notListed = await t.request('GET', `/api/v1/penalty-cases?status=registered&enterpriseId=${enterpriseId}`, { token: who.colleague.token });
    expect(notListed.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
  });

  it('numbers a department’s cases without gaps', async () => {
    const a = await file();
    const b = await file();
    const serial = (n: string) => Number(/〔\d{4}〕(\d+)号$/.exec(n)![1]);
    expect(serial(b.number)).toBe(serial(a.number) + 1);
  });
});

describe('separation of duties', () => {
  it('refuses the filer approving their own filing (403 own_filing)', async () => {
    const c = await file(who.head2);
    const res = await act(who.head2, c.id, 'approve_filing');
    expect(res.status).toBe(403);
    expect(res.body.error.details[0].reason).toBe('own_filing');
  });

  it('refuses the decision by a regulator who took part in the investigation (403 investigated_case), nothing written', async () => {
    const c = await investigated([who.head2, who.filer]);
    await ok(who.filer, c.id, 'serve_notice', notice());
    const res = await act(who.head2, c.id, 'decide', decision());
    expect(res.status).toBe(403);
    expect(res.body.error.details[0].reason).toBe('investigated_case');
    const detail = (await t.request('GET', `/api/v1/penalty-cases/${c.id}`, { token: who.head.token })).body;
    expect(detail.status).toBe('notified');
    expect(detail.allowedActions).toContain('decide');
  });
});

describe('bad input', () => {
  it('refuses a fine outside the tier’s range without a reason (400 naming the field), nothing written', async () => {
    const c = await investigated();
    const res = await act(who.filer, c.id, 'serve_notice', notice(daysAgo(20), penalty({ unitFineYuan: 190_000 })));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'proposed.unitFineYuan', reason: 'fine_needs_reason' })]);
    const events = await t.db.selectFrom('case_events').select('action').where('case_id', '=', c.id).execute();
    expect(events.map((e) => e.action)).toEqual(['file', 'approve_filing', 'record_evidence']);

    const withReason = await act(who.filer, c.id, 'serve_notice', notice(daysAgo(20), penalty({ unitFineYuan: 190_000, reasonKind: 'heavier', reason: '两年内再次违法' })));
    expect(withReason.status, withReason.text).toBe(200);
    expect(withReason.body.timeline.at(-1)).toMatchObject({ action: 'serve_notice', flagged: true });
  });

  it('refuses a fine above the article’s legal maximum even with a reason (400)', async () => {
    const c = await investigated();
    const res = await act(who.filer, c.id, 'serve_notice', notice(daysAgo(20), penalty({ unitFineYuan: 200_001, reasonKind: 'heavier', reason: '情节特别严重' })));
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'proposed.unitFineYuan', reason: 'fine_outside_legal_range' });
  });

  it('refuses a decision while the hearing window is open (409 hearing_window_open)', async () => {
    const c = await investigated();
    await ok(who.filer, c.id, 'serve_notice', notice(today));
    const res = await act(who.head, c.id, 'decide', decision(today));
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'INVALID_TRANSITION', details: [expect.objectContaining({ reason: 'hearing_window_open' })] });
  });

  it('refuses an unknown violation type and evidence by officers of another department (400)', async () => {
    const unknown = await t.request('POST', '/api/v1/penalty-cases', {
      token: who.filer.token,
      body: { enterpriseId, violationCode: 'spl-999', source: { kind: 'public_report', note: '举报' }, summary: '摘要', filedOn: today },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.map((d: { path: string }) => d.path)).toEqual(['violationCode']);

    const c = await file();
    await ok(who.head, c.id, 'approve_filing');
    const res = await act(who.filer, c.id, 'record_evidence', evidence([who.filer, who.outsider]));
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['officers.1.userId']);
  });

  it('answers 404 outside the department, for reading and acting', async () => {
    const c = await file();
    expect((await t.request('GET', `/api/v1/penalty-cases/${c.id}`, { token: who.outsider.token })).status).toBe(404);
    expect((await act(who.outsider, c.id, 'approve_filing')).status).toBe(404);
    const list = await t.request('GET', '/api/v1/penalty-cases', { token: who.outsider.token });
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
  });
});

describe('discretion benchmarks', () => {
  it('serve the defaults, then a district’s own version from its date, which cases use', async () => {
    const defaults = await t.request('GET', '/api/v1/discretion-benchmarks?jurisdiction=510113', { token: who.filer.token });
    expect(defaults.body).toMatchObject({ source: 'default', appliedJurisdiction: null });
    const own = defaults.body.benchmarks.find((b: { code: string }) => b.code === 'spl-97-training-overdue');
    // The district's benchmark puts 一般 at 150,000–160,000 (inside the legal range).
    own.tiers[1].unit = { minYuan: 150_000, maxYuan: 160_000 };
    const put = await t.request('PUT', '/api/v1/discretion-benchmarks', { token: who.head.token, body: { jurisdiction: '510113', effectiveFrom: daysAgo(40), benchmarks: [own] } });
    expect(put.status, put.text).toBe(200);
    expect(put.body).toMatchObject({ source: 'configured', appliedJurisdiction: '510113', effectiveFrom: daysAgo(40) });

    const forEnterprise = await t.request('GET', `/api/v1/discretion-benchmarks?enterpriseId=${enterpriseId}`, { token: who.filer.token });
    expect(forEnterprise.body).toMatchObject({ jurisdiction: '510113', source: 'configured', benchmarks: [{ code: 'spl-97-training-overdue' }] });
    expect((await t.request('GET', `/api/v1/discretion-benchmarks?enterpriseId=${enterpriseId}`, { token: who.outsider.token })).status).toBe(404);
    expect((await t.request('GET', '/api/v1/discretion-benchmarks', { token: who.filer.token })).status).toBe(400);

    const c = await investigated();
    const res = await act(who.filer, c.id, 'serve_notice', notice());
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].params).toEqual({ min: 150_000, max: 160_000 });

    const cityWide = await t.request('PUT', '/api/v1/discretion-benchmarks', { token: who.head.token, body: { jurisdiction: '510100', effectiveFrom: daysAgo(40), benchmarks: [own] } });
    expect(cityWide.status).toBe(403);
    await t.db.deleteFrom('discretion_benchmarks').where('jurisdiction', '=', '510113').execute();
  });

  it('are refused to an inspector for writing and a bad benchmark with 400', async () => {
    const body = { jurisdiction: '510113', effectiveFrom: today, benchmarks: [{ code: 'x' }] };
    expect((await t.request('PUT', '/api/v1/discretion-benchmarks', { token: who.filer.token, body })).status).toBe(403);
    expect((await t.request('PUT', '/api/v1/discretion-benchmarks', { token: who.admin.token, body })).status).toBe(400);
  });
});
