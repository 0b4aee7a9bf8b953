import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * The server serves web/dist; rebuild it when it is missing or older than the web sources or the core they
 * import, so the journey never runs against a stale bundle. E2E_SKIP_BUILD=1 trusts whatever is there.
 */
export async function ensureWebBuild(repoRoot: string): Promise<void> {
  if (process.env['E2E_SKIP_BUILD'] === '1') return;
  const built = join(repoRoot, 'web/dist/index.html');
  const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/public', 'core'].map((p) => join(repoRoot, p));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  await build({ configFile: join(repoRoot, 'web/vite.config.ts'), logLevel: 'warn' });
}
