import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  /** The last lines the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`server not healthy after ${timeoutMs / 1000} s:\n${output()}`);
}

/**
 * Starts `node bin/anquan.js start` on a free port with a fresh data directory and the demo city, and
 * waits until GET /api/health answers 200.
 */
export async function startServer(repoRoot: string, options: { healthTimeoutMs?: number } = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'anquan-e2e-'));
  const env: NodeJS.ProcessEnv = {
    // The process needs a PATH and a HOME to run tools such as the embedded database.
    ...(process.env['PATH'] ? { PATH: process.env['PATH'] } : {}),
    ...(process.env['HOME'] ? { HOME: process.env['HOME'] } : {}),
    ...(process.env['TMPDIR'] ? { TMPDIR: process.env['TMPDIR'] } : {}),
    ...(process.env['LANG'] ? { LANG: process.env['LANG'] } : {}),
    PORT: String(port),
    ANQUAN_DATA_DIR: dataDir,
    ANQUAN_MQTT_PORT: '0',
    ANQUAN_ADMIN_PASSWORD: 'Admin@12345',
    ANQUAN_DEMO: '1',
    ...(process.env['ANQUAN_DATABASE_URL'] ? { ANQUAN_DATABASE_URL: process.env['ANQUAN_DATABASE_URL'] } : {}),
  };
  const child = spawn(process.execPath, ['bin/anquan.js', 'start'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const output = () => lines.slice(-60).join('\n');
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timedOut = await Promise.race([
        exited(child).then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 30_000)),
      ]);
      if (timedOut) {
        child.kill('SIGKILL');
        await exited(child);
      }
    }
    if (!process.env['E2E_KEEP_DATA']) await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, output, options.healthTimeoutMs ?? 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, output, stop };
}
