import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, cp, lstat, mkdir, readdir, readFile, readlink, realpath, rename, rm, rmdir, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { StartupError } from '../platform/startup-error.ts';

/**
 * PostgreSQL refuses to run as root, so a platform started by root runs it as the `postgres` OS user
 * (docs/adr/0030-embedded-postgresql-under-root-and-its-lifetime.md). That user must reach the binaries and the
 * data directory; a checkout under /root or a data directory under a `mktemp -d` directory (mode 700) is out of
 * its reach. We never loosen the modes of the user's own directories: what it cannot reach is copied (the
 * binaries) or placed (a new cluster) under ROOT_RUNTIME_DIR, a directory root owns and every user may enter.
 */

const run = promisify(execFile);

export const ROOT_RUNTIME_DIR = '/var/lib/anquan';
/** New clusters whose data directory the server user cannot reach: `<id>/pg`, linked from `<data dir>/pg`. */
export const RELOCATED_CLUSTERS_DIR = path.join(ROOT_RUNTIME_DIR, 'clusters');

export interface Binaries {
  initdb: string;
  postgres: string;
}

export interface ServerUser {
  uid: number;
  gid: number;
}

/** The OS user PostgreSQL runs as: `postgres` (created if missing) when we are root; none otherwise. */
export async function serverUser(): Promise<ServerUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await run('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres']);
    return ids();
  }
}

const modeOf = (mode: number) => (mode & 0o777).toString(8).padStart(3, '0');

/**
 * The first directory on the way to `target` (its ancestors, not `target` itself) that `user` may not enter, with
 * its mode; undefined when every one lets it through. Node starts a child under another uid with its
 * supplementary groups cleared, so only the user's own uid and gid count. Symbolic links are followed.
 */
export async function blockedAt(target: string, user: ServerUser): Promise<{ dir: string; mode: string } | undefined> {
  const parent = await realpath(path.dirname(path.resolve(target)));
  const dirs: string[] = [];
  for (let dir = parent; ; dir = path.dirname(dir)) {
    dirs.unshift(dir);
    if (dir === path.dirname(dir)) break;
  }
  for (const dir of dirs) {
    const s = await stat(dir);
    const bit = s.uid === user.uid ? 0o100 : s.gid === user.gid ? 0o010 : 0o001;
    if ((s.mode & bit) === 0) return { dir, mode: modeOf(s.mode) };
  }
  return undefined;
}

