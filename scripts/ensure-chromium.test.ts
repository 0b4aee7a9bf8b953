import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'ensure-chromium.mjs');
const run = (env: Record<string, string>) => spawnSync(process.execPath, [script], { env: { ...process.env, ...env }, encoding: 'utf8' });

describe('the test command’s Chromium check', () => {
  it('passes silently when the Chromium it names is there', () => {
    const result = run({ E2E_CHROMIUM: process.execPath });
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
  });

  it('stops with one line naming the missing binary and what to do', () => {
    const result = run({ E2E_CHROMIUM: '/nonexistent/chromium' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('no Chromium at /nonexistent/chromium')]);
  });
});
