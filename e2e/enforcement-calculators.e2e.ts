import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zh from '../web/src/i18n/zh-CN.json';
import calc from '../web/src/features/enforcement/enforcement-calculators.zh-CN.json';
import calendar from '../web/src/features/calendar/calendar-admin.zh-CN.json';
import { screenshotter, visible } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { logIn } from './support/ui.ts';

const { baseUrl, newPage, signedIn } = useJourney();
const snap = screenshotter(fileURLToPath(new URL('./screenshots', import.meta.url)));

async function typeDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

describe('enforcement calculators and the working-day calendar', () => {
  it('lets an inspector compute a daily penalty, a surcharge and a deadline over the National Day week', async () => {
    const page = await signedIn('inspector');
    await page.goto(`${baseUrl()}/inspections`);
    await page.getByRole('link', { name: zh.nav.enforcementCalculators }).click();
    await page.waitForURL(/\/inspections\/calculators$/);

    const penalty = page.getByTestId('daily-penalty');
    await penalty.getByLabel(calc.dailyPenalty.fine, { exact: true }).fill('50000');
    await typeDate(page, calc.dailyPenalty.orderedOn, '2026-03-01');
    await typeDate(page, calc.dailyPenalty.correctedOn, '2026-03-04');
    await penalty.locator('button[type=submit]').click();
    await visible(page.getByTestId('daily-penalty-result'));
    expect(await page.getByTestId('daily-penalty-result').innerText()).toContain('150,000.00');

    const surcharge = page.getByTestId('late-surcharge');
    await surcharge.getByLabel(calc.surcharge.fine, { exact: true }).fill('0.50');
    await typeDate(page, calc.surcharge.dueOn, '2026-03-15');
    await typeDate(page, calc.surcharge.paidOn, '2026-03-16');
    await surcharge.locator('button[type=submit]').click();
    await visible(page.getByTestId('late-surcharge-result'));
    expect(await page.getByTestId('late-surcharge-result').innerText()).toContain('0.02');

    const days = page.getByTestId('working-days');
    await typeDate(page, calc.workingDays.from, '2026-09-30');
    await days.getByLabel(calc.workingDays.count, { exact: true }).fill('3');
    await days.locator('button[type=submit]').click();
    await visible(page.getByTestId('working-days-result'));
    expect(await page.getByTestId('working-days-result').innerText()).toContain('2026-10-10');
    await snap(page, 'enforcement-calculators');

    // A year without its notice: the reason, in Chinese, naming the year.
    await typeDate(page, calc.workingDays.from, '2026-12-30');
    await days.getByLabel(calc.workingDays.count, { exact: true }).fill('5');
    await days.locator('button[type=submit]').click();
    await visible(days.getByTestId('submit-error'));
    expect(await days.getByTestId('submit-error').innerText()).toContain('2027');
  });

  it('lets the administrator enter next year’s notice, which the calculator then uses', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/login`);
    await logIn(page, zh, 'admin', 'Jinjiang#Safe-26');
    await page.waitForURL((url) => !url.pathname.endsWith('/login'));
    await page.getByRole('navigation', { name: zh.nav.main }).getByRole('link', { name: zh.nav.calendar, exact: true }).click();
    await page.waitForURL(/\/admin\/calendar$/);
    await visible(page.locator('.ant-table-row', { hasText: '2026' }));

    await page.getByRole('button', { name: calendar.enter }).click();
    const dialog = page.getByRole('dialog');
    await visible(dialog);
    await dialog.getByLabel(calendar.year, { exact: true }).fill('2027');
    await dialog.getByLabel(calendar.notice, { exact: true }).fill('国务院办公厅关于2027年部分节假日安排的通知（演示）');
    await dialog.getByLabel(calendar.holidays, { exact: true }).fill('2027-01-01 元旦\n2027-02-06 ~ 2027-02-12 春节');
    await dialog.getByLabel(calendar.workdays, { exact: true }).fill('2027-02-20 春节');
    await snap(page, 'calendar-year-form');
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await visible(page.locator('.ant-table-row', { hasText: calendar.sources.admin }));
    await snap(page, 'calendar-years');
  });
});
