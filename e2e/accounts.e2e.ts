import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import en from '../web/src/i18n/en.json';
import zh from '../web/src/i18n/zh-CN.json';
import accountZh from '../web/src/features/account/account.zh-CN.json';
import adminZh from '../web/src/features/admin/admin.zh-CN.json';
import sharingZh from '../web/src/features/sharing/sharing.zh-CN.json';
import { screenshotter, visible } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { logIn } from './support/ui.ts';

const shoot = screenshotter(fileURLToPath(new URL('./screenshots', import.meta.url)));

/** A screenshot once tables have loaded and modals and messages stopped moving. */
async function snap(page: Page, name: string) {
  await page.waitForFunction(
    () =>
      !document.querySelector('.ant-spin-spinning, [class*="-appear-active"], [class*="-enter-active"], [class*="-leave-active"]') &&
      [...document.querySelectorAll('.ant-spin-container')].every((e) => getComputedStyle(e).opacity === '1'),
    undefined,
    { timeout: 15_000 },
  );
  await shoot(page, name);
}
const ADMIN_PASSWORD = 'Jinjiang#Safe-26';

/** antd spaces out two-character Chinese button texts ("编 辑"). */
const spaced = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/** Switches the interface language the way a user does, through the stored choice, and reloads. */
async function inLanguage(page: Page, language: 'zh-CN' | 'en') {
  await page.evaluate((l) => localStorage.setItem('anquan.language', l), language);
  await page.reload();
}

describe('accounts administered from the screens', () => {
  const journey = useJourney();

  it('an admin resets a password; the user must choose a new one before anything else; the new screens in both languages', async () => {
    const admin = await journey.newPage();
    await admin.goto(`${journey.baseUrl()}/login`);
    await logIn(admin, zh, 'admin', ADMIN_PASSWORD);
    await admin.waitForURL((url) => !url.pathname.endsWith('/login'));

    await admin.goto(`${journey.baseUrl()}/admin/users?role=expert`);
    const row = admin.locator('tr', { hasText: 'expert' }).first();
    await visible(row);
    await snap(admin, 'accounts-users-zh');
    await row.getByRole('button', { name: spaced(adminZh.users.resetPassword) }).click();
    await admin.getByLabel(adminZh.users.temporaryPassword).fill('Temp-Jinjiang-Bridge-7');
    await snap(admin, 'accounts-reset-password-zh');
    await admin.locator('.ant-modal-footer .ant-btn-dangerous').first().click();
    await admin.locator('.ant-modal-confirm .ant-btn-dangerous').click();
    await visible(row.getByText(adminZh.users.status.mustChange));

    await row.getByRole('button', { name: spaced(adminZh.users.edit) }).click();
    await visible(admin.getByTestId('user-edit-form'));
    await snap(admin, 'accounts-user-edit-zh');
    await admin.keyboard.press('Escape');

    await admin.goto(`${journey.baseUrl()}/admin/departments`);
    await visible(admin.getByText('成都市应急管理局').first());
    await snap(admin, 'accounts-departments-zh');
    await admin.getByRole('row', { name: /成都市住房和城乡建设局/ }).getByRole('button', { name: spaced(adminZh.departments.edit) }).click();
    await visible(admin.getByTestId('department-edit-form'));
    await snap(admin, 'accounts-department-edit-zh');
    await admin.keyboard.press('Escape');

    // The sharing screens load with their texts: a webhook is created and its secret shown once.
    await admin.goto(`${journey.baseUrl()}/admin/webhooks`);
    await admin.getByRole('button', { name: sharingZh.webhooks.create }).click();
    await admin.locator('#url').fill('https://provincial.example.gov.cn/hooks/anquan');
    await admin.getByLabel(sharingZh.events['alarm.opened']).check();
    await admin.locator('.ant-modal-footer .ant-btn-primary').click();
    await visible(admin.getByText(sharingZh.secret.warning));
    await admin.getByTestId('secret-saved').click();
    await visible(admin.getByText('https://provincial.example.gov.cn/hooks/anquan'));

    await inLanguage(admin, 'en');
    await visible(admin.getByText('Departments').first());
    await snap(admin, 'accounts-departments-en');
    await admin.goto(`${journey.baseUrl()}/admin/users`);
    await visible(admin.getByText('Deactivate').first());
    await snap(admin, 'accounts-users-en');
    await admin.goto(`${journey.baseUrl()}/account/sessions`);
    await visible(admin.getByText('This session'));
    await snap(admin, 'accounts-my-sessions-en');
    await admin.goto(`${journey.baseUrl()}/account/password`);
    await visible(admin.getByTestId('change-password-form'));
    await snap(admin, 'accounts-change-password-en');
    await inLanguage(admin, 'zh-CN');
    await visible(admin.getByTestId('change-password-form'));
    await snap(admin, 'accounts-change-password-zh');
    await admin.goto(`${journey.baseUrl()}/account/sessions`);
    await visible(admin.getByText(accountZh.sessions.current));
    await snap(admin, 'accounts-my-sessions-zh');

    const expert = await journey.newPage();
    await expert.goto(`${journey.baseUrl()}/login`);
    await logIn(expert, zh, 'expert', 'Temp-Jinjiang-Bridge-7');
    const forced = expert.getByTestId('forced-password-change');
    await visible(forced);
    await snap(expert, 'accounts-forced-change-zh');
    await inLanguage(expert, 'en');
    await visible(expert.getByText(en.auth.logout));
    await snap(expert, 'accounts-forced-change-en');
    await expert.locator('#currentPassword').fill('Temp-Jinjiang-Bridge-7');
    await expert.locator('#newPassword').fill('river tea house morning');
    await expert.locator('#confirm').fill('river tea house morning');
    await expert.locator('[data-testid=change-password-form] button[type=submit]').click();
    await forced.waitFor({ state: 'detached', timeout: 15_000 });
    await expert.getByTestId('user-menu').waitFor({ state: 'visible', timeout: 15_000 });
  });
});
