import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { connect, withDatabase, type Db } from '../../server/db/database.ts';
import { buildApp, type AppOptions } from '../../server/http/app.ts';
import { directoryStorage } from '../../server/storage/file-storage.ts';

/**
 * A real server on a loopback port with its own database, copied from the migrated template.
 * No part of the platform is mocked: requests go over HTTP through every hook, schema and query.
 */
export interface TestApp {
  url: string;
  db: Db;
  app: FastifyInstance;
  /** fetch against the server; `token` adds a bearer header, an object body is sent as JSON. */
  request(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<TestResponse>;
  /** A platform restart on the same database: the server is closed and a new one built (new port, fresh memory). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
}

async function createDatabase(serverUrl: string, name: string, template: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  admin.on('error', () => undefined);
  await admin.connect();
  try {
    // Concurrent copies of one template can collide on its lock; a short retry settles it.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (error) {
        if (attempt >= 20 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
}

async function dropDatabase(serverUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  admin.on('error', () => undefined);
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => admin.end());
}

/** `options`: app settings a test changes (e.g. a small `loginThrottle`, the trusted proxies and public origin, ingestion's group commit, the city, notification channels). */
export async function createTestApp(options: Pick<AppOptions, 'loginThrottle' | 'web' | 'ingest' | 'city' | 'notificationChannels'> = {}): Promise<TestApp> {
  const serverUrl = inject('serverUrl');
  const name = `${inject('databasePrefix')}${randomBytes(4).toString('hex')}`;
  await createDatabase(serverUrl, name, inject('templateDatabase'));
  const db = connect(withDatabase(serverUrl, name), { max: 10 });
  const uploads = await mkdtemp(path.join(os.tmpdir(), 'anquan-uploads-'));
  const start = async () => {
    const app = await buildApp({ db, storage: directoryStorage(uploads), logger: false, serveWeb: false, ...options });
    await app.listen({ port: 0, host: '127.0.0.1' });
    // What start-platform does before the first reading arrives.
    await app.alarms.restoreAll();
    const address = app.server.address();
    return { app, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
  };
  const first = await start();

  const testApp: TestApp = {
    ...first,
    db,
    async request(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      let body: string | undefined;
      if (options.body !== undefined) {
        body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(`${testApp.url}${path}`, { method, headers, body });
      const text = await response.text();
      let parsed: unknown = undefined;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: response.status, headers: response.headers, body: parsed, text };
    },
    async restart() {
      await testApp.app.close();
      Object.assign(testApp, await start());
    },
    async close() {
      await testApp.app.close();
      await db.destroy();
      await dropDatabase(serverUrl, name);
      await rm(uploads, { recursive: true, force: true });
    },
  };
  return testApp;
}
