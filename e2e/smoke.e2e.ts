import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../web/src/i18n/en.json';
import zh from '../web/src/i18n/zh-CN.json';
import { hidden, screenshotter, visible } from './support/browser.ts';
import { randomCreditCode, withWrongCheckCharacter } from './support/credit-code.ts';
import { useJourney } from './support/journey.ts';
import { firstDistrict, logIn, pickTreeOption, someIndustryClass, spaced } from './support/ui.ts';

const { baseUrl, newPage } = useJourney();
const snap = screenshotter(fileURLToPath(new URL('./screenshots', import.meta.url)));
const UUID_PATH = /\/enterprises\/[0-9a-f-]{36}$/;




describe('web smoke journey', () => {

  it('lets an administrator find, open and register enterprises, switch to English and log out', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL(/\/login$/);
    await snap(page, 'login');
    await logIn(page, zh, 'admin', 'Jinjiang#Safe-26');
    await page.waitForURL(`${baseUrl()}/`);
    await visible(page.getByRole('heading', { name: zh.overview.title }));
    await snap(page, 'overview');

    // Enterprise list through the side menu.
    await page.getByRole('navigation', { name: zh.nav.main }).getByRole('link', { name: zh.nav.enterprises, exact: true }).click();
    await page.waitForURL(/\/enterprises$/);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await visible(rows);
    const firstName = (await rows.first().locator('td').first().innerText()).trim();
    expect(firstName.length).toBeGreaterThan(0);
    await snap(page, 'enterprise-list');

    // Search by name: the URL carries the query, so a reload shows the same result.
    const search = page.getByPlaceholder(zh.enterprise.list.searchPlaceholder);
    await search.fill(firstName);
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === firstName);
    await visible(rows.filter({ hasText: firstName }));
    await page.reload();
    await visible(rows.filter({ hasText: firstName }));
    expect(await search.inputValue()).toBe(firstName);
    await snap(page, 'enterprise-search');

    // Detail, with the change history an administrator may read.
    await rows.filter({ hasText: firstName }).first().getByRole('link', { name: firstName, exact: true }).click();
    await page.waitForURL(UUID_PATH);
    await visible(page.getByRole('heading', { name: firstName }));
    await visible(page.getByText(zh.enterprise.detail.basic, { exact: true }));
    await visible(page.getByText(zh.audit.title, { exact: true }));
    await snap(page, 'enterprise-detail');

    // Register a new enterprise; a wrong check character is caught first.
    await page.goto(`${baseUrl()}/enterprises`);
    await page.getByRole('link', { name: zh.enterprise.list.create }).click();
    await page.waitForURL(/\/enterprises\/new$/);
    const district = await firstDistrict(page, baseUrl());
    const industry = await someIndustryClass(page, baseUrl());
    const creditCode = randomCreditCode(district.code);
    const name = `E2E 测试企业 ${Date.now()}`;

    await page.getByLabel(zh.enterprise.fields.name, { exact: true }).fill(name);
    const creditCodeInput = page.getByLabel(zh.enterprise.fields.creditCode, { exact: true });
    await creditCodeInput.fill(withWrongCheckCharacter(creditCode));
    await page.locator('form#enterprise button[type=submit]').click();
    await visible(page.getByText(zh.enterprise.validation.creditCodeCheck, { exact: true }));
    await snap(page, 'credit-code-error');
    await creditCodeInput.fill(creditCode);
    await hidden(page.getByText(zh.enterprise.validation.creditCodeCheck, { exact: true }));

    await pickTreeOption(page, zh.enterprise.fields.industry, industry.code, `${industry.code} ${industry.name}`);
    await pickTreeOption(page, zh.enterprise.fields.region, district.name, district.name);
    await page.getByLabel(zh.enterprise.fields.employees, { exact: true }).fill('128');
    await page.getByLabel(zh.enterprise.fields.address, { exact: true }).fill(`${district.name}测试路 1 号`);
    await page.getByLabel(zh.enterprise.fields.lng, { exact: true }).fill('104.065735');
    await page.getByLabel(zh.enterprise.fields.lat, { exact: true }).fill('30.659462');
    await snap(page, 'enterprise-form');
    await page.locator('form#enterprise button[type=submit]').click();

    await page.waitForURL(UUID_PATH);
    await visible(page.getByRole('heading', { name }));
    await visible(page.getByText(creditCode, { exact: true }));
    await snap(page, 'enterprise-created');

    // English, and the choice outlives logging out.
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: en.language.en }).click();
    await visible(page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name: en.nav.enterprises, exact: true }));
    await visible(page.getByText(en.enterprise.detail.basic, { exact: true }));
    await visible(page.getByText(en.enterprise.fields.creditCode, { exact: true }));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await snap(page, 'english');

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: en.auth.logout }).click();
    await page.waitForURL(/\/login$/);
    await visible(page.getByRole('button', { name: en.auth.submit }));
    await snap(page, 'logged-out');
  });

  it('shows an enterprise user only their own enterprise', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/login`);
    await logIn(page, zh, 'enterprise', 'Demo@2026');
    await page.waitForURL(UUID_PATH);
    const ownId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await visible(page.getByRole('link', { name: spaced(zh.common.edit) }));
    await snap(page, 'enterprise-user');

    const menuLinks = page.getByRole('navigation', { name: zh.nav.main }).getByRole('link');
    expect(await menuLinks.allInnerTexts()).toEqual([zh.nav.myEnterprise, zh.nav.hazards, zh.nav.myTasks, zh.nav.plans, zh.nav.checklists, zh.nav.monitoring, zh.nav.risks, zh.nav.majorHazards, zh.nav.accidents, zh.nav.inspections, zh.nav.laws]);
    expect(await page.getByText(zh.audit.title, { exact: true }).count()).toBe(0);

    // The list route leads back to the own enterprise.
    await page.goto(`${baseUrl()}/enterprises`);
    await page.waitForURL(`${baseUrl()}/enterprises/${ownId}`);

    // The API agrees: the list is either scoped to the own enterprise or refused.
    const response = await page.request.get(`${baseUrl()}/api/v1/enterprises?page=1&pageSize=200`);
    if (response.status() === 200) {
      const { items } = (await response.json()) as { items: { id: string }[] };
      expect(items.map((item) => item.id)).toEqual([ownId]);
    } else {
      expect(response.status()).toBe(403);
    }

    // Only address, location and employees are editable.
    await page.goto(`${baseUrl()}/enterprises/${ownId}/edit`);
    await visible(page.getByLabel(zh.enterprise.fields.address, { exact: true }));
    expect(await page.getByLabel(zh.enterprise.fields.name, { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByLabel(zh.enterprise.fields.creditCode, { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByLabel(zh.enterprise.fields.employees, { exact: true }).isEnabled()).toBe(true);
    await snap(page, 'enterprise-user-edit');
  });
});
