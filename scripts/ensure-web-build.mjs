// Builds the web app (web/dist) when it is missing, unfinished or older than its sources, so that `npm start`
// and `npm test` work straight after `npm install`. Plain JavaScript: it runs before anything else is set up.
// The build ends by writing brotli / gzip files beside the assets (scripts/precompress.ts), index.html's last:
// index.html.br is the mark of a finished build, so a build stopped before its compressed files is redone.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const built = path.join(root, 'web/dist/index.html.br');
const sources = ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'scripts/precompress.ts', 'core', 'package-lock.json'].map((p) => path.join(root, p));

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((name) => newest(path.join(p, name))));
}

if (!existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.map(newest))) {
  console.log('Building the web app (web/dist)…');
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // A production build whoever asks: started from a test runner (NODE_ENV=test) Vite would bundle React's
    // development build, twice the size (the web-transfer budget caught it).
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
