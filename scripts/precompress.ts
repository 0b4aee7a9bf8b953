import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text the browser fetches; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map)$/;

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function compressOne(file: string): Promise<void> {
  const content = await readFile(file);
  const [br, gzipped] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gz(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  // .br last: for index.html it is the mark of a finished build.
  await writeFile(`${file}.gz`, gzipped);
  await writeFile(`${file}.br`, br);
}

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip -9) beside every compressible file of a
 * build, so the server sends them per Accept-Encoding without compressing per request (docs/adr/0035).
 * index.html goes last: its .br marks a finished build (scripts/ensure-web-build.mjs checks for it), so a build
 * interrupted half-way is never taken for a complete one.
 */
export async function precompressDirectory(directory: string): Promise<void> {
  const files = (await filesUnder(directory)).filter((f) => COMPRESSIBLE.test(f));
  const shell = path.join(directory, 'index.html');
  await Promise.all(files.filter((f) => f !== shell).map(compressOne));
  if (files.includes(shell)) await compressOne(shell);
}
