import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { enterpriseInput } from '../test/support/factories.ts';
import { loginToken, newDataDir, startPlatformProcess, stopPlatformProcess, type PlatformProcess } from '../test/support/platform-process.ts';
import { spawnSync } from 'node:child_process';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const postmasterPid = async (dataDir: string) => Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);

const running: PlatformProcess[] = [];
afterAll(async () => {
  for (const p of running) await stopPlatformProcess(p);
});

describe.skipIf(!!process.env.ANQUAN_DATABASE_URL)('platform lifecycle with the embedded PostgreSQL', () => {
  it('recovers after kill -9, keeps acknowledged writes, and stops cleanly on SIGTERM', async () => {
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
    const orphan = await postmasterPid(dataDir);

    first.child.kill('SIGKILL');
    await first.exited;
    expect(isAlive(orphan)).toBe(true); // PostgreSQL outlives its parent…

    const second = await startPlatformProcess({ dataDir, env: { ANQUAN_DEMO: '0' } }); // …and the next start takes over.
    running.push(second);
    expect(isAlive(orphan)).toBe(false);
    const token2 = await loginToken(second.url, 'admin', 'Jinjiang#Safe-26');
    const found = await fetch(`${second.url}/api/v1/enterprises/${id}`, { headers: { authorization: `Bearer ${token2}` } });
    expect(found.status).toBe(200);

    const server = await postmasterPid(dataDir);
    expect(await stopPlatformProcess(second)).toBe(0);
    expect(isAlive(server)).toBe(false);
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
