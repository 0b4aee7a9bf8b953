import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = path.dirname(new URL(import.meta.url).pathname);

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  token?: string;
  connections?: number;
  seconds?: number;
  /** Walk `&page=1…pages` so that not every request reads the same rows. */
  pages?: number;
}

/** wrk (C, from Debian's `wrk` package) costs the two shared cores far less than a Node load generator. */
function hasWrk(): boolean {
  if (process.env.BENCH_LOADGEN === 'autocannon') return false;
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk --version exits 1 after printing its version.
    return (error as { status?: number }).status === 1;
  }
}

export const loadGenerator = (): 'wrk' | 'autocannon' => (hasWrk() ? 'wrk' : 'autocannon');

/** Runs one load in its own process (never in the server's event loop) and returns its figures. */
export async function runLoad(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const connections = options.connections ?? 50;
  const seconds = options.seconds ?? 10;
  if (loadGenerator() === 'wrk') {
    const { stdout } = await run('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', path.join(here, 'wrk-load.lua'), url], {
      env: { ...process.env, BENCH_PAGES: String(options.pages ?? 1), BENCH_TOKEN: options.token ?? '' },
    });
    const line = stdout.trim().split('\n').reverse().find((l) => l.startsWith('{'));
    if (!line) throw new Error(`wrk printed no result:\n${stdout}`);
    return JSON.parse(line) as LoadResult;
  }
  const { stdout } = await run(process.execPath, [
    path.join(here, 'load.mjs'),
    url,
    options.token ?? '',
    String(connections),
    String(seconds),
    String(options.pages ?? 1),
  ]);
  return JSON.parse(stdout) as LoadResult;
}
