import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zh from '../web/src/i18n/zh-CN.json';
import { CONTENT_SECURITY_POLICY } from '../server/http/security-headers.ts';
import { visible } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { solidPng } from './support/png.ts';
import { logIn } from './support/ui.ts';

/**
 * Issue 12 §3: the Content-Security-Policy is one the app passes. Chromium reports every refusal as a
 * `securitypolicyviolation` event (and a console error); the journey fails on any.
 */

const { baseUrl, newPage } = useJourney();

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

/** Records CSP violations of every document the page loads, from the event and from Chromium's console line. */
async function watchViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeFunction('__reportCspViolation', (v: Violation) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: unknown) => void }).__reportCspViolation;
      void report({ directive: e.violatedDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}` });
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push({ directive: 'console', blocked: message.text(), source: message.location().url });
  });
  return violations;
}

describe('content security policy in Chromium', () => {
  it('signs in, opens the overview, hazards, the cockpit map and /api/docs without one violation', async () => {
    const page = await newPage();
    const violations = await watchViolations(page);
    // Every answer of the platform — documents, chunks loaded on demand, API, docs — says nosniff.
    const sniffable: string[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(baseUrl()) && response.headers()['x-content-type-options'] !== 'nosniff') sniffable.push(response.url());
    });

    const loginPage = await page.goto(`${baseUrl()}/login`);
    expect(loginPage?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(loginPage?.headers()['x-frame-options']).toBe('DENY');
    // The sign-in and every later write go through the Origin check with the browser's own headers.
    await logIn(page, zh, 'regulator', 'Demo@2026');
    await page.waitForURL(`${baseUrl()}/`);
    await visible(page.getByRole('heading', { name: zh.overview.title }));

    await page.goto(`${baseUrl()}/hazards`);
    await visible(page.locator('.ant-table-tbody tr.ant-table-row'));

    // The cockpit: the district map and the trend are ECharts canvases; the ticker is an EventSource.
    await page.goto(`${baseUrl()}/cockpit`);
    await visible(page.locator('.cockpit-main canvas'), 30_000);
    await visible(page.locator('.cockpit-kpis .ant-statistic, .cockpit-kpis .ant-card').first());

    await page.goto(`${baseUrl()}/api/docs/`);
    await visible(page.locator('.swagger-ui .opblock').first(), 30_000);

    expect(violations).toEqual([]);
    expect(sniffable).toEqual([]);
  });

  it('uploads a photo with its thumbnail preview, and signs out, without one violation', async () => {
    const page = await newPage();
    const violations = await watchViolations(page);
    await page.goto(`${baseUrl()}/login`);
    await logIn(page, zh, 'enterprise', 'Demo@2026');
    await page.waitForURL((url) => !url.pathname.endsWith('/login'));

    await page.goto(`${baseUrl()}/hazards/new`);
    await page
      .getByLabel(zh.hazard.fields.photos, { exact: true })
      .setInputFiles({ name: 'finding.png', mimeType: 'image/png', buffer: solidPng(64, 48, [200, 120, 40]) });
    await visible(page.locator('form#hazard .ant-upload-list-item-done'));
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('form#hazard .ant-upload-list-item-done img');
      return img !== null && img.complete && img.naturalWidth > 0;
    });

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: zh.auth.logout }).click();
    await page.waitForURL(/\/login$/);

    expect(violations).toEqual([]);
  });

  it('notices a violation: an injected inline script is refused and reported', async () => {
    const page = await newPage();
    const violations = await watchViolations(page);
    await page.goto(`${baseUrl()}/login`);
    await visible(page.getByLabel(zh.auth.username, { exact: true }));
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.some((v) => v.directive.startsWith('script-src')), { timeout: 10_000 }).toBe(true);
  });
});
