import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { hazardInput, reportAs, transition, uploadPhoto } from '../../test/support/hazard-factories.ts';
import { pdfText } from '../../test/support/pdf-text.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let officer: string;
let stranger: string;
let hazardId: string;

beforeAll(async () => {
  t = await createTestApp();
  const enterprise = await makeEnterprise(t.db, { name: '打印测试化工有限公司', industryCode: '2614', regionCode: '510113' });
  officer = (await signedIn(t, 'enterprise', { enterpriseId: enterprise.id })).token;
  stranger = (await signedIn(t, 'enterprise', { enterpriseId: (await makeEnterprise(t.db)).id })).token;
  const photo = await uploadPhoto(t, officer);
  hazardId = (await reportAs(t, officer, hazardInput(enterprise.id, { title: '储罐区呼吸阀锈蚀卡死', photoIds: [photo.body.id], foundAt: '2026-03-01T16:30:00.000Z' }))).id;
  const res = await transition(t, officer, hazardId, {
    action: 'start_rectification',
    rectification: { mode: 'deadline', deadline: new Date(Date.now() + 86_400_000).toISOString(), responsiblePerson: '李工', measures: '更换呼吸阀', fundsYuan: 20000 },
  });
  expect(res.status).toBe(200);
});
afterAll(() => t.close());

const record = (token: string, query = '') => fetch(`${t.url}/api/v1/hazards/${hazardId}/record.pdf${query}`, { headers: { authorization: `Bearer ${token}` } });

describe('GET /api/v1/hazards/{id}/record.pdf', () => {
  it('prints the hazard’s facts, rectification and lifecycle history in Chinese, with its photo', async () => {
    const res = await record(officer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = (await pdfText(bytes)).replace(/\s+/g, '');
    for (const expected of ['事故隐患排查治理记录', '储罐区呼吸阀锈蚀卡死', '打印测试化工有限公司', '2026-03-0200:30', '整改中', '更换呼吸阀', '处理记录', '上报隐患', '开始整改', '已上报→整改中']) {
      expect(text).toContain(expected);
    }
    // The photo is embedded as an image.
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
  });

  it('prints in English on request', async () => {
    const text = (await pdfText(new Uint8Array(await (await record(officer, '?lang=en')).arrayBuffer()))).replace(/\s+/g, ' ');
    expect(text).toContain('Hidden hazard record');
    expect(text).toContain('Started rectification');
  });

  it('is as unknown outside the caller’s scope as the hazard itself', async () => {
    expect((await record(stranger)).status).toBe(404);
  });
});
