import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zh from '../web/src/i18n/zh-CN.json';
import { hidden, screenshotter, visible } from './support/browser.ts';
import { solidPng } from './support/png.ts';
import { useJourney } from './support/journey.ts';

const { baseUrl, signedIn } = useJourney();
const snap = screenshotter(fileURLToPath(new URL('./screenshots', import.meta.url)));
const HAZARD_PATH = /\/hazards\/[0-9a-f-]{36}$/;
const H = zh.hazard;
const PLAN_KEYS = Object.keys(H.governancePlan) as (keyof typeof H.governancePlan)[];




/** A city date `days` from today, as the date pickers show it (Asia/Shanghai). */
function cityDate(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function pickOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-item-option[title="${option}"]:visible`).click();
}

/** Types a date into an antd date picker and confirms it. */
async function typeDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

function dialog(page: Page) {
  return page.getByRole('dialog');
}

async function openAction(page: Page, action: string): Promise<void> {
  await page.locator(`[data-testid=hazard-actions] [data-action=${action}]`).click();
  await visible(dialog(page));
}

async function submitAction(page: Page): Promise<void> {
  await dialog(page).getByTestId('hazard-action-submit').click();
}

async function actionsShown(page: Page): Promise<string[]> {
  const buttons = page.locator('[data-testid=hazard-actions] [data-action]');
  return buttons.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-action') ?? ''));
}

async function timelineActions(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid=hazard-timeline-entry]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-action') ?? ''));
}

/** The enterprise user reports a hazard through the menu, the list and the form; returns its id. */
async function reportHazard(page: Page, title: string, grade: 'general' | 'major'): Promise<string> {
  await page.getByRole('navigation', { name: zh.nav.main }).getByRole('link', { name: zh.nav.hazards, exact: true }).click();
  await page.waitForURL(/\/hazards$/);
  await visible(page.getByRole('heading', { name: H.list.title }));
  await page.getByRole('link', { name: H.list.report }).click();
  await page.waitForURL(/\/hazards\/new$/);
  // An enterprise user reports for their own enterprise, shown and fixed.
  const enterprise = page.getByLabel(H.fields.enterprise, { exact: true });
  await expect.poll(() => enterprise.inputValue()).toBe('成都沱江化工有限公司');
  expect(await enterprise.isDisabled()).toBe(true);

  await page.getByLabel(H.fields.title, { exact: true }).fill(title);
  await page.getByLabel(H.fields.location, { exact: true }).fill('3号车间除尘器');
  await page.getByLabel(H.fields.description, { exact: true }).fill('除尘器未设置泄爆装置，存在粉尘爆炸风险。');
  await page.locator('form#hazard').getByText(H.gradesLong[grade], { exact: true }).click();
  await pickOption(page, H.fields.source, H.sources.self_check);
  await pickOption(page, H.fields.category, H.categories.thing);
  await page.getByLabel(H.fields.standard, { exact: true }).fill('工贸企业重大事故隐患判定标准');
  await page.getByLabel(H.fields.article, { exact: true }).fill('第十一条');
  await page
    .getByLabel(H.fields.photos, { exact: true })
    .setInputFiles({ name: 'finding.png', mimeType: 'image/png', buffer: solidPng(64, 48, [200, 120, 40]) });
  await visible(page.locator('form#hazard .ant-upload-list-item-done'));
  await snap(page, `${grade}-report-form`);
  await page.locator('form#hazard button[type=submit]').click();

  await page.waitForURL(HAZARD_PATH);
  await visible(page.getByRole('heading', { name: title }));
  await visible(page.locator('[data-testid=hazard-photos] img'));
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** Fills start_rectification's rectification fields, leaving the governance plan to the caller. */
async function fillRectification(page: Page, deadline: string): Promise<void> {
  const form = dialog(page);
  await form.getByText(H.modes.deadline, { exact: true }).click();
  await typeDate(page, H.fields.deadline, deadline);
  await form.getByLabel(H.detail.responsiblePerson, { exact: true }).fill('李明（设备科科长）');
  await form.getByLabel(H.detail.measures, { exact: true }).fill('加装泄爆片并委托检测');
  await form.getByLabel(H.detail.funds, { exact: true }).fill('12000');
}

describe('hazard journeys', () => {

  it('takes a general hazard from report through rectification and review by another user to closed', async () => {
    const title = `E2E 一般隐患 ${Date.now()}`;
    const enterprise = await signedIn('enterprise');
    const id = await reportHazard(enterprise, title, 'general');
    await visible(enterprise.getByText(H.statuses.reported, { exact: true }));

    await openAction(enterprise, 'start_rectification');
    await fillRectification(enterprise, cityDate(10));
    await snap(enterprise, 'general-start-rectification');
    await submitAction(enterprise);
    await hidden(dialog(enterprise));
    await visible(enterprise.locator('[data-testid=hazard-timeline-entry][data-action=start_rectification]'));
    await visible(enterprise.getByText(`${cityDate(10)} 23:59`).first());

    await openAction(enterprise, 'submit_for_review');
    await dialog(enterprise).getByLabel(H.actionForm.note, { exact: true }).fill('泄爆片已安装，检测合格。');
    await submitAction(enterprise);
    await hidden(dialog(enterprise));
    await visible(enterprise.locator('[data-testid=hazard-timeline-entry][data-action=submit_for_review]'));

    // The user who submitted may not review their own rectification: no approve button for them.
    await enterprise.reload();
    await visible(enterprise.getByRole('heading', { name: title }));
    expect(await actionsShown(enterprise)).not.toContain('approve');
    expect(await enterprise.locator('[data-action=approve]').count()).toBe(0);
    await snap(enterprise, 'general-pending-review-enterprise');

    // The city regulator supervises the whole city and approves.
    const regulator = await signedIn('regulator');
    await regulator.goto(`${baseUrl()}/hazards/${id}`);
    await visible(regulator.getByRole('heading', { name: title }));
    expect(await actionsShown(regulator)).toEqual(expect.arrayContaining(['approve', 'reject']));
    await openAction(regulator, 'approve');
    await dialog(regulator).getByLabel(H.actionForm.approveComment, { exact: true }).fill('现场复查合格，同意销号。');
    await submitAction(regulator);
    await hidden(dialog(regulator));

    await visible(regulator.locator('[data-testid=hazard-timeline-entry][data-action=approve]'));
    await visible(regulator.locator('main').getByText(H.statuses.closed, { exact: true }));
    expect(await actionsShown(regulator)).toEqual([]);
    expect(await timelineActions(regulator)).toEqual(['report', 'start_rectification', 'submit_for_review', 'approve']);
    await visible(regulator.getByText('泄爆片已安装，检测合格。'));
    await visible(regulator.getByText('现场复查合格，同意销号。'));
    await snap(regulator, 'general-closed');

    // The list shows it closed too.
    await regulator.goto(`${baseUrl()}/hazards?q=${encodeURIComponent(title)}`);
    const row = regulator.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: title });
    await visible(row);
    await visible(row.getByText(H.statuses.closed, { exact: true }));
  });

  it('holds a major hazard to a complete governance plan, lists it for supervision and extends its deadline', async () => {
    const title = `E2E 重大隐患 ${Date.now()}`;
    const enterprise = await signedIn('enterprise');
    const id = await reportHazard(enterprise, title, 'major');
    expect(await actionsShown(enterprise)).not.toContain('rectify_immediately');

    // Without the six elements of 16号令 Art. 15 the form refuses to send, naming each one.
    await openAction(enterprise, 'start_rectification');
    await fillRectification(enterprise, cityDate(20));
    await submitAction(enterprise);
    for (const key of PLAN_KEYS) await visible(dialog(enterprise).getByText(H.governancePlanRequired[key], { exact: true }));
    await snap(enterprise, 'major-plan-missing');
    for (const [index, key] of PLAN_KEYS.entries()) {
      await dialog(enterprise).getByLabel(`${index + 1}. ${H.governancePlan[key]}`, { exact: true }).fill(`${H.governancePlan[key]}：已落实`);
    }
    for (const key of PLAN_KEYS) await hidden(dialog(enterprise).getByText(H.governancePlanRequired[key], { exact: true }));
    await submitAction(enterprise);
    await hidden(dialog(enterprise));
    await visible(enterprise.getByText(H.detail.governancePlan, { exact: true }));
    await visible(enterprise.getByText(`${H.governancePlan.fundsAndMaterials}：已落实`));

    // The regulator lists it for supervision with an earlier deadline, which becomes the hazard's deadline.
    const regulator = await signedIn('regulator');
    await regulator.goto(`${baseUrl()}/hazards/${id}`);
    await visible(regulator.getByRole('heading', { name: title }));
    await openAction(regulator, 'list_for_supervision');
    await pickOption(regulator, H.actionForm.level, H.supervisionLevels.city);
    await dialog(regulator).getByLabel(H.actionForm.authority, { exact: true }).fill('成都市安全生产委员会办公室');
    await typeDate(regulator, H.actionForm.supervisionDeadline, cityDate(15));
    await dialog(regulator).getByLabel(H.actionForm.documentNo, { exact: true }).fill('成安办督〔2026〕99号');
    await submitAction(regulator);
    await hidden(dialog(regulator));
    await visible(regulator.getByText(H.supervisedTag, { exact: true }).first());
    await visible(regulator.getByText('成安办督〔2026〕99号').first());

    // The enterprise asks for more time.
    await enterprise.reload();
    await visible(enterprise.getByRole('heading', { name: title }));
    await openAction(enterprise, 'request_extension');
    await typeDate(enterprise, H.actionForm.requestedDeadline, cityDate(45));
    await dialog(enterprise).getByLabel(H.actionForm.reason, { exact: true }).fill('泄爆片供货周期延长。');
    await submitAction(enterprise);
    await hidden(dialog(enterprise));
    await visible(enterprise.getByText(H.detail.pending, { exact: true }));

    // The regulator grants it: the deadline moves from the listing's to the requested one.
    await regulator.reload();
    await visible(regulator.getByRole('heading', { name: title }));
    const deadlineCell = regulator.locator('.ant-descriptions-item-label', { hasText: H.fields.deadline }).first().locator('xpath=following-sibling::td[1]');
    await expect.poll(() => deadlineCell.innerText()).toContain(`${cityDate(15)} 23:59`);
    await openAction(regulator, 'decide_extension');
    await dialog(regulator).getByText(H.actionForm.grant, { exact: true }).click();
    await submitAction(regulator);
    await hidden(dialog(regulator));
    await visible(regulator.getByText(H.detail.granted, { exact: true }));
    await expect.poll(() => deadlineCell.innerText()).toContain(`${cityDate(45)} 23:59`);

    expect(await timelineActions(regulator)).toEqual([
      'report',
      'start_rectification',
      'list_for_supervision',
      'request_extension',
      'decide_extension',
    ]);
    const decision = regulator.locator('[data-testid=hazard-timeline-entry][data-action=decide_extension]');
    await visible(decision.getByText(`${cityDate(15)} 23:59 → ${cityDate(45)} 23:59`));
    await snap(regulator, 'major-extended');
  });
});