/** Whether `user` can run `postgres --version` from these binaries (reach them, load their libraries, exec). */
function runsAs(bin: Binaries, user: ServerUser): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(bin.postgres, ['--version'], { uid: user.uid, gid: user.gid, cwd: '/', stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Creates `dir` (and missing parents) owned by root with mode 755, whatever the umask. */
async function publicDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
}

/**
 * Binaries the server user can run: the package's own, or — when it cannot reach them (a checkout under /root)
 * — a copy of the package's tree in ROOT_RUNTIME_DIR/postgresql-<version>, made once per version.
 */
export async function runnableBinaries(bin: Binaries, user: ServerUser, log: (line: string) => void): Promise<Binaries> {
  if (await runsAs(bin, user)) return bin;
  const tree = path.resolve(path.dirname(bin.postgres), '..'); // native/{bin,lib,share}
  const version = await readFile(path.join(tree, '..', 'package.json'), 'utf8').then(
    (text) => String((JSON.parse(text) as { version?: unknown }).version ?? 'unknown'),
    () => 'unknown',
  );
  const copy = path.join(ROOT_RUNTIME_DIR, `postgresql-${version.replace(/[^\w.-]/g, '_')}`);
  const copied: Binaries = { initdb: path.join(copy, 'bin', path.basename(bin.initdb)), postgres: path.join(copy, 'bin', path.basename(bin.postgres)) };
  const blocked = await blockedAt(bin.postgres, user).catch(() => undefined);
  const why = blocked ? `${blocked.dir} is ${blocked.mode}` : 'it may not run them there';
  if (!(await runsAs(copied, user))) {
    log(`the postgres user cannot run the PostgreSQL binaries in ${tree} (${why}): copying them to ${copy}`);
    try {
      await publicDir(ROOT_RUNTIME_DIR);
      const staging = `${copy}.${randomBytes(4).toString('hex')}.tmp`;
      await cp(tree, staging, { recursive: true, verbatimSymlinks: true });
      await chmod(staging, 0o755);
      // Another start may have copied the same version meanwhile: the first rename wins, both copies are equal.
      await rename(staging, copy).catch(async (error: unknown) => {
        await rm(staging, { recursive: true, force: true });
        if (!['EEXIST', 'ENOTEMPTY'].includes(errorCode(error) ?? '')) throw error;
      });
    } catch (error) {
      throw new StartupError(`As root, PostgreSQL runs as the postgres user, which cannot run the binaries in ${tree} (${why}), and copying them to ${copy} failed (${(error as Error).message}): put the checkout where that user can reach it, or run Anquan as another user`);
    }
    if (!(await runsAs(copied, user))) {
      throw new StartupError(`As root, PostgreSQL runs as the postgres user, which can run the binaries neither in ${tree} (${why}) nor in ${copy}: check that ${ROOT_RUNTIME_DIR} is on a file system that allows executables, or run Anquan as another user`);
    }
  }
  return copied;
}

async function kindOf(p: string): Promise<'missing' | 'link' | 'dir' | 'other'> {
  try {
    const s = await lstat(p);
    return s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'dir' : 'other';
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    throw error;
  }
}

/** The cluster a relocated data directory links to, when `link` points into RELOCATED_CLUSTERS_DIR. */
async function relocatedTarget(link: string): Promise<string | undefined> {
  if ((await kindOf(link)) !== 'link') return undefined;
  const target = path.resolve(path.dirname(link), await readlink(link));
  return path.dirname(path.dirname(target)) === RELOCATED_CLUSTERS_DIR ? target : undefined;
}

/**
 * The directory to give PostgreSQL as its data directory when it runs as `user`: `dir` itself when that user can
 * reach it; otherwise, for a new cluster, RELOCATED_CLUSTERS_DIR/<id>/pg, with `dir` made a symbolic link to it.
 * An existing cluster out of its reach is not moved: that fails with one line naming the path and the fix.
 */
export async function serverDataDirectory(dir: string, user: ServerUser, log: (line: string) => void): Promise<string> {
  const dataDir = path.dirname(dir);
  const kind = await kindOf(dir);
  if (kind === 'link') {
    const target = path.resolve(dataDir, await readlink(dir));
    const blocked = await blockedAt(target, user).catch(() => undefined);
    if (blocked) throw new StartupError(`The PostgreSQL data directory ${dir} links to ${target}, but the postgres user cannot enter ${blocked.dir} (mode ${blocked.mode}): let it reach ${target}, or run Anquan as another user`);
    return target;
  }
  if (kind === 'other') throw new StartupError(`${dir} is not a directory: remove it, or set ANQUAN_DATA_DIR to another directory`);
  await mkdir(dataDir, { recursive: true });
  const blocked = await blockedAt(dir, user);
  if (!blocked) return dir;
  if (kind === 'dir') {
    // Only an empty directory (a failed first start) may be replaced by a link; a cluster stays where it is.
    if ((await readdir(dir)).length > 0) {
      throw new StartupError(`As root, PostgreSQL runs as the postgres user, which cannot enter ${blocked.dir} (mode ${blocked.mode}) on the way to the data directory ${dir}: move ${dataDir} to a directory it can reach (e.g. ${ROOT_RUNTIME_DIR}/data) and set ANQUAN_DATA_DIR to it, or run Anquan as another user`);
    }
    await rmdir(dir);
  }
  const home = path.join(RELOCATED_CLUSTERS_DIR, randomBytes(6).toString('hex'));
  const target = path.join(home, 'pg');
  try {
    await publicDir(ROOT_RUNTIME_DIR);
    await publicDir(RELOCATED_CLUSTERS_DIR);
    await mkdir(home, { mode: 0o755 });
    await chmod(home, 0o755);
    await writeFile(path.join(home, 'data-directory'), `${dataDir}\n`);
    const parentBlocked = await blockedAt(target, user);
    if (parentBlocked) throw new Error(`the postgres user cannot enter ${parentBlocked.dir} (mode ${parentBlocked.mode})`);
    await symlink(target, dir);
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw new StartupError(`As root, PostgreSQL runs as the postgres user, which cannot enter ${blocked.dir} (mode ${blocked.mode}) on the way to ${dir}, and a cluster in ${RELOCATED_CLUSTERS_DIR} could not be made (${(error as Error).message}): set ANQUAN_DATA_DIR to a directory that user can reach, or run Anquan as another user`);
  }
  log(`the postgres user cannot enter ${blocked.dir} (mode ${blocked.mode}): the new database lives in ${target}, linked from ${dir}`);
  return target;
}

/** Removes a data directory's PostgreSQL files: `dir`, and the relocated cluster it links to, if any. */
export async function removeServerData(dir: string): Promise<void> {
  const target = await relocatedTarget(dir);
  if (target) await rm(path.dirname(target), { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
}
