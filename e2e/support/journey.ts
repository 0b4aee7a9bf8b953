import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import zh from '../../web/src/i18n/zh-CN.json';
import { ensureWebBuild, startPlatformProcess, stopPlatformProcess, type PlatformProcess } from '../../test/support/platform-process.ts';
import { launchBrowser } from './browser.ts';
import { logIn } from './ui.ts';

/**
 * One browser journey's world: the platform started as `anquan start` with the demo city, a Chromium, and
 * a fresh browser context (its own cookies) per page. Call at the top of a describe block.
 */
export function useJourney() {
  let server: PlatformProcess | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebBuild();
    server = await startPlatformProcess({ env: { ANQUAN_DEMO: '1' } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    if (server) await stopPlatformProcess(server, { removeData: true });
  });

  const baseUrl = () => {
    if (!server) throw new Error('server not started');
    return server.url;
  };

  async function newPage(viewport = { width: 1440, height: 900 }): Promise<Page> {
    if (!browser) throw new Error('browser not started');
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    contexts.push(context);
    return context.newPage();
  }

  /** A page signed in as a demo user (password Demo@2026). */
  async function signedIn(username: string, viewport?: { width: number; height: number }): Promise<Page> {
    const page = await newPage(viewport);
    await page.goto(`${baseUrl()}/login`);
    await logIn(page, zh, username, 'Demo@2026');
    await page.waitForURL((url) => !url.pathname.endsWith('/login'));
    return page;
  }

  return { baseUrl, newPage, signedIn };
}
