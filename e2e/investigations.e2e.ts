import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zh from '../web/src/i18n/zh-CN.json';
import { hidden, screenshotter, visible } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const { baseUrl, signedIn } = useJourney();
const snap = screenshotter(fileURLToPath(new URL('./screenshots', import.meta.url)));
const I = zh.investigation;
const ENTERPRISE = '成都沱江化工有限公司';
const CHECKLIST = '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）';
const UUID = '[0-9a-f-]{36}';




async function openFromMenu(page: Page, label: string, path: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: zh.nav.main }).getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL(path);
}

/** The regulator makes a daily plan with the chemicals checklist for one enterprise, picked by search. */
async function createDailyPlan(page: Page, name: string): Promise<void> {
  await openFromMenu(page, zh.nav.plans, /\/investigation-plans$/);
  await page.getByRole('link', { name: I.plans.create }).click();
  await page.waitForURL(/\/investigation-plans\/new$/);
  await page.getByLabel(I.fields.planName, { exact: true }).fill(name);
  await page.getByLabel(I.fields.checklist, { exact: true }).click();
  await page.locator(`.ant-select-item-option[title="${CHECKLIST}"]:visible`).click();
  const keyAreas = page.getByLabel(I.fields.keyAreas, { exact: true });
  for (const area of ['储罐区', '装卸站台']) {
    await keyAreas.fill(area);
    await keyAreas.press('Enter');
  }
  await page.locator('form#plan').getByText(I.frequencies.daily, { exact: true }).click();
  const enterprises = page.getByLabel(I.planForm.enterpriseList, { exact: true });
  await enterprises.click();
  await enterprises.fill('沱江化工');
  await page.locator(`.ant-select-item-option[title="${ENTERPRISE}"]:visible`).click();
  await page.keyboard.press('Escape');
  await snap(page, 'plan-form');
  await page.locator('form#plan button[type=submit]').click();
  await page.waitForURL(new RegExp(`/investigation-plans/${UUID}$`));
  await visible(page.getByRole('heading', { name }));
  await visible(page.getByRole('link', { name: ENTERPRISE }));
}

async function enterpriseIdOf(page: Page): Promise<string> {
  const response = await page.request.get(`${baseUrl()}/api/v1/auth/me`);
  return ((await response.json()) as { user: { enterpriseId: string } }).user.enterpriseId;
}

describe('investigation journey', () => {

  it('runs a plan to a task done on a phone, a major hazard, and the enterprise in the statistics', async () => {
    const planName = `E2E 危化品每日排查 ${Date.now()}`;
    const regulator = await signedIn('regulator');
    await createDailyPlan(regulator, planName);
    await snap(regulator, 'plan-detail');

    // The enterprise officer works through today's task on a 360 px phone.
    const phone = await signedIn('enterprise', { width: 360, height: 740 });
    await phone.goto(`${baseUrl()}/investigation-tasks`);
    await visible(phone.getByRole('heading', { name: I.tasks.myTitle }));
    await phone.locator('[data-testid=task-cards] a').filter({ hasText: planName }).click();
    await phone.waitForURL(new RegExp(`/investigation-tasks/${UUID}$`));
    await visible(phone.getByRole('heading', { name: planName }));

    const items = phone.locator('[data-testid=checklist-item]');
    await visible(items);
    const count = await items.count();
    expect(count).toBeGreaterThan(1);
    const submit = phone.getByTestId('task-submit');
    expect(await submit.isDisabled()).toBe(true);

    const major = phone.locator('[data-testid=checklist-item][data-major=true]').first();
    const majorCode = await major.getAttribute('data-item-code');
    await visible(major.getByText(I.execution.majorCriterion, { exact: true }));
    const majorContent = (await major.locator('.ant-typography').nth(1).textContent())?.trim() ?? '';
    await major.locator('[data-outcome=fail]').click();
    await major.getByLabel(I.execution.note, { exact: true }).fill('主要负责人安全生产考核合格证已过期，未重新考核');
    for (let index = 0; index < count; index += 1) {
      const item = items.nth(index);
      if ((await item.getAttribute('data-item-code')) === majorCode) continue;
      await item.locator('[data-outcome=pass]').click();
    }
    await expect.poll(() => phone.getByTestId('task-progress').textContent()).toContain(`${count} / ${count}`);
    expect(await submit.isDisabled()).toBe(false);
    await snap(phone, 'task-filled-phone');

    await submit.click();
    const confirm = phone.locator('.ant-modal-confirm');
    await visible(confirm);
    expect(await confirm.textContent()).toContain('提交后将生成 1 条隐患，其中重大事故隐患 1 条');
    await phone.getByTestId('task-confirm-ok').click();
    await hidden(confirm);
    await visible(phone.getByTestId('task-done'));
    const created = phone.getByTestId('created-hazard');
    expect(await created.count()).toBe(1);
    await snap(phone, 'task-done-phone');

    // The failed major criterion is now a major hazard in the enterprise's hazard list.
    await created.click();
    await phone.waitForURL(new RegExp(`/hazards/${UUID}$`));
    const hazardId = new URL(phone.url()).pathname.split('/').pop() ?? '';
    await visible(phone.getByText(zh.hazard.grades.major, { exact: true }));
    await phone.goto(`${baseUrl()}/hazards?grade=major`);
    const card = phone.locator(`[data-testid=hazard-cards] a[href="/hazards/${hazardId}"]`);
    await visible(card);
    expect(await card.textContent()).toContain(majorContent.slice(0, 20));
    expect(await card.textContent()).toContain(zh.hazard.grades.major);

    // The regulator sees the enterprise in the statistics.
    await openFromMenu(regulator, zh.nav.statistics, /\/statistics/);
    await visible(regulator.getByRole('heading', { name: zh.statistics.title }));
    await visible(regulator.locator('[data-testid=statistics-row]'));
    await regulator.getByLabel(zh.statistics.namePlaceholder, { exact: true }).fill('沱江化工');
    const row = regulator.locator('[data-testid=statistics-row]').filter({ hasText: ENTERPRISE });
    await visible(row);
    expect(await row.getAttribute('data-key')).toBe(await enterpriseIdOf(phone));
    await snap(regulator, 'statistics');
  });
});
