import { sql } from 'kysely';
import type { FeedDomain, ChangesQuery } from '../../core/partners/partner.schema.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import { presentAccident } from '../accidents/accident.presenter.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/errors.ts';
import { presentHazard } from '../hazards/hazard.presenter.ts';
import { presentInspection } from '../inspections/inspection.presenter.ts';
import { inspectionQuery } from '../inspections/inspection.repository.ts';
import { presentAlarm } from '../monitoring/alarm.presenter.ts';
import { alarmsByIds } from '../monitoring/alarm.repository.ts';
import { presentEnterprise } from '../organisations/enterprise.service.ts';
import { inScope } from '../organisations/scope-condition.ts';
import { decodeCursor, encodeCursor, positionAfter, START, type FeedPosition } from './feed-cursor.ts';

const CITY: Scope = { kind: 'city' };

/** Each domain's records by id, as its own API presents them (the feed's scope check is on the log row). */
const loaders: Record<FeedDomain, (db: Db, ids: string[], now: Date) => Promise<Map<string, unknown>>> = {
  enterprises: async (db, ids) => {
    const rows = await db.selectFrom('enterprises').selectAll().where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, presentEnterprise(r)]));
  },
  hazards: async (db, ids, now) => {
    const rows = await db
      .selectFrom('hazards')
      .innerJoin('enterprises', 'enterprises.id', 'hazards.enterprise_id')
      .selectAll('hazards')
      .select('enterprises.name as enterprise_name')
      .where('hazards.id', 'in', ids)
      .execute();
    return new Map(rows.map((r) => [r.id, presentHazard(r, now)]));
  },
  alarms: async (db, ids) => new Map((await alarmsByIds(db, ids)).map((r) => [r.id, presentAlarm(r)])),
  inspections: async (db, ids) => new Map((await inspectionQuery(db, CITY).where('i.id', 'in', ids).execute()).map((r) => [r.id, presentInspection(r)])),
  accidents: async (db, ids) => {
    const rows = await db
      .selectFrom('accidents')
      .leftJoin('enterprises', 'enterprises.id', 'accidents.enterprise_id')
      .selectAll('accidents')
      .select('enterprises.name as enterprise_name')
      .where('accidents.id', 'in', ids)
      .execute();
    return new Map(rows.map((r) => [r.id, presentAccident(r)]));
  },
};

/**
 * A cursor before the highest deletion the retention job removed (docs/adr/0041) may have missed it: 410, resync
 * from the beginning. Read in the page's snapshot, so a trim that commits during the call is seen by both checks
 * or by neither.
 */
async function refuseTrimmedCursor(tx: Db, domain: FeedDomain, from: FeedPosition) {
  const { rows } = await sql<{ xid: string; seq: string; at: Date }>`SELECT xid::text AS xid, seq::text AS seq, at FROM change_log_trimmed WHERE domain = ${domain}`.execute(tx);
  const trimmed = rows[0];
  if (!trimmed || !positionAfter({ xid: BigInt(trimmed.xid), seq: BigInt(trimmed.seq) }, from)) return;
  const why = `older than the retained change log: changes after it were trimmed (${trimmed.at.toISOString()})`;
  throw new AppError('GONE', `cursor: ${why}. Resync from the beginning: call without a cursor, upsert every record it returns by id, drop the ones it no longer returns, then follow nextCursor`, [
    { path: 'cursor', message: why },
  ]);
}

export interface ChangeItem {
  id: string;
  op: 'insert' | 'update' | 'delete';
  changedAt: string;
  record: unknown;
}

/**
 * The changes of `domain` after the cursor, within `scope`, in the order of the log behind the horizon
 * (docs/adr, change feeds): only rows of transactions older than every running one, ordered by (xid, seq). A
 * transaction still open holds the horizon back, so what it writes comes in a later page, never skipped; the
 * cursor is past everything handed out, so nothing repeats.
 *
 * One REPEATABLE READ snapshot serves the page, the horizon, the end of the log and the records, so they agree.
 */
export async function readChanges(db: Db, scope: Scope, domain: FeedDomain, query: ChangesQuery, now = new Date()) {
  const from = query.cursor === undefined ? START : await decodeCursor(db, domain, query.cursor);
  const { items, last } = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      if (query.cursor !== undefined) await refuseTrimmedCursor(tx, domain, from);
      const { rows } = await sql<{ xid: string; seq: string; entity_id: string; op: ChangeItem['op']; changed_at: Date }>`
        SELECT change_log.xid::text AS xid, change_log.seq::text AS seq, change_log.entity_id, change_log.op, change_log.changed_at
        FROM change_log
        WHERE change_log.domain = ${domain}
          AND (change_log.xid, change_log.seq) > (${from.xid.toString()}::xid8, ${from.seq.toString()}::bigint)
          AND change_log.xid < pg_snapshot_xmin(pg_current_snapshot())
          AND ${inScope(scope, 'change_log')}
        ORDER BY change_log.xid, change_log.seq
        LIMIT ${query.limit}`.execute(tx);
      let last: FeedPosition = from;
      const lastRow = rows.at(-1);
      if (lastRow) last = { xid: BigInt(lastRow.xid), seq: BigInt(lastRow.seq) };
      if (rows.length < query.limit) {
        // The page ended the visible log within the scope: move past rows outside it too, so the next call
        // does not scan them again.
        const { rows: tail } = await sql<{ xid: string; seq: string }>`
          SELECT xid::text AS xid, seq::text AS seq FROM change_log
          WHERE domain = ${domain} AND xid < pg_snapshot_xmin(pg_current_snapshot())
          ORDER BY xid DESC, seq DESC LIMIT 1`.execute(tx);
        const end = tail[0] && { xid: BigInt(tail[0].xid), seq: BigInt(tail[0].seq) };
        if (end && positionAfter(end, last)) last = end;
      }
      const live = [...new Set(rows.filter((r) => r.op !== 'delete').map((r) => r.entity_id))];
      const records = live.length > 0 ? await loaders[domain](tx, live, now) : new Map<string, unknown>();
      const items: ChangeItem[] = rows.map((r) => ({
        id: r.entity_id,
        op: r.op,
        changedAt: r.changed_at.toISOString(),
        record: r.op === 'delete' ? null : (records.get(r.entity_id) ?? null),
      }));
      return { items, last };
    });
  return { items, nextCursor: await encodeCursor(db, domain, last) };
}
