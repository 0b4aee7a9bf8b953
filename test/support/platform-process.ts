import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { removeServerData } from '../../server/db/embedded-postgres-root.ts';
import { freePort } from '../../server/http/ports.ts';

/** The platform as a user runs it: `bin/anquan.js start` in its own process, with its own data directory. */
export interface PlatformProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const bin = path.join(root, 'bin/anquan.js');
/** The Node.js flags on bin/anquan.js's first line (`#!/usr/bin/env -S node <flags>`; docs/adr/0028). */
const nodeFlags = readFileSync(bin, 'utf8').split('\n', 1)[0]!.split(/\s+/).slice(3);

export async function newDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'anquan-e2e-'));
}

export interface StartOptions {
  dataDir?: string;
  env?: Record<string, string>;
  /** `anquan` (default): bin/anquan.js as its first line runs it; `npm`: `npm start`, as the README says. */
  via?: 'anquan' | 'npm';
}

export async function startPlatformProcess(options: StartOptions = {}): Promise<PlatformProcess> {
  const dataDir = options.dataDir ?? (await newDataDir());
  const port = await freePort();
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    ANQUAN_DATA_DIR: dataDir,
    ANQUAN_MQTT_PORT: '0',
    ANQUAN_ADMIN_PASSWORD: 'Jinjiang#Safe-26',
    ANQUAN_LOG_LEVEL: 'warn',
    // Always the embedded PostgreSQL unless a caller says otherwise: never seed demo data into a shared server.
    ANQUAN_DATABASE_URL: '',
    ...options.env,
  };
  const child =
    options.via === 'npm'
      ? spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(process.execPath, [...nodeFlags, bin, 'start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const done = await Promise.race([exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 250))]);
    if (done) throw new Error(`the platform exited during start-up:\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the platform did not become healthy within 90 s:\n${output}`);
    }
  }
  return { url, dataDir, child, output: () => output, exited };
}

/** SIGTERM, then SIGKILL after 30 s; resolves with the exit code. */
export async function stopPlatformProcess(p: PlatformProcess, options: { removeData?: boolean } = {}): Promise<number | null> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 30_000);
  const code = await p.exited;
  clearTimeout(timer);
  if (options.removeData && !process.env.E2E_KEEP_DATA) await removeDataDir(p.dataDir);
  return code;
}

/** Removes a data directory, with the PostgreSQL cluster it links to when root had to place that elsewhere. */
export async function removeDataDir(dataDir: string): Promise<void> {
  await removeServerData(path.join(dataDir, 'pg'));
  await rm(dataDir, { recursive: true, force: true });
}

/** The server serves web/dist: (re)build it when missing or stale, as `npm start` and `npm test` do. */
export function ensureWebBuild() {
  execFileSync(process.execPath, [path.join(root, 'scripts/ensure-web-build.mjs')], { cwd: root, stdio: 'inherit' });
}

export async function loginToken(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}
