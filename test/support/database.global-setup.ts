import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect, withDatabase } from '../../server/db/database.ts';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.ts';
import { removeServerData } from '../../server/db/embedded-postgres-root.ts';
import { migrate } from '../../server/db/migrate.ts';

/**
 * One PostgreSQL server for the API tests: the machine's (ANQUAN_DATABASE_URL) or an embedded one. A
 * migrated template database is made once; every test file gets its own copy of it (test/support/test-app.ts).
 */

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
    /** Every test database starts with it, so that teardown finds them all. */
    databasePrefix: string;
  }
}

export default async function setup(project: TestProject) {
  let serverUrl = process.env.ANQUAN_DATABASE_URL;
  let stopServer = async () => undefined as void;
  if (!serverUrl) {
    const dir = path.resolve('.tmp/test-postgres');
    await removeServerData(path.join(dir, 'pg')); // with the cluster it links to when root had to place it elsewhere
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const server = await startEmbeddedPostgres(path.join(dir, 'pg'), () => undefined);
    serverUrl = server.url;
    stopServer = server.stop;
  }
  const template = `anquan_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  // A dropped idle connection must not take the whole run down (an unhandled 'error' event would).
  admin.on('error', (error) => console.warn(`test database setup connection: ${error.message}`));
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const db = connect(withDatabase(serverUrl, template), { max: 1 });
  await migrate(db);
  await db.destroy();

  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', template);
  project.provide('databasePrefix', `anquan_test_${process.pid}_`);

  return async () => {
    // A fresh connection for the clean-up: the run may have outlived any connection opened at the start.
    const admin = new pg.Client({ connectionString: serverUrl });
    admin.on('error', () => undefined);
    await admin.connect();
    const leftovers = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [template, `anquan_test_${process.pid}_%`],
    );
    for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
    await stopServer();
  };
}
