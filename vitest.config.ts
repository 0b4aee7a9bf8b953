import { defineConfig } from 'vitest/config';

/**
 * Four projects, one runner:
 * - unit: pure core rules and server helpers (milliseconds each);
 * - api: the real server over HTTP against a real PostgreSQL (embedded, or ANQUAN_DATABASE_URL);
 * - web: React components in happy-dom;
 * - web-walk: every route as every role (web/src/app/route-walk.test.tsx), on React's production build, which
 *   draws the whole app a few times faster than the development build;
 * - e2e: the built platform started as `anquan start`, driven in Debian's Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['core/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/*.api.test.ts'] } },
      {
        test: {
          name: 'api',
          include: ['server/**/*.api.test.ts'],
          globalSetup: ['test/support/database.global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'web', include: ['web/src/**/*.test.tsx', 'web/src/**/*.test.ts'], exclude: ['web/src/app/route-walk.test.tsx'], environment: 'happy-dom' } },
      {
        oxc: { jsx: { runtime: 'automatic', development: false } },
        test: { name: 'web-walk', include: ['web/src/app/route-walk.test.tsx'], environment: 'happy-dom', env: { NODE_ENV: 'production' } },
      },
      { test: { name: 'e2e', include: ['e2e/**/*.e2e.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
