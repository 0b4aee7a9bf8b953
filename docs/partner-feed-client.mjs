#!/usr/bin/env node
// A partner's sync loop for one change feed of Anquan (docs/adr/0037): plain Node.js 20 fetch, no packages.
//
//   ANQUAN_URL=https://anquan.example.gov.cn ANQUAN_PARTNER_SECRET=anqp_… node docs/partner-feed-client.mjs hazards
//
// It prints each change as one JSON line and keeps the last nextCursor in ./<domain>.cursor, so a restart
// continues where it stopped: nothing is missed and nothing repeats. Apply changes by id (upsert the record, delete
// on op "delete"); `record` is the record as it is now. Stop with Ctrl-C.
import { readFile, rename, writeFile } from 'node:fs/promises';

const domain = process.argv[2] ?? 'hazards';
const base = process.env.ANQUAN_URL ?? 'http://127.0.0.1:3000';
const secret = process.env.ANQUAN_PARTNER_SECRET;
if (!secret) throw new Error('set ANQUAN_PARTNER_SECRET to the secret the administrator issued');
const cursorFile = `${domain}.cursor`;
const idleMs = 5_000;

let cursor = await readFile(cursorFile, 'utf8').then((s) => s.trim() || undefined, () => undefined);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

for (;;) {
  const url = new URL(`/api/v1/${domain}/changes`, base);
  url.searchParams.set('limit', '200');
  if (cursor) url.searchParams.set('cursor', cursor);
  const res = await fetch(url, { headers: { authorization: `Bearer ${secret}` } });
  if (res.status === 429) {
    // Over the client's rate: wait as long as the server says.
    await sleep(Number(res.headers.get('retry-after') ?? 60) * 1000);
    continue;
  }
  if (!res.ok) {
    // 400 on `cursor`: the saved cursor is damaged — delete the .cursor file to sync again from the beginning.
    // 410 on `cursor`: older than the retained change log (docs/adr/0041): delete the .cursor file, sync again from
    // the beginning, and drop the records that sync no longer returns.
    // 401: the secret was rotated or revoked. 404: this client has no such feed.
    throw new Error(`${res.status} ${await res.text()}`);
  }
  const page = await res.json();
  for (const change of page.items) console.log(JSON.stringify(change));
  // Save after handling the page: a crash in between repeats at most this page, which applying by id absorbs.
  cursor = page.nextCursor;
  // Write then rename: a client stopped mid-write keeps its previous cursor rather than an empty file (which
  // would sync again from the beginning).
  await writeFile(`${cursorFile}.tmp`, cursor);
  await rename(`${cursorFile}.tmp`, cursorFile);
  if (page.items.length === 0) await sleep(idleMs);
}
