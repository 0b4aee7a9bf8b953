import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompressDirectory } from '../scripts/precompress.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/** Brotli and gzip files beside every asset, written once at build time (docs/adr/0035). */
function precompress(): Plugin {
  return {
    name: 'anquan-precompress',
    apply: 'build',
    async writeBundle(options) {
      if (options.dir) await precompressDirectory(options.dir);
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every browser the app targets knows modulepreload; the polyfill would only add bytes to the entry.
    modulePreload: { polyfill: false },
    // echarts (≈ 710 kB) and the first page's vendor chunk (≈ 600 kB) are large by nature; what counts is the
    // brotli size of the first page, which e2e/web-transfer.e2e.ts holds under a budget.
    chunkSizeWarningLimit: 800,
    // Chunks (docs/adr/0035): pages are split by route (web/src/app/router.tsx); node_modules go into a few
    // long-lived chunks so a release re-downloads app code only:
    // - react: React, ReactDOM and the router — the first page needs them, they change seldom;
    // - vendor: the other libraries the first page (login) needs — antd's core, i18next, TanStack Query;
    // - antd: the rest of the UI kit (tables, pickers, trees…), fetched with the first signed-in page;
    // - echarts: charts and the map, fetched only by the pages that draw them;
    // - zod: the core's schemas, fetched by the pages that use them.
    // The rest (app code shared by several pages) is split automatically.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 50 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 40 },
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 30 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|dayjs)[\\/]/, priority: 20 },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
