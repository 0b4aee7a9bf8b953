import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FeedDomain } from '../../core/partners/partner.schema.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/errors.ts';

/**
 * A feed position: the writing transaction's id (xid8, as decimal text) and the log's sequence within it.
 * On the wire it is opaque and signed, `base64url(json).base64url(hmac)`, so that a cursor this platform never
 * issued — edited, made up, or taken from another domain's feed — is refused rather than silently misread.
 */
export interface FeedPosition {
  xid: bigint;
  seq: bigint;
}

export const START: FeedPosition = { xid: 0n, seq: 0n };

export const positionAfter = (a: FeedPosition, b: FeedPosition) => a.xid > b.xid || (a.xid === b.xid && a.seq > b.seq);

const keys = new WeakMap<Db, Promise<string>>();

/** The signing key, made once by the migration (feed_cursor_key), read once per process. */
function keyOf(db: Db): Promise<string> {
  let key = keys.get(db);
  if (!key) {
    key = db.selectFrom('feed_cursor_key').select('key').executeTakeFirstOrThrow().then((r) => r.key);
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

const mac = (key: string, payload: string) => createHmac('sha256', key).update(payload).digest().subarray(0, 18).toString('base64url');

export async function encodeCursor(db: Db, domain: FeedDomain, p: FeedPosition): Promise<string> {
  const payload = Buffer.from(JSON.stringify({ d: domain, x: p.xid.toString(), s: p.seq.toString() })).toString('base64url');
  return `${payload}.${mac(await keyOf(db), payload)}`;
}

const notIssued = (why: string) =>
  new AppError('VALIDATION_FAILED', `cursor: ${why}; pass back a nextCursor exactly as this feed issued it, or no cursor to start from the beginning`, [
    { path: 'cursor', message: why },
  ]);

export async function decodeCursor(db: Db, domain: FeedDomain, cursor: string): Promise<FeedPosition> {
  const [payload, signature, ...rest] = cursor.split('.');
  if (!payload || !signature || rest.length > 0) throw notIssued('not a cursor issued by this feed');
  const expected = Buffer.from(mac(await keyOf(db), payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw notIssued('not a cursor issued by this feed');
  let parsed: { d?: unknown; x?: unknown; s?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof parsed;
  } catch {
    throw notIssued('not a cursor issued by this feed');
  }
  if (parsed.d !== domain) throw notIssued(`a cursor of the ${String(parsed.d)} feed, not of ${domain}`);
  if (typeof parsed.x !== 'string' || typeof parsed.s !== 'string' || !/^\d{1,20}$/.test(parsed.x) || !/^\d{1,20}$/.test(parsed.s)) {
    throw notIssued('not a cursor issued by this feed');
  }
  return { xid: BigInt(parsed.x), seq: BigInt(parsed.s) };
}
