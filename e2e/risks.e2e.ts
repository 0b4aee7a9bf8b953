import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zh from '../web/src/i18n/zh-CN.json';
import risksZh from '../web/src/features/risks/risks.zh-CN.json';
import majorZh from '../web/src/features/major-hazards/major-hazards.zh-CN.json';
import { screenshotter, visible } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const { signedIn } = useJourney();
const snap = screenshotter(fileURLToPath(new URL('./screenshots', import.meta.url)));
const R = risksZh;
const M = majorZh;

async function openFromMenu(page: Page, label: string, path: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: zh.nav.main }).getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL(path);
}

/** Picks a value in the antd select labelled `label` (the dropdown just opened is the last one). */
async function choose(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-item-option[title="${value}"]:visible`).click();
  // Let the dropdown close before the next opens: two lists of the same scores would otherwise both be visible.
  await page.waitForFunction(() => document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').length === 0);
}

describe('risk grading and a major hazard source, as the chemical plant’s officer', () => {
  it('registers a risk point with its live grade, finds it in the register, and assesses a source step by step', async () => {
    const page = await signedIn('enterprise');
    await openFromMenu(page, zh.nav.risks, /\/risks$/);
    await page.getByRole('link', { name: R.create }).click();
    await page.waitForURL(/\/risks\/new/);

    await page.getByLabel(R.fields.name, { exact: true }).fill('E2E 液氯汽化器');
    await page.getByLabel(R.fields.location, { exact: true }).fill('氯碱装置区');
    await page.getByLabel(R.fields.object, { exact: true }).fill('液氯汽化器 E-301');
    await page.getByPlaceholder(R.fields.factorDescription).fill('汽化器泄漏致人员中毒');
    await page.getByPlaceholder(R.fields.measureContent).fill('设置氯气检测报警并联锁');
    await page.getByPlaceholder(R.fields.checkItem).fill('氯气报警器完好并联锁投用');
    await page.getByLabel(R.fields.responsiblePerson, { exact: true }).fill('王工');

    // The live grade follows the scores: 3 × 6 × 15 = 270, band 2, 较大 (orange); then 6 × 6 × 15 = 540, 重大.
    const live = page.getByTestId('live-evaluation');
    await visible(live.getByText(R.liveHint));
    await choose(page, R.score.lecL, '3');
    await choose(page, R.score.lecE, '6');
    await choose(page, R.score.lecC, '15');
    await visible(live.getByText('270'));
    await visible(live.getByText(R.band['2']));
    expect(await live.locator('[data-level]').getAttribute('data-level')).toBe('larger');
    await choose(page, R.score.lecL, '6');
    await visible(live.getByText('540'));
    expect(await live.locator('[data-level]').getAttribute('data-level')).toBe('major');
    await snap(page, 'risk-point-form');
    await page.getByRole('button', { name: R.create }).click();

    await page.waitForURL(/\/risks$/);
    const row = page.locator('tr', { hasText: 'E2E 液氯汽化器' });
    await visible(row);
    await visible(row.getByText(R.level.major));
    await visible(row.getByText('LEC 540'));
    await snap(page, 'risk-register');

    await openFromMenu(page, zh.nav.majorHazards, /\/major-hazard-sources$/);
    await page.getByRole('link', { name: M.create }).click();
    await page.waitForURL(/\/major-hazard-sources\/new$/);
    await page.getByLabel(M.fields.name, { exact: true }).fill('E2E 氯气罐区');
    await page.getByLabel(M.fields.exposedPopulation, { exact: true }).fill('120');
    await page.getByLabel(M.fields.substanceName).first().fill('液氯');
    await page.keyboard.press('Escape');
    await page.getByPlaceholder(M.fields.quantity).first().fill('10');
    await page.getByRole('button', { name: M.addSubstance }).click();
    await page.getByPlaceholder('CAS').nth(1).fill('74-98-6');
    await page.getByPlaceholder(M.fields.quantity).nth(1).fill('25');

    // Each substance's q/Q and β, then S, α, R and the level: 10/5 × 4 + 25/50 × 1.5 = 8.75; R = 2 × 8.75.
    const steps = page.getByTestId('assessment-steps');
    await visible(steps.getByTestId('step-r').getByText('17.5', { exact: false }));
    const rows = steps.locator('tbody tr');
    expect(await rows.nth(0).innerText()).toMatch(/氯[\s\S]*10[\s\S]*5[\s\S]*2[\s\S]*4[\s\S]*8/);
    expect(await rows.nth(1).innerText()).toMatch(/液化石油气[\s\S]*25[\s\S]*50[\s\S]*0\.5[\s\S]*1\.5[\s\S]*0\.75/);
    expect(await steps.getByTestId('step-s').innerText()).toContain('2.5');
    expect(await steps.getByTestId('step-alpha').innerText()).toContain('2');
    expect(await steps.locator('[data-level]').getAttribute('data-level')).toBe('3');

    // A CAS number several rows share is refused with the rows to choose from, and the steps give way to it.
    await page.getByPlaceholder('CAS').nth(1).fill('9004-70-0');
    await visible(page.getByText(/GB 18218 表 1 的多行.*请指定行号/));
    await page.getByPlaceholder('CAS').nth(1).fill('74-98-6');
    await visible(steps.getByTestId('step-r'));

    for (const role of ['principal', 'technical', 'operational'] as const) {
      await page.getByLabel(M.guarantor[role], { exact: true }).fill(`${M.guarantor[role]}甲`);
    }
    await snap(page, 'major-hazard-assessment');
    await page.getByRole('button', { name: M.create }).click();
    await page.waitForURL(/\/major-hazard-sources$/);
    await visible(page.locator('tr', { hasText: 'E2E 氯气罐区' }).getByText(M.level['3']));
  });
});
