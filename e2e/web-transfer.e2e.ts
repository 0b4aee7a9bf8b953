import { describe, expect, it } from 'vitest';
import zh from '../web/src/i18n/zh-CN.json';
import { visible } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { hazardListUsable, measureFirstVisit, totalTransferred } from './support/script-transfer.ts';

const { baseUrl, newPage, signedIn } = useJourney();

/** JavaScript over the wire before the sign-in page is usable (issue 12: < 300 kB compressed; ADR 0035). */
const LOGIN_BUDGET_BYTES = 300_000;
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('the web app as a browser gets it', () => {
  it('shows the sign-in page for under 300 kB of brotli JavaScript, with no charts, map or feature pages', async () => {
    const visit = await measureFirstVisit(await newPage(), baseUrl(), 'regulator', 'Demo@2026');
    const login = visit.login.map((s) => s.path);

    expect(totalTransferred(visit.login)).toBeLessThan(LOGIN_BUDGET_BYTES);
    expect(login.filter((path) => /\/(echarts|antd|zod|app-layout)-|\.page-|district-map/.test(path))).toEqual([]);
    for (const script of [...visit.login, ...visit.hazardList]) {
      expect(script.encoding, script.path).toBe('br');
      expect(script.cacheControl, script.path).toBe(IMMUTABLE);
    }
    // The list's own chunk arrives on navigation; the list draws no chart, so echarts stays away.
    const afterSignIn = visit.hazardList.map((s) => s.path);
    expect(afterSignIn.some((path) => /\/hazard-list\.page-/.test(path))).toBe(true);
    expect(afterSignIn.some((path) => /\/echarts-/.test(path))).toBe(false);
    // Coming back, every script comes from the browser's cache.
    expect(totalTransferred(visit.revisit)).toBe(0);
  });

  it('shows a skeleton under the header and menu while a page\'s code is on its way', async () => {
    const page = await signedIn('regulator');
    // The home page is on screen first, so the skeleton must replace a shown page, not a loading one.
    await visible(page.getByRole('heading', { name: zh.overview.title }));
    const statisticsChunk = /\/assets\/statistics\.page-[^/]+\.js$/;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(statisticsChunk, async (route) => {
      await held;
      await route.continue();
    });

    await page.getByRole('navigation', { name: zh.nav.main }).getByRole('link', { name: zh.nav.statistics, exact: true }).click();
    await visible(page.locator('[data-testid=page-loading] .ant-skeleton'));
    await visible(page.getByRole('navigation', { name: zh.nav.main }));

    release();
    await visible(page.getByRole('heading', { name: zh.statistics.title }));
    expect(await page.locator('[data-testid=page-loading]').count()).toBe(0);
  });

  it("offers a reload when a page's code is gone after a release, and the reload brings the page", async () => {
    const page = await signedIn('regulator');
    const hazardListChunk = /\/assets\/hazard-list\.page-[^/]+\.js$/;
    await page.route(hazardListChunk, (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{}' }));

    await page.getByRole('navigation', { name: zh.nav.main }).getByRole('link', { name: zh.nav.hazards, exact: true }).click();
    const offer = page.getByRole('alert').filter({ hasText: zh.app.chunkFailedTitle });
    await visible(offer);
    // The header and menu stay: only the page's own place shows the offer.
    await visible(page.getByRole('navigation', { name: zh.nav.main }));

    await page.unroute(hazardListChunk);
    await offer.getByRole('button').click();
    await hazardListUsable(page);
    expect(new URL(page.url()).pathname).toBe('/hazards');
  });
});
