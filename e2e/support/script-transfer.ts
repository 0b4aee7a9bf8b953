import type { CDPSession, Page } from 'playwright-core';
import zh from '../../web/src/i18n/zh-CN.json';
import { visible } from './browser.ts';
import { logIn } from './ui.ts';

/** One JavaScript file as the browser fetched it. */
export interface ScriptTransfer {
  /** Path on the server, e.g. `/assets/vendor-Ab12.js`. */
  path: string;
  /** Bytes over the wire (Chromium's encodedDataLength: the compressed body plus the response headers). */
  transferred: number;
  /** Bytes after decompression: what the browser parses. */
  decoded: number;
  /** Content-Encoding of the response ('' for none). */
  encoding: string;
  cacheControl: string;
  /** Served from the browser's cache, without a request to the server. */
  fromCache: boolean;
}

interface Pending {
  path: string;
  decoded: number;
  encoding: string;
  cacheControl: string;
  fromCache: boolean;
}

/**
 * Counts the JavaScript a page fetches, from Chromium's own network events (DevTools protocol), in
 * phases: `measure(action)` runs an action (navigate, sign in…) and returns every script requested
 * during it, once each has finished loading.
 */
export class ScriptMeter {
  private readonly pending = new Map<string, Pending>();
  private readonly finished = new Map<string, ScriptTransfer>();
  private phase = new Set<string>();

  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<ScriptMeter> {
    const cdp = await page.context().newCDPSession(page);
    const meter = new ScriptMeter(cdp);
    cdp.on('Network.requestWillBeSent', (e) => {
      const url = new URL(e.request.url);
      // Scripts only: API calls and the event stream (which never finishes) are not what is counted.
      if (e.type !== 'Script' && !/\.m?js$/.test(url.pathname)) return;
      meter.pending.set(e.requestId, { path: url.pathname, decoded: 0, encoding: '', cacheControl: '', fromCache: false });
      meter.phase.add(e.requestId);
    });
    cdp.on('Network.requestServedFromCache', (e) => {
      const p = meter.pending.get(e.requestId);
      if (p) p.fromCache = true;
    });
    cdp.on('Network.responseReceived', (e) => {
      const p = meter.pending.get(e.requestId);
      if (!p) return;
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      p.encoding = headers['content-encoding'] ?? '';
      p.cacheControl = headers['cache-control'] ?? '';
      p.fromCache ||= e.response.fromDiskCache === true || e.response.fromPrefetchCache === true;
    });
    cdp.on('Network.dataReceived', (e) => {
      const p = meter.pending.get(e.requestId);
      if (p) p.decoded += e.dataLength;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const p = meter.pending.get(e.requestId);
      if (!p) return;
      meter.pending.delete(e.requestId);
      meter.finished.set(e.requestId, { ...p, transferred: p.fromCache ? 0 : e.encodedDataLength });
    });
    cdp.on('Network.loadingFailed', (e) => meter.pending.delete(e.requestId));
    await cdp.send('Network.enable');
    return meter;
  }

  /** Runs `action`, waits until every request it started has finished, and returns its scripts. */
  async measure(action: () => Promise<void>, timeoutMs = 30_000): Promise<ScriptTransfer[]> {
    this.phase = new Set();
    await action();
    const deadline = Date.now() + timeoutMs;
    while ([...this.phase].some((id) => this.pending.has(id))) {
      if (Date.now() > deadline) throw new Error(`requests still loading after ${timeoutMs} ms: ${[...this.phase].filter((id) => this.pending.has(id)).map((id) => this.pending.get(id)?.path).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return [...this.phase].flatMap((id) => this.finished.get(id) ?? []);
  }

  async detach(): Promise<void> {
    await this.cdp.detach();
  }
}

export const totalTransferred = (scripts: readonly ScriptTransfer[]) => scripts.reduce((sum, s) => sum + s.transferred, 0);
export const totalDecoded = (scripts: readonly ScriptTransfer[]) => scripts.reduce((sum, s) => sum + s.decoded, 0);

/** The sign-in page is usable: its form is shown and its button can be pressed. */
export async function loginUsable(page: Page): Promise<void> {
  await visible(page.getByLabel(zh.auth.username, { exact: true }));
  await page.locator('form#login button[type=submit]:not([disabled])').waitFor({ state: 'visible', timeout: 15_000 });
}

/** The hazard list is usable: its table shows rows. */
export async function hazardListUsable(page: Page): Promise<void> {
  await visible(page.locator('.ant-table-tbody tr.ant-table-row'), 30_000);
}

export interface FirstVisit {
  /** Opening a link to the hazard list while signed out, until the sign-in form is usable. */
  login: ScriptTransfer[];
  /** Signing in, until the hazard list it leads back to is usable. */
  hazardList: ScriptTransfer[];
  /** A later visit to the hazard list in the same browser (assets cached). */
  revisit: ScriptTransfer[];
}

/**
 * A user's first visit with an empty cache, as the figure in docs/benchmarks.md counts it: follow a link
 * to the hazard list while signed out (→ the sign-in page), sign in (→ back to the list), then come back
 * later in a new tab of the same browser.
 */
export async function measureFirstVisit(page: Page, baseUrl: string, username: string, password: string): Promise<FirstVisit> {
  const meter = await ScriptMeter.attach(page);
  const login = await meter.measure(async () => {
    await page.goto(`${baseUrl}/hazards`);
    await page.waitForURL(/\/login$/);
    await loginUsable(page);
  });
  const hazardList = await meter.measure(async () => {
    await logIn(page, zh, username, password);
    await page.waitForURL(/\/hazards$/);
    await hazardListUsable(page);
  });
  await meter.detach();

  const later = await page.context().newPage();
  const laterMeter = await ScriptMeter.attach(later);
  const revisit = await laterMeter.measure(async () => {
    await later.goto(`${baseUrl}/hazards`);
    await hazardListUsable(later);
  });
  await laterMeter.detach();
  await later.close();
  return { login, hazardList, revisit };
}
