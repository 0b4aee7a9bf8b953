import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from './precompress.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('precompressDirectory', () => {
  it('writes brotli and gzip files that decompress to each text asset, and leaves images alone', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'anquan-precompress-'));
    await mkdir(path.join(dir, 'assets'));
    const script = `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, name: `隐患 ${i}` })))};\n`;
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
    await writeFile(path.join(dir, 'assets', 'page-Ab12.js'), script);
    await writeFile(path.join(dir, 'assets', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    await precompressDirectory(dir);

    const js = path.join(dir, 'assets', 'page-Ab12.js');
    expect(brotliDecompressSync(await readFile(`${js}.br`)).toString()).toBe(script);
    expect(gunzipSync(await readFile(`${js}.gz`)).toString()).toBe(script);
    expect((await stat(`${js}.br`)).size).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(await readFile(path.join(dir, 'index.html.br'))).toString()).toContain('<div id="root">');
    expect((await readdir(path.join(dir, 'assets'))).sort()).toEqual(['logo.png', 'page-Ab12.js', 'page-Ab12.js.br', 'page-Ab12.js.gz']);
  });

  it('writes the shell last, so its .br marks a finished build', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'anquan-precompress-'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html>');
    for (let i = 0; i < 20; i++) await writeFile(path.join(dir, `chunk-${i}.js`), 'x'.repeat(50_000 + i));

    await precompressDirectory(dir);

    const shell = (await stat(path.join(dir, 'index.html.br'))).mtimeMs;
    for (let i = 0; i < 20; i++) expect((await stat(path.join(dir, `chunk-${i}.js.br`))).mtimeMs).toBeLessThanOrEqual(shell);
  });
});
