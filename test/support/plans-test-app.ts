import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { registerAuthentication } from '../../server/auth/authenticate.ts';
import { connect, withDatabase } from '../../server/db/database.ts';
import { checklistRoutes } from '../../server/hazards/checklist.routes.ts';
import { planRoutes } from '../../server/hazards/plan.routes.ts';
import { taskRoutes } from '../../server/hazards/task.routes.ts';
import { buildApp } from '../../server/http/app.ts';
import { directoryStorage } from '../../server/storage/file-storage.ts';
import type { TestApp } from './test-app.ts';

/**
 * TEMPORARY: createTestApp (test-app.ts) plus the checklist, plan and task routes in their own /api/v1 context,
 * until server/http/app.ts registers them. Then delete this file and import createTestApp instead.
 */

async function admin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(serverUrl: string, name: string, template: string) {
  await admin(serverUrl, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (error) {
        if (attempt >= 20 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
}

export async function createTestApp(): Promise<TestApp> {
  const serverUrl = inject('serverUrl');
  const name = `${inject('databasePrefix')}${randomBytes(4).toString('hex')}`;
  await createDatabase(serverUrl, name, inject('templateDatabase'));
  const db = connect(withDatabase(serverUrl, name), { max: 10 });
  const uploads = await mkdtemp(path.join(os.tmpdir(), 'anquan-uploads-'));
  const app = await buildApp({ db, storage: directoryStorage(uploads), logger: false, serveWeb: false });
  await app.register(
    async (api) => {
      registerAuthentication(api, db);
      await api.register(checklistRoutes(db));
      await api.register(planRoutes(db));
      await api.register(taskRoutes(db));
    },
    { prefix: '/api/v1' },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    url,
    db,
    app,
    async request(method, urlPath, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      let body: string | undefined;
      if (options.body !== undefined) {
        body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(`${url}${urlPath}`, { method, headers, body });
      const text = await response.text();
      let parsed: unknown = undefined;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: response.status, headers: response.headers, body: parsed, text };
    },
    async close() {
      await app.close();
      await db.destroy();
      await admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      await rm(uploads, { recursive: true, force: true });
    },
  };
}
