import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Hashed build output: a name never changes meaning, so browsers and proxies keep it for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The shell and the unhashed public files: kept, but revalidated (ETag / Last-Modified) on every use. */
export const REVALIDATE = 'no-cache';

/** Vite writes hashed files only under assets/ (web/vite.config.ts); precompressed siblings count as theirs. */
function isHashedAsset(root: string, file: string): boolean {
  return path.relative(root, file).split(path.sep)[0] === 'assets';
}

/**
 * Serves the built web app (docs/adr/0035): the brotli or gzip file written at build time
 * (scripts/precompress.ts) per Accept-Encoding, with `Vary: Accept-Encoding`; hashed assets immutable for
 * a year, everything else revalidated, so a release is seen at the next page load.
 */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    index: false,
    preCompressed: true,
    // Nothing the build writes starts with a dot; any such file is not the app's to serve.
    dotfiles: 'ignore',
    // Cache-Control is set per file below rather than one max-age for all.
    cacheControl: false,
    setHeaders: (reply, file) => {
      reply.header('cache-control', isHashedAsset(root, file) ? IMMUTABLE : REVALIDATE);
    },
  });
  // The root is the app shell too (the static plugin refuses a bare directory).
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
}
