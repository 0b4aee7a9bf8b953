import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { CaseListQuery } from '../../core/enforcement/case-view.schema.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import type { Db } from '../db/database.ts';

/**
 * Reads of penalty cases. A case is its department's file (docs/adr/0050): a department's officers see the cases
 * their department filed, whatever the enterprise's district; the city scope sees all; an enterprise none here.
 */

export function caseScope(scope: Scope): RawBuilder<SqlBool> {
  switch (scope.kind) {
    case 'city':
      return sql<SqlBool>`true`;
    case 'department':
      return sql<SqlBool>`pc.department_id = ${scope.departmentId}`;
    case 'enterprise':
      return sql<SqlBool>`false`;
  }
}

const date = (column: string) => sql<string>`${sql.ref(column)}::text`;

export function caseQuery(db: Db, scope: Scope) {
  return db
    .selectFrom('penalty_cases as pc')
    .innerJoin('enterprises as e', 'e.id', 'pc.enterprise_id')
    .where(caseScope(scope))
    .select([
      'pc.id', 'pc.number', 'pc.status', 'pc.department_id', 'pc.enterprise_id', 'e.name as enterprise_name', 'pc.region_path', 'pc.violation_code',
      'pc.source_kind', 'pc.source_id', 'pc.source_note', 'pc.persons', 'pc.summary', 'pc.state', 'pc.fine_yuan', 'pc.fine_flagged', 'pc.paid_fen',
      'pc.filed_by_name', date('pc.filed_on').as('filed_on'), date('pc.decided_on').as('decided_on'), date('pc.closed_on').as('closed_on'),
    ]);
}
export type CaseRow = Awaited<ReturnType<ReturnType<typeof caseQuery>['executeTakeFirstOrThrow']>>;

export const findCase = (db: Db, scope: Scope, id: string) => caseQuery(db, scope).where('pc.id', '=', id).executeTakeFirst();
export const findCaseForUpdate = (db: Db, scope: Scope, id: string) => caseQuery(db, scope).where('pc.id', '=', id).forUpdate('pc').executeTakeFirst();

/** The cases of a list query (filters each served by an index of the migration), newest filing first, and their count. */
export async function listCaseRows(db: Db, scope: Scope, q: CaseListQuery, limit: number, offset: number): Promise<[CaseRow[], number]> {
  const filter = <T extends ReturnType<typeof caseQuery>>(query: T): T => {
    let f = query;
    if (q.status) f = f.where('pc.status', '=', q.status) as T;
    if (q.enterpriseId) f = f.where('pc.enterprise_id', '=', q.enterpriseId) as T;
    if (q.regionCode) f = f.where(sql<SqlBool>`pc.region_path && ARRAY[${q.regionCode}]::text[]`) as T;
    if (q.filedFrom) f = f.where('pc.filed_on', '>=', q.filedFrom) as T;
    if (q.filedTo) f = f.where('pc.filed_on', '<=', q.filedTo) as T;
    return f;
  };
  const [rows, count] = await Promise.all([
    filter(caseQuery(db, scope)).orderBy('pc.filed_on', 'desc').orderBy('pc.id', 'desc').limit(limit).offset(offset).execute(),
    filter(caseQuery(db, scope)).clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return [rows, Number(count.n)];
}

export function timelineOf(db: Db, caseId: string) {
  return db.selectFrom('case_events').select(['action', 'from_status', 'to_status', 'at', 'actor_name', 'flagged', 'body']).where('case_id', '=', caseId).orderBy('id').execute();
}

export function evidenceOf(db: Db, caseId: string) {
  return db.selectFrom('case_evidence').select(['id', 'kind', 'taken_at', 'description', 'officers']).where('case_id', '=', caseId).orderBy('taken_at').orderBy('created_at').execute();
}

export function paymentsOf(db: Db, caseId: string) {
  return db.selectFrom('case_payments').select(['id', date('paid_on').as('paid_on'), 'amount_fen', 'receipt_no']).where('case_id', '=', caseId).orderBy('paid_on').orderBy('created_at').execute();
}
