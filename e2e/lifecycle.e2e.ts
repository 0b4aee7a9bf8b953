import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive } from '../server/db/embedded-postgres.ts';
import { enterpriseInput } from '../test/support/factories.ts';
import { loginToken, newDataDir, removeDataDir, startPlatformProcess, stopPlatformProcess, type PlatformProcess } from '../test/support/platform-process.ts';
import { waitFor } from '../test/support/wait-for.ts';
import { spawnSync } from 'node:child_process';

const postmasterPid = async (dataDir: string) => Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
/** The Node.js process that runs the platform (it writes its pid beside the data directory's PostgreSQL). */
const platformPid = async (dataDir: string) => Number((await readFile(path.join(dataDir, 'pg-owner.pid'), 'utf8')).trim());
const gone = (pid: number, what: string) => waitFor(() => !isAlive(pid), { timeoutMs: 30_000, intervalMs: 100, what });

const running: PlatformProcess[] = [];
afterAll(async () => {
  for (const p of running) await stopPlatformProcess(p);
  if (!process.env.E2E_KEEP_DATA) for (const p of running) await removeDataDir(p.dataDir);
});

describe.skipIf(!!process.env.ANQUAN_DATABASE_URL)('platform lifecycle with the embedded PostgreSQL', () => {
  it('takes its PostgreSQL down with it when killed with SIGKILL', async () => {
    const p = await startPlatformProcess({ env: { ANQUAN_DEMO: '0' } });
    running.push(p);
    const postmaster = await postmasterPid(p.dataDir);
    expect(isAlive(postmaster)).toBe(true);

    p.child.kill('SIGKILL');
    await p.exited;
    await gone(postmaster, `PostgreSQL ${postmaster} to stop after its platform was killed`);
    // A fast shutdown, not a crash: the server removed its pid file on the way out.
    expect(existsSync(path.join(p.dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('keeps acknowledged writes through a kill -9, and stops cleanly on SIGTERM', async () => {
    const dataDir = await newDataDir();
    const first = await startPlatformProcess({ dataDir, env: { ANQUAN_DEMO: '0' } });
    running.push(first);
    const token = await loginToken(first.url, 'admin', 'Jinjiang#Safe-26');
    const created = await fetch(`${first.url}/api/v1/enterprises`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(enterpriseInput()),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    first.child.kill('SIGKILL');
    await first.exited;
    const second = await startPlatformProcess({ dataDir, env: { ANQUAN_DEMO: '0' } });
    running.push(second);
    const token2 = await loginToken(second.url, 'admin', 'Jinjiang#Safe-26');
    const found = await fetch(`${second.url}/api/v1/enterprises/${id}`, { headers: { authorization: `Bearer ${token2}` } });
    expect(found.status).toBe(200);

    const server = await postmasterPid(dataDir);
    expect(await stopPlatformProcess(second)).toBe(0);
    expect(isAlive(server)).toBe(false);
  });

  it('under npm start, a SIGTERM to npm stops the platform and its PostgreSQL before npm ends', async () => {
    const p = await startPlatformProcess({ via: 'npm', env: { ANQUAN_DEMO: '0' } });
    running.push(p);
    const platform = await platformPid(p.dataDir);
    const postmaster = await postmasterPid(p.dataDir);
    expect(platform).not.toBe(p.child.pid); // npm runs the platform in a process of its own

    p.child.kill('SIGTERM'); // to npm alone, as a supervisor that knows only the process it started does
    expect(await p.exited).toBe(0);
    expect(isAlive(platform)).toBe(false);
    expect(isAlive(postmaster)).toBe(false);
  });

  it('verifies the audit trail from the CLI while the platform runs', async () => {
    const p = await startPlatformProcess();
    running.push(p);
    // Run as an executable, through its first line (`env -S node <flags>`), as `npm start` and `npx anquan` do.
    const verify = spawnSync('bin/anquan.js', ['audit', 'verify'], {
      env: { ...process.env, ANQUAN_DATA_DIR: p.dataDir, ANQUAN_LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    expect(verify.stdout).toMatch(/^OK: \d+ audit events/);
    expect(verify.status).toBe(0);
    expect((await fetch(`${p.url}/api/health`)).status).toBe(200);
  });
});

describe('start-up configuration', () => {
  it('prints every configuration problem and exits 1', () => {
    const result = spawnSync(process.execPath, ['bin/anquan.js', 'start'], {
      env: { ...process.env, PORT: 'eighty', ANQUAN_DEMO: 'maybe' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('ANQUAN_DEMO');
  });
});
