import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const script = path.join(path.dirname(new URL(import.meta.url).pathname), 'load.mjs');

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

export async function runLoad(url: string, options: { token?: string; connections?: number; seconds?: number; pages?: number } = {}): Promise<LoadResult> {
  const { stdout } = await run(process.execPath, [
    script,
    url,
    options.token ?? '',
    String(options.connections ?? 50),
    String(options.seconds ?? 10),
    String(options.pages ?? 1),
  ]);
  return JSON.parse(stdout) as LoadResult;
}
