/**
 * Issue 12 §4 figure: JavaScript transferred before the sign-in page is usable (goal < 300 kB compressed),
 * and before the hazard list is usable after signing in — counted by Chromium itself (DevTools protocol:
 * encodedDataLength of every script response, i.e. compressed body plus headers) against the built platform
 * started as `anquan start` with the demo city. Run: npm run bench:web-transfer (BENCH_USER=… to sign in as
 * another demo user; default regulator).
 */
import { launchBrowser } from '../e2e/support/browser.ts';
import { measureFirstVisit, totalDecoded, totalTransferred, type ScriptTransfer } from '../e2e/support/script-transfer.ts';
import { ensureWebBuild, startPlatformProcess, stopPlatformProcess } from '../test/support/platform-process.ts';

const USER = process.env['BENCH_USER'] ?? 'regulator';
const GOAL = 300_000;

const kB = (bytes: number) => `${(bytes / 1000).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB`;

function row(label: string, scripts: readonly ScriptTransfer[]): string {
  const encodings = [...new Set(scripts.map((s) => s.encoding || 'identity'))].join(', ') || '—';
  return `| ${label} | ${kB(totalTransferred(scripts))} | ${kB(totalDecoded(scripts))} | ${scripts.length} | ${encodings} |`;
}

function files(label: string, scripts: readonly ScriptTransfer[]): void {
  console.log(`\n${label}:`);
  for (const s of [...scripts].sort((a, b) => b.transferred - a.transferred)) {
    console.log(`  ${s.path.padEnd(56)} ${kB(s.transferred).padStart(10)} over the wire, ${kB(s.decoded).padStart(10)} decoded`);
  }
}

ensureWebBuild();
const server = await startPlatformProcess({ env: { ANQUAN_DEMO: '1' } });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const visit = await measureFirstVisit(await context.newPage(), server.url, USER, 'Demo@2026');
  await context.close();

  console.log(`Signed in as ${USER}; Chromium ${browser.version()}; empty cache.\n`);
  console.log('| Step | JavaScript transferred | decoded | files | encoding |');
  console.log('|---|---|---|---|---|');
  console.log(row('link to /hazards while signed out → sign-in page usable', visit.login));
  console.log(row('sign in → hazard list usable (additional)', visit.hazardList));
  console.log(row('first visit, total', [...visit.login, ...visit.hazardList]));
  console.log(row('later visit to /hazards (cache warm)', visit.revisit));
  files('Sign-in page', visit.login);
  files('After signing in, to the hazard list', visit.hazardList);
  const login = totalTransferred(visit.login);
  console.log(`\n${login < GOAL ? 'PASS' : 'FAIL'}: sign-in page ${kB(login)} of JavaScript transferred (goal < ${kB(GOAL)})`);
} finally {
  await browser.close();
  await stopPlatformProcess(server, { removeData: true });
}
