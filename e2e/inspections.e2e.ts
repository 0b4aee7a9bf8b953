import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../test/support/pdf-text.ts';
import zh from '../web/src/i18n/zh-CN.json';
import insp from '../web/src/features/inspections/inspections.zh-CN.json';
import { visible } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const { baseUrl, newPage, signedIn } = useJourney();
const I = insp.inspections;
const SEED = 'e2e-双随机-2026';

async function fillFinding(page: Page, index: number, f: { checkItem: string; location: string; description: string; standard: string; article: string; deadline?: string }) {
  const card = page.getByTestId('finding-card').nth(index);
  await card.getByLabel(I.fields.checkItem, { exact: true }).fill(f.checkItem);
  await card.getByLabel(I.fields.location, { exact: true }).fill(f.location);
  await card.getByLabel(I.fields.description, { exact: true }).fill(f.description);
  await card.getByLabel(I.fields.standard, { exact: true }).fill(f.standard);
  await card.getByLabel(I.fields.article, { exact: true }).fill(f.article);
  if (f.deadline) {
    const deadline = card.getByLabel(I.fields.deadline, { exact: true });
    await deadline.click();
    await deadline.fill(f.deadline);
    await deadline.press('Enter');
  }
}

describe('an inspection from the random draw to the re-inspection', () => {
  it('draws, inspects with findings, issues the order as PDF and closes the hazards on re-inspection', async () => {
    const page = await signedIn('regulator');

    // 双随机: one enterprise of 青白江区 (chosen by name) and two officers of the department; the seed, normally
    // generated, is given under "advanced" so that the draw is checked against a known value.
    await page.goto(`${baseUrl()}/inspections?tab=draws`);
    await page.getByLabel(I.draws.regions, { exact: true }).click();
    await page.keyboard.type('青白江');
    await page.locator('.ant-select-tree-node-content-wrapper[title="青白江区"]').click();
    await page.keyboard.press('Escape');
    await page.getByLabel(I.draws.enterpriseCount, { exact: true }).fill('1');
    await page.getByLabel(I.draws.inspectorCount, { exact: true }).fill('2');
    await page.getByText(I.draws.advanced, { exact: true }).click();
    await page.getByLabel(I.draws.seed, { exact: true }).fill(SEED);
    await page.getByTestId('draw-submit').click();
    await visible(page.getByTestId('draw-result').getByText(SEED));
    await page.getByTestId('verify-draw').click();
    await visible(page.getByTestId('draw-verification').getByText(I.draws.valid));
    const drawn = page.getByTestId('drawn-enterprise');
    expect(await drawn.count()).toBe(1);
    const enterpriseName = ((await drawn.textContent()) ?? '').replace(/^1\.\s*/, '').replace(I.draws.inspect, '').trim();
    const officer = ((await page.getByTestId('drawn-inspector').first().textContent()) ?? '').replace(/^1\.\s*/, '').trim();
    const drawNumber = ((await page.getByTestId('draw-number').textContent()) ?? '').trim();
    expect(drawNumber).toMatch(/^成应急抽查〔\d{4}〕\d+号$/);

    // Unannounced: until the draw is published, nobody outside the department (and those above it) reads it.
    await visible(page.getByTestId('draw-result').getByTestId('draw-unpublished'));
    const drawId = new URL((await drawn.getByRole('link', { name: I.draws.inspect }).getAttribute('href'))!, baseUrl()).searchParams.get('drawId');
    expect((await fetch(`${baseUrl()}/api/v1/public/draws/${drawId}/verify`)).status).toBe(404);

    // The inspection of the drawn enterprise, by name, with the drawn officers, two findings and an on-site measure.
    await drawn.getByRole('link', { name: I.draws.inspect }).click();
    await page.waitForURL(/\/inspections\/new\?/);
    await visible(page.getByTestId('from-draw').getByText(drawNumber, { exact: false }));
    await visible(page.getByTestId('drawn-enterprise-select').getByText(enterpriseName));
    await page.getByLabel(I.fields.place, { exact: true }).fill('储罐区及维修车间');
    const names = page.getByPlaceholder(I.fields.name, { exact: true });
    const certificates = page.getByPlaceholder(I.fields.certificateNo, { exact: true });
    expect(await names.nth(0).inputValue()).toBe(officer);
    await certificates.nth(0).fill('SC-51010001');
    await certificates.nth(1).fill('SC-51010002');
    await names.nth(2).fill('张厂长');
    await fillFinding(page, 0, {
      checkItem: '储罐区可燃气体报警装置失效',
      location: '2号储罐区',
      description: '可燃气体检测报警器未通电',
      standard: '《中华人民共和国安全生产法》',
      article: '第三十六条',
      deadline: '2030-01-15',
    });
    await page.getByRole('button', { name: I.form.addFinding }).click();
    await fillFinding(page, 1, {
      checkItem: '特种作业人员未持证上岗',
      location: '维修车间',
      description: '焊工未取得特种作业操作证',
      standard: '《中华人民共和国安全生产法》',
      article: '第三十条',
    });
    await page.getByTestId('inspection-submit').click();
    await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
    const inspectionUrl = page.url();
    // 一公开: inspecting the one drawn enterprise published the draw; anyone verifies it without signing in.
    const anonymous = await fetch(`${baseUrl()}/api/v1/public/draws/${drawId}/verify`);
    expect(anonymous.status).toBe(200);
    expect(((await anonymous.json()) as { valid: boolean }).valid).toBe(true);
    // …and reads it on the public page, on a phone, without signing in.
    const visitor = await newPage({ width: 390, height: 844 });
    await visitor.goto(`${baseUrl()}/public/draws/${drawId}`);
    await visible(visitor.getByTestId('public-draw-number').getByText(drawNumber));
    await visible(visitor.getByTestId('public-drawn-enterprise').getByText(enterpriseName, { exact: false }));
    await visible(visitor.getByTestId('public-sign-in'));
    await expect.poll(() => page.getByTestId('finding-hazard').count(), { timeout: 15_000 }).toBe(2);

    // The order: issued, numbered, previewed, downloaded and read back as text.
    await page.locator('[data-issue="rectification_order"]').click();
    await page.getByTestId('issue-confirm').click();
    const item = page.getByTestId('document-item').filter({ hasText: I.documents.kinds.rectification_order });
    await visible(item);
    const number = ((await item.getByTestId('document-number').textContent()) ?? '').trim();
    expect(number).toMatch(/^成应急责改〔\d{4}〕\d+号$/);
    await visible(page.getByTestId('document-preview'));
    const href = (await item.getByTestId('document-download').getAttribute('href'))!;
    const response = await page.request.get(`${baseUrl()}${href}`);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const text = (await pdfText(await response.body())).replace(/\s+/g, '');
    expect(text).toContain('成都市应急管理局');
    expect(text).toContain('责令限期整改指令书');
    expect(text).toContain(number);
    expect(text).toContain(enterpriseName);
    expect(text).toContain('1.储罐区可燃气体报警装置失效');
    expect(text).toContain('依据：《中华人民共和国安全生产法》第三十六条');
    expect(text).toContain('期限：于2030年1月15日前整改完毕');
    expect(text).toContain('2.特种作业人员未持证上岗');
    expect(text).toContain('期限：立即整改');
    expect(text).toContain(`${officer}（执法证号：SC-51010001）`);

    // The re-inspection finds both rectified: the hazards close.
    await item.getByTestId('start-reinspection').click();
    expect(await page.getByTestId('reinspection-item').count()).toBe(2);
    const submitted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/inspections/re-inspections'), { timeout: 30_000 });
    await page.getByTestId('reinspection-submit').click();
    const reinspection = await submitted;
    expect(reinspection.status(), await reinspection.text()).toBe(201);
    const inspectionId = inspectionUrl.split('/').pop()!;
    await page.waitForURL((url) => /\/inspections\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(inspectionId));
    await expect.poll(() => page.getByTestId('reinspection-result').count(), { timeout: 15_000 }).toBe(2);
    await page.goto(inspectionUrl);
    await expect.poll(() => page.locator('[data-testid="finding-hazard"][data-status="closed"]').count(), { timeout: 15_000 }).toBe(2);
    await visible(page.getByTestId('finding-hazard').first().getByText(zh.hazard.statuses.closed));
  });
});
