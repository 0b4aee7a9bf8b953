// Before `npm test`: the browser tests (e2e/) drive Debian's Chromium. Install it when it is missing and this user
// may (root with apt-get), otherwise stop with one line saying what to run. Plain JavaScript: it runs before
// anything else is set up. The path is the one e2e/support/browser.ts launches.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';

/**
 * What to do, from what the machine offers: `ok`, `install` (apt-get as root) or `fail` with the one line to print.
 * @param {{ chromiumPath: string, explicit: boolean, found: boolean, root: boolean, apt: boolean }} machine
 * @returns {{ action: 'ok' } | { action: 'install' } | { action: 'fail', line: string }}
 */
export function chromiumPlan(machine) {
  if (machine.found) return { action: 'ok' };
  if (machine.explicit) return { action: 'fail', line: `npm test: no Chromium at ${machine.chromiumPath} (E2E_CHROMIUM); point E2E_CHROMIUM at a Chromium binary or unset it to use Debian's` };
  if (machine.root && machine.apt) return { action: 'install' };
  if (machine.apt) return { action: 'fail', line: `npm test needs Debian's Chromium for the browser tests: run \`sudo sh -c '${INSTALL}'\`, then npm test again` };
  return { action: 'fail', line: `npm test needs Chromium for the browser tests: install it and set E2E_CHROMIUM=/path/to/chromium, then npm test again` };
}

function onPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function main() {
  const chromiumPath = process.env.E2E_CHROMIUM || DEFAULT_CHROMIUM;
  const plan = chromiumPlan({
    chromiumPath,
    explicit: !!process.env.E2E_CHROMIUM,
    found: existsSync(chromiumPath),
    root: process.getuid?.() === 0,
    apt: onPath('apt-get'),
  });
  if (plan.action === 'ok') return;
  if (plan.action === 'fail') {
    console.error(plan.line);
    process.exit(1);
  }
  console.log(`Installing Debian's chromium for the browser tests (${INSTALL})…`);
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } catch {
    console.error(`npm test: installing chromium failed (apt-get's message is above); run \`${INSTALL}\` by hand, then npm test again`);
    process.exit(1);
  }
  if (!existsSync(chromiumPath)) {
    console.error(`npm test: apt-get installed chromium but there is no ${chromiumPath}; set E2E_CHROMIUM to its binary`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
