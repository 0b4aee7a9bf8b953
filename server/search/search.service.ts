import { sql } from 'kysely';
import { SEARCH_GROUP_LIMIT, type SearchHit, type SearchKind, type SearchResult } from '../../core/search/search.schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { cityWallTime } from '../exports/xlsx-export.ts';
import { inScope } from '../organisations/scope-condition.ts';
import { ACCIDENT_NUMBER_PATTERN } from '../../core/accidents/accident-number.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A day of the city's calendar: 2026-12-03. */
const day = (d: Date | string | null) => (d ? cityWallTime(d)!.toISOString().slice(0, 10) : '');

type Group = { kind: SearchKind; items: SearchHit[]; more: boolean };
const group = (kind: SearchKind, hits: SearchHit[]): Group => ({ kind, items: hits.slice(0, SEARCH_GROUP_LIMIT), more: hits.length > SEARCH_GROUP_LIMIT });

/**
 * The header's search: enterprises by name or the start of the credit code, hazards by title (or id),
 * inspections by place or enterprise, accidents by number or description, documents by number — each within the caller's
 * scope as its own list is (docs/adr/0007), so a search never reveals a record the list would not show. One
 * query per group, run together; each served by a trigram or pattern index (20261203171000_search_indexes.sql).
 */
export async function search(db: Db, actor: Actor, q: string): Promise<SearchResult> {
  const pattern = `%${escapeLike(q)}%`;
  const prefix = `${escapeLike(q.toUpperCase())}%`;
  const limit = SEARCH_GROUP_LIMIT + 1;
  const id = UUID.test(q) ? q.toLowerCase() : null;
  const scope = actor.scope;

  const [enterprises, hazards, inspections, accidents, documents] = await Promise.all([
    db
      .selectFrom('enterprises')
      .select(['id', 'name', 'credit_code'])
      .where(inScope(scope, 'enterprises'))
      .where((eb) => eb.or([eb('name', 'ilike', pattern), eb('credit_code', 'like', prefix)]))
      .orderBy(sql`name = ${q}`, 'desc')
      .orderBy(sql`length(name)`)
      .orderBy('name')
      .limit(limit)
      .execute(),
    db
      .selectFrom('hazards')
      .innerJoin('enterprises', 'enterprises.id', 'hazards.enterprise_id')
      .select(['hazards.id', 'hazards.title', 'hazards.found_at', 'enterprises.name as enterprise_name'])
      .where(inScope(scope, 'hazards'))
      .where((eb) => (id ? eb.or([eb('hazards.title', 'ilike', pattern), eb('hazards.id', '=', id)]) : eb('hazards.title', 'ilike', pattern)))
      .orderBy('hazards.found_at', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('inspections as i')
      .innerJoin('enterprises', 'enterprises.id', 'i.enterprise_id')
      .select(['i.id', 'i.place', 'i.started_at', 'enterprises.name as enterprise_name'])
      .where(inScope(scope, 'enterprises'))
      .where((eb) => eb.or([eb('i.place', 'ilike', pattern), eb('enterprises.name', 'ilike', pattern)]))
      .orderBy('i.started_at', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('accidents')
      .select(['id', 'number', 'description', 'occurred_at'])
      .where(inScope(scope, 'accidents'))
      // An accident number (事故-2026-0001) by its unique index; any other word in the description.
      .where((eb) => (ACCIDENT_NUMBER_PATTERN.test(q) ? eb('number', '=', q) : eb('description', 'ilike', pattern)))
      .orderBy('occurred_at', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('enforcement_documents as d')
      .innerJoin('enterprises', 'enterprises.id', 'd.enterprise_id')
      .select(['d.id', 'd.number', 'd.inspection_id', 'd.issued_at', 'enterprises.name as enterprise_name'])
      .where(inScope(scope, 'enterprises'))
      .where('d.number', 'ilike', pattern)
      .orderBy('d.issued_at', 'desc')
      .limit(limit)
      .execute(),
  ]);

  return {
    q,
    groups: [
      group('enterprise', enterprises.map((e) => ({ id: e.id, title: e.name, detail: e.credit_code, path: `/enterprises/${e.id}` }))),
      group('hazard', hazards.map((h) => ({ id: h.id, title: h.title, detail: `${h.enterprise_name} · ${day(h.found_at)}`, path: `/hazards/${h.id}` }))),
      group('inspection', inspections.map((i) => ({ id: i.id, title: `${i.enterprise_name} · ${i.place}`, detail: day(i.started_at), path: `/inspections/${i.id}` }))),
      group('accident', accidents.map((a) => ({ id: a.id, title: `${a.number} ${a.description.length > 60 ? `${a.description.slice(0, 60)}…` : a.description}`, detail: day(a.occurred_at), path: `/accidents/${a.id}` }))),
      group('document', documents.map((d) => ({ id: d.id, title: d.number, detail: `${d.enterprise_name} · ${day(d.issued_at)}`, path: `/inspections/${d.inspection_id}` }))),
    ].filter((g) => g.items.length > 0),
  };
}
