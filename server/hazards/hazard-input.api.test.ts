import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { hazardInput, jpegBytes, reportAs, transition, uploadPhoto } from '../../test/support/hazard-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let enterpriseId: string;
let officer: string;
let stranger: string;

const hazardCount = async () => Number((await t.db.selectFrom('hazards').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestApp();
  enterpriseId = (await makeEnterprise(t.db)).id;
  const other = await makeEnterprise(t.db);
  officer = (await signedIn(t, 'enterprise', { enterpriseId })).token;
  stranger = (await signedIn(t, 'enterprise', { enterpriseId: other.id })).token;
});
afterAll(() => t.close());

describe('reporting with bad input', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['an unknown grade', { grade: 'severe' }, 'grade'],
    ['an unknown source', { source: 'rumour' }, 'source'],
    ['an empty title', { title: '  ' }, 'title'],
    ['a found-at that is no date', { foundAt: 'yesterday' }, 'foundAt'],
    ['a malformed enterprise id', { enterpriseId: 'abc' }, 'enterpriseId'],
    ['a legal basis without a standard', { legalBasis: { article: '第三条' } }, 'legalBasis.standard'],
  ];
  for (const [what, patch, path] of cases) {
    it(`rejects ${what} naming ${path} and writes nothing`, async () => {
      const before = await hazardCount();
      const res = await t.request('POST', '/api/v1/hazards', { token: officer, body: { ...hazardInput(enterpriseId), ...patch } });
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
      expect(await hazardCount()).toBe(before);
    });
  }

  it('rejects a finding in the future', async () => {
    const res = await t.request('POST', '/api/v1/hazards', { token: officer, body: hazardInput(enterpriseId, { foundAt: new Date(Date.now() + 3_600_000).toISOString() }) });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('foundAt');
  });

  it('answers an unknown enterprise with 404', async () => {
    const res = await t.request('POST', '/api/v1/hazards', { token: officer, body: hazardInput('00000000-0000-4000-8000-000000000000') });
    expect(res.status).toBe(404);
  });

  it('rejects a rectification deadline before the finding', async () => {
    const hazard = await reportAs(t, officer, hazardInput(enterpriseId));
    const res = await transition(t, officer, hazard.id, {
      action: 'start_rectification',
      rectification: { mode: 'deadline', deadline: '2000-01-01', responsiblePerson: '李工', measures: 'x', fundsYuan: 0 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('rectification.deadline');
  });

  it('rejects an unknown action', async () => {
    const hazard = await reportAs(t, officer, hazardInput(enterpriseId));
    const res = await transition(t, officer, hazard.id, { action: 'delete' });
    expect(res.status).toBe(400);
  });
});

describe('photos', () => {
  it('accepts JPEG, PNG and WebP by content, whatever the declared type', async () => {
    const pixels = sharp({ create: { width: 4, height: 4, channels: 3, background: '#c87828' } });
    const png = await pixels.clone().png().toBuffer();
    const webp = await pixels.clone().webp().toBuffer();
    expect((await uploadPhoto(t, officer, jpegBytes(), 'image/png')).body).toMatchObject({ contentType: 'image/jpeg' });
    expect((await uploadPhoto(t, officer, png, 'application/octet-stream')).body).toMatchObject({ contentType: 'image/png' });
    expect((await uploadPhoto(t, officer, webp, 'image/webp')).body).toMatchObject({ contentType: 'image/webp' });
  });

  it('rejects a file that is not an image even when it claims to be one', async () => {
    const res = await uploadPhoto(t, officer, Buffer.from('%PDF-1.7 not an image'), 'image/jpeg');
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('VALIDATION_FAILED');
  });

  it('answers a photo over 10 MB with 413', async () => {
    const res = await uploadPhoto(t, officer, jpegBytes(10 * 1024 * 1024 + 1));
    expect(res.status).toBe(413);
  });

  it('accepts a photo of exactly 10 MB', async () => {
    const res = await uploadPhoto(t, officer, jpegBytes(10 * 1024 * 1024));
    expect(res.status).toBe(201);
  });

  it('attaches only photos the reporter uploaded, once', async () => {
    const mine = await uploadPhoto(t, officer);
    const theirs = await uploadPhoto(t, stranger);
    const res = await t.request('POST', '/api/v1/hazards', { token: officer, body: hazardInput(enterpriseId, { photoIds: [mine.body.id, theirs.body.id] }) });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'photoIds.1', message: expect.any(String) }]);
    const ok = await reportAs(t, officer, hazardInput(enterpriseId, { photoIds: [mine.body.id] }));
    expect(ok).toMatchObject({ photos: [expect.objectContaining({ id: mine.body.id, kind: 'finding' })] });
    const again = await t.request('POST', '/api/v1/hazards', { token: officer, body: hazardInput(enterpriseId, { photoIds: [mine.body.id] }) });
    expect(again.status).toBe(400);
  });

  it('serves a hazard photo to whoever sees the hazard, and to no one else', async () => {
    const photo = await uploadPhoto(t, officer, jpegBytes(2048));
    await reportAs(t, officer, hazardInput(enterpriseId, { photoIds: [photo.body.id] }));
    const mine = await fetch(`${t.url}/api/v1/photos/${photo.body.id}`, { headers: { authorization: `Bearer ${officer}` } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/jpeg');
    // Stored as re-encoded (server/photos/image-reencode.ts): the 2 kB of comments are gone.
    expect((await mine.arrayBuffer()).byteLength).toBe(photo.body.sizeBytes);
    expect(photo.body.sizeBytes).toBeLessThan(2048);
    const other = await fetch(`${t.url}/api/v1/photos/${photo.body.id}`, { headers: { authorization: `Bearer ${stranger}` } });
    expect(other.status).toBe(404);
  });
});

describe('list filters', () => {
  it('filters by status, grade, enterprise, district and found date, and pages', async () => {
    const marker = `筛选${Date.now()}`;
    const a = await reportAs(t, officer, hazardInput(enterpriseId, { title: `${marker}A`, grade: 'major', foundAt: '2026-11-01T10:00:00+08:00' }));
    await reportAs(t, officer, hazardInput(enterpriseId, { title: `${marker}B`, foundAt: '2026-11-02T10:00:00+08:00' }));
    await transition(t, officer, a.id, { action: 'start_rectification', rectification: { mode: 'deadline', deadline: '2026-12-31', responsiblePerson: '李工', measures: 'x', fundsYuan: 0 }, governancePlan: (await import('../../test/support/hazard-factories.ts')).completeGovernancePlan });
    const q = (params: string) => t.request('GET', `/api/v1/hazards?q=${encodeURIComponent(marker)}&${params}`, { token: officer });
    expect((await q('')).body.total).toBe(2);
    expect((await q('grade=major')).body.items.map((h: { title: string }) => h.title)).toEqual([`${marker}A`]);
    expect((await q('status=reported')).body.items.map((h: { title: string }) => h.title)).toEqual([`${marker}B`]);
    expect((await q('foundFrom=2026-11-02')).body.total).toBe(1);
    expect((await q('foundTo=2026-11-01')).body.total).toBe(1);
    expect((await q(`enterpriseId=${enterpriseId}&regionCode=510113`)).body.total).toBe(2);
    expect((await q('regionCode=510104')).body.total).toBe(0);
    const page = await q('pageSize=1&page=2&sort=foundAt');
    expect(page.body).toMatchObject({ total: 2, page: 2, items: [expect.objectContaining({ title: `${marker}B` })] });
    expect((await q('deadline=soon')).status).toBe(200);
    expect((await q('sort=title')).status).toBe(400);
  });
});
