import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

const DAY_MS = 86_400_000;

export interface TrimResult {
  /** Rows removed: superseded changes and deletions. */
  deleted: number;
  /** Deletions among them, each of which moved its domain's trimmed position. */
  deletions: number;
}

/**
 * The `trim-change-log` job (docs/adr/0041): removes, in batches of `batch` rows (each its own short transaction),
 * change-log rows older than `days` that no partner needs any more —
 * - a change superseded by a later row of the same record with the same scope paths: the later row brings the
 *   record's current state and comes after it in (xid, seq) order, so every cursor before the first is before the
 *   second too, and a sync from the beginning still gets every live record once;
 * - a deletion: the record is gone; a partner whose cursor is before it must resync, so the highest trimmed
 *   deletion of each domain is kept in change_log_trimmed, where the feed compares cursors with it (410).
 * The latest row of every live record is never removed.
 */
export async function trimChangeLog(db: Db, now: Date, days: number, batch = 5000): Promise<TrimResult> {
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  // The last row old enough (seq follows time closely): the scan below stops there, not at the end of the log.
  const bound = await db.selectFrom('change_log').select('seq').where('changed_at', '<', cutoff).orderBy('changed_at', 'desc').limit(1).executeTakeFirst();
  if (!bound) return { deleted: 0, deletions: 0 };
  let after = '0';
  let deleted = 0;
  let deletions = 0;
  for (;;) {
    const removed = await db.transaction().execute(async (tx) => {
      const { rows } = await sql<{ seq: string; domain: string; xid: string; op: string }>`
        WITH victims AS (
          SELECT c.seq FROM change_log c
          WHERE c.seq > ${after}::bigint AND c.seq <= ${bound.seq}::bigint AND c.changed_at < ${cutoff}
            AND (c.op = 'delete' OR EXISTS (
              SELECT 1 FROM change_log n
              WHERE n.entity_id = c.entity_id AND n.domain = c.domain AND (n.xid, n.seq) > (c.xid, c.seq)
                AND n.region_path = c.region_path AND n.industry_path = c.industry_path))
          ORDER BY c.seq
          LIMIT ${batch}
        )
        DELETE FROM change_log d USING victims v WHERE d.seq = v.seq
        RETURNING d.seq::text AS seq, d.domain, d.xid::text AS xid, d.op`.execute(tx);
      const gone = new Map<string, { xid: bigint; seq: bigint }>();
      for (const r of rows) {
        if (r.op !== 'delete') continue;
        const p = { xid: BigInt(r.xid), seq: BigInt(r.seq) };
        const top = gone.get(r.domain);
        if (!top || p.xid > top.xid || (p.xid === top.xid && p.seq > top.seq)) gone.set(r.domain, p);
      }
      for (const [domain, p] of gone) {
        await sql`
          INSERT INTO change_log_trimmed AS t (domain, xid, seq, at) VALUES (${domain}, ${p.xid.toString()}::xid8, ${p.seq.toString()}::bigint, ${now})
          ON CONFLICT (domain) DO UPDATE SET xid = excluded.xid, seq = excluded.seq, at = excluded.at
          WHERE (excluded.xid, excluded.seq) > (t.xid, t.seq)`.execute(tx);
      }
      return { rows: rows.length, deletions: rows.filter((r) => r.op === 'delete').length, last: rows.reduce((m, r) => (BigInt(r.seq) > BigInt(m) ? r.seq : m), after) };
    });
    deleted += removed.rows;
    deletions += removed.deletions;
    if (removed.rows < batch) return { deleted, deletions };
    after = removed.last;
  }
}
