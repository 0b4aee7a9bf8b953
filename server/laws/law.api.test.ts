import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { inspect, inspectionBody } from '../../test/support/inspection-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { download, readSheet, workbookBase64 } from '../../test/support/xlsx.ts';
import { SEED_LAWS } from './law-seed.ts';
import { seedLaws } from './law.service.ts';

let t: TestApp;
let admin: string;
let regulator: string;
let inspector: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedLaws(t.db, SEED_LAWS);
  admin = (await signedIn(t, 'admin')).token;
  const department = await makeDepartment(t.db, ['510113'], ['C']);
  regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
  inspector = (await signedIn(t, 'inspector', { departmentId: department.id })).token;
});
afterAll(() => t.close());

const count = async (table: 'laws' | 'law_articles' | 'law_amendments') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const auditCount = async () =>
  Number((await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).where('entity', '=', 'law').executeTakeFirstOrThrow()).n);

const act = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  title: `测试条例${id}`,
  shortTitle: `测试条例${id}`,
  issuer: '某市人民代表大会常务委员会',
  level: 'local',
  status: 'current',
  articles: [{ article: 1, subject: '立法目的', text: '为了加强本市有限空间作业安全管理，制定本条例。' }],
  ...overrides,
});

describe('law library', () => {
  it('seeds the acts the platform cites, idempotently', async () => {
    const before = [await count('laws'), await count('law_articles'), await count('law_amendments')];
    expect(before[0]).toBeGreaterThanOrEqual(SEED_LAWS.length);
    await seedLaws(t.db, SEED_LAWS);
    expect([await count('laws'), await count('law_articles'), await count('law_amendments')]).toEqual(before);
  });

  it('searches Chinese titles, 文号 and article subjects, and filters by level and status', async () => {
    const byTitle = await t.request('GET', `/api/v1/laws?q=${encodeURIComponent('安全生产法')}`, { token: regulator });
    expect(byTitle.status).toBe(200);
    expect(byTitle.body.items.map((l: { id: string }) => l.id)).toContain('work-safety-law');
    const byNumber = await t.request('GET', `/api/v1/laws?q=${encodeURIComponent('493号')}`, { token: regulator });
    expect(byNumber.body.items.map((l: { id: string }) => l.id)).toEqual(['accident-reporting-regulation']);
    const bySubject = await t.request('GET', `/api/v1/laws?q=${encodeURIComponent('按日连续处罚')}`, { token: regulator });
    expect(bySubject.body.items.map((l: { id: string }) => l.id)).toEqual(['work-safety-law']);
    const repealed = await t.request('GET', '/api/v1/laws?status=repealed&level=standard', { token: regulator });
    expect(repealed.body).toMatchObject({ total: 1, items: [{ id: 'gb-18218-2009', replacedBy: 'gb-18218-2018' }] });
    const wildcard = await t.request('GET', `/api/v1/laws?q=${encodeURIComponent('%')}`, { token: regulator });
    expect(wildcard.body.total).toBe(0);
  });

  it('shows an act with its articles (no invented text) and what changed when it was amended', async () => {
    const spl = await t.request('GET', '/api/v1/laws/work-safety-law', { token: inspector });
    expect(spl.status).toBe(200);
    expect(spl.body).toMatchObject({ shortTitle: '安全生产法', level: 'law', status: 'current', effectiveOn: '2021-09-01' });
    expect(spl.body.articles).toContainEqual({ article: 102, paragraph: null, item: null, subject: '未采取措施消除事故隐患的法律责任', text: null });
    expect(spl.body.articles.every((a: { text: unknown }) => a.text === null)).toBe(true);
    const gb = await t.request('GET', '/api/v1/laws/gb-18218-2018', { token: inspector });
    expect(gb.body.articles.map((a: { article: unknown }) => a.article)).toEqual(['3', '4', '5']);
    const changes = await t.request('GET', '/api/v1/laws/work-safety-law/changes', { token: inspector });
    expect(changes.body.amendments[0]).toMatchObject({ effectiveOn: '2021-09-01' });
    expect(changes.body.amendments[0].changes).toContainEqual(expect.objectContaining({ kind: 'amended', article: 114, previousArticle: 109 }));
    expect((await t.request('GET', '/api/v1/laws/no-such-act', { token: inspector })).status).toBe(404);
  });

  it('is readable without signing in under /public, and not elsewhere', async () => {
    const list = await t.request('GET', `/api/v1/public/laws?q=${encodeURIComponent('事故')}`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThan(0);
    expect((await t.request('GET', '/api/v1/public/laws/accident-reporting-regulation')).body.articles[0]).toMatchObject({ article: 3 });
    expect((await t.request('GET', '/api/v1/public/laws/coal-mine-safety-regulations-2016/changes')).body).toMatchObject({ replacedBy: 'coal-mine-safety-regulations-2025' });
    expect((await t.request('GET', '/api/v1/laws')).status).toBe(401);
    expect((await t.request('POST', '/api/v1/laws/import', { body: { laws: [act('x')] } })).status).toBe(401);
  });

  it('refuses an import by anyone but the administrator (403), writing nothing', async () => {
    const before = await count('laws');
    const response = await t.request('POST', '/api/v1/laws/import', { token: regulator, body: { laws: [act('local-regulator')] } });
    expect(response.status).toBe(403);
    expect(await count('laws')).toBe(before);
  });

  it('refuses a file with one bad act (400, every problem, nothing written); a dry run reports each act', async () => {
    const before = [await count('laws'), await count('law_articles'), await auditCount()];
    const laws = [
      act('local-good'),
      act('local-bad', { level: 'city', articles: [{ article: 0, subject: '' }] }),
      act('local-good'),
      act('local-replaced', { status: 'repealed', replacedBy: 'not-in-library' }),
    ];
    const response = await t.request('POST', '/api/v1/laws/import', { token: admin, body: { laws } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    const paths = response.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['laws.1.level', 'laws.1.articles.0.article', 'laws.1.articles.0.subject', 'laws.2.id', 'laws.3.replacedBy']));
    expect(paths.some((p: string) => p.startsWith('laws.0'))).toBe(false);
    expect([await count('laws'), await count('law_articles'), await auditCount()]).toEqual(before);

    const dry = await t.request('POST', '/api/v1/laws/import?dryRun=true', { token: admin, body: { laws } });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 4, imported: 0, refused: 3 });
    expect(dry.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['valid', 'refused', 'refused', 'refused']);
    expect([await count('laws'), await count('law_articles'), await auditCount()]).toEqual(before);
  });

  it('imports acts with their text, audited, searchable by text; an imported act survives the next seed', async () => {
    const audited = await auditCount();
    const response = await t.request('POST', '/api/v1/laws/import', {
      token: admin,
      body: { laws: [act('local-confined-space'), { ...SEED_LAWS.find((l) => l.id === 'civil-code')!, source: '官方文本（测试）' }] },
    });
    expect(response.status).toBe(201);
    expect(response.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['created', 'replaced']);
    expect(await auditCount()).toBe(audited + 2);
    const found = await t.request('GET', `/api/v1/laws?q=${encodeURIComponent('有限空间作业安全管理')}`, { token: regulator });
    expect(found.body.items.map((l: { id: string }) => l.id)).toEqual(['local-confined-space']);
    await seedLaws(t.db, SEED_LAWS);
    expect((await t.request('GET', '/api/v1/laws/civil-code', { token: regulator })).body.source).toBe('官方文本（测试）');
  });

  it('cites checklist items whose free-text basis names one act and article', async () => {
    const created = await t.request('POST', '/api/v1/checklists', {
      token: regulator,
      body: {
        name: '引用测试检查表',
        industryScope: ['C'],
        items: [
          { content: '安全出口畅通', legalBasis: { standard: '中华人民共和国安全生产法（2021年修正）', article: '第四十二条' } },
          { content: '甲烷传感器设置', legalBasis: { standard: '煤矿安全规程', article: '第四百九十八条' } },
          { content: '防火堤无破损', legalBasis: { standard: 'GB 50351-2014' } },
        ],
      },
    });
    expect(created.status).toBe(201);
    const rows = await t.db.selectFrom('checklist_items').select(['position', 'citation', 'standard']).where('checklist_id', '=', created.body.id).orderBy('position').execute();
    expect(rows.map((r) => r.citation)).toEqual([{ lawId: 'work-safety-law', article: 42 }, null, null]);
    expect(rows[1]!.standard).toBe('煤矿安全规程');
  });

  it('cites inspection findings (the lines of an order) when they are recorded', async () => {
    const enterprise = await makeEnterprise(t.db, { regionCode: '510113', industryCode: '2614' });
    const created = await inspect(t, inspector, inspectionBody(enterprise.id));
    const rows = await t.db.selectFrom('inspection_findings').select(['citation']).where('inspection_id', '=', created.id).orderBy('position').execute();
    expect(rows.map((r) => r.citation)).toEqual([
      { lawId: 'work-safety-law', article: 36 },
      { lawId: 'work-safety-law', article: 30 },
    ]);
  });

  it('cites at start-up the rows written before the library knew their act', async () => {
    const created = await t.request('POST', '/api/v1/checklists', {
      token: regulator,
      body: { name: '补录引用检查表', industryScope: ['C'], items: [{ content: '有限空间作业审批', legalBasis: { standard: '某市有限空间作业安全条例', article: '第一条' } }] },
    });
    expect(created.status).toBe(201);
    const citation = () => t.db.selectFrom('checklist_items').select('citation').where('checklist_id', '=', created.body.id).executeTakeFirstOrThrow();
    expect((await citation()).citation).toBeNull();
    const imported = await t.request('POST', '/api/v1/laws/import', {
      token: admin,
      body: { laws: [act('city-confined-space', { title: '某市有限空间作业安全条例', shortTitle: '某市有限空间作业安全条例' })] },
    });
    expect(imported.status).toBe(201);
    expect((await citation()).citation).toEqual({ lawId: 'city-confined-space', article: 1 });
  });

  it('imports official article text from an .xlsx row by row; a bad row writes nothing; the text survives the next seed', async () => {
    const template = await readSheet((await download(`${t.url}/api/v1/laws/articles/import-template.xlsx`, admin)).bytes);
    expect(template).toEqual([['法规编号', '条', '款', '项', '主旨', '条文']]);
    const header = template[0]!;
    const good = ['accident-reporting-regulation', 3, null, null, '事故等级', '根据生产安全事故造成的人员伤亡或者直接经济损失，事故一般分为以下等级：（测试文本）'];
    const bad = [
      ['no-such-act', 1, null, null, '主旨', null],
      ['accident-reporting-regulation', '第三条', null, null, '主旨', null],
    ];
    const refused = await t.request('POST', '/api/v1/laws/articles/import', { token: admin, body: { content: await workbookBase64([header, good, ...bad]) } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d: { path: string }) => d.path)).toEqual(['rows.3.lawId', 'rows.4.article']);
    const article3 = () => t.db.selectFrom('law_articles').select(['subject', 'text']).where('law_id', '=', 'accident-reporting-regulation').where('article', '=', '3').executeTakeFirstOrThrow();
    expect((await article3()).text).toBeNull();

    expect((await t.request('POST', '/api/v1/laws/articles/import', { token: regulator, body: { content: await workbookBase64([header, good]) } })).status).toBe(403);
    const imported = await t.request('POST', '/api/v1/laws/articles/import', { token: admin, body: { content: await workbookBase64([header, good, ['accident-reporting-regulation', 39, null, null, '新增的条文主旨', null]]) } });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ created: 2, refused: 0 });
    expect(await article3()).toEqual({ subject: '事故等级', text: good[5] });
    await seedLaws(t.db, SEED_LAWS);
    expect((await article3()).text).toBe(good[5]);
    const found = await t.request('GET', `/api/v1/public/laws?q=${encodeURIComponent('测试文本')}`);
    expect(found.body.items.map((l: { id: string }) => l.id)).toEqual(['accident-reporting-regulation']);
  });
});
