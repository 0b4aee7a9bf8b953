import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zh from '../web/src/i18n/zh-CN.json';
import accidentsZh from '../web/src/features/accidents/accidents.zh-CN.json';
import screensZh from '../web/src/features/accidents/accident-screens.zh-CN.json';
import { visible } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const { baseUrl, signedIn } = useJourney();
const A = accidentsZh;
const ACCIDENT_PATH = /\/accidents\/[0-9a-f-]{36}$/;

/** The cockpit's KPI value, read from the card the page renders. */
async function kpi(page: Page, key: string): Promise<number> {
  const card = page.locator(`[data-kpi=${key}]`);
  await visible(card);
  return Number(await card.getAttribute('data-value'));
}

async function statisticsRow(page: Page, label: string): Promise<number> {
  const row = page.locator('.ant-table-row', { hasText: label }).first();
  await visible(row);
  return Number(await row.locator('td').nth(1).innerText());
}

describe('accidents journey', () => {
  it('report → grade and deadlines shown → a revision raises the grade → statistics and the cockpit follow', async () => {
    const regulator = await signedIn('regulator', { width: 1920, height: 1080 });
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    const statsUrl = `${baseUrl()}/accidents/statistics?groupBy=grade&from=${year}-01-01&to=${year}-12-31`;
    await regulator.goto(`${baseUrl()}/cockpit`);
    const largerBefore = await kpi(regulator, 'largerAccidents');
    const accidentsBefore = await kpi(regulator, 'accidents');
    await regulator.goto(statsUrl);
    const generalBefore = await statisticsRow(regulator, A.grade.general);

    // The enterprise reports through its menu and the form: its own place is taken from the enterprise.
    const officer = await signedIn('enterprise');
    await officer.getByRole('navigation', { name: zh.nav.main }).getByRole('link', { name: zh.nav.accidents, exact: true }).click();
    await officer.getByRole('link', { name: A.report }).click();
    await officer.getByLabel(A.fields.category, { exact: true }).click();
    await officer.keyboard.type('中毒');
    await officer.locator('.ant-select-item-option[title="19 中毒和窒息"]:visible').click();
    await officer.getByLabel(A.fields.deaths, { exact: true }).fill('1');
    await officer.getByLabel(A.fields.seriousInjuries, { exact: true }).fill('2');
    // 万元 on the screen: 150万元 is 1,500,000 yuan, below the 1000万元 of a 较大 accident.
    await officer.getByLabel(A.fields.directLossYuan, { exact: true }).fill('150');
    await officer.getByLabel(A.fields.description, { exact: true }).fill('罐区清罐作业时一名作业人员中毒');
    await officer.locator('form button[type=submit]').click();
    await officer.waitForURL(ACCIDENT_PATH);
    await visible(officer.getByText(screensZh.chain.title, { exact: false }));
    // The accident has its number, in the breadcrumb too; the unit's step is ticked with its time, the county's not.
    await visible(officer.locator('.ant-breadcrumb', { hasText: /事故-\d{4}-\d{4}/ }));
    await visible(officer.locator('[data-step=county] [data-state=reported]'));
    await visible(officer.locator('[data-step=city] [data-state=pending]'));
    await visible(officer.locator('.ant-tag', { hasText: A.grade.general }).first());
    expect(await officer.locator('.ant-steps-item').count()).toBe(2);

    // Two more deaths within the window: 较大, and the chain reaches the province.
    await officer.getByRole('button', { name: A.revise }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByLabel(A.fields.deaths, { exact: true }).fill('3');
    await dialog.locator('.ant-btn-primary').click();
    await visible(officer.locator('.ant-table-row', { hasText: A.grade.larger }));
    await visible(officer.getByText(`${A.level.city} → ${A.level.province}`));
    expect(await officer.locator('.ant-steps-item').count()).toBe(3);
    await visible(officer.getByText(A.authority.city));

    // The regulator's statistics and cockpit count it as 较大.
    await regulator.goto(statsUrl);
    expect(await statisticsRow(regulator, A.grade.general)).toBe(generalBefore);
    await regulator.goto(`${baseUrl()}/cockpit`);
    expect(await kpi(regulator, 'largerAccidents')).toBe(largerBefore + 1);
    expect(await kpi(regulator, 'accidents')).toBe(accidentsBefore + 1);
    await visible(regulator.locator('.cockpit-ticker-item', { hasText: '成都沱江化工有限公司' }).first());
  });
});
