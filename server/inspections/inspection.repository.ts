import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { InspectionStatus } from '../../core/inspections/inspection-status.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import type { Db } from '../db/database.ts';
import { inScope } from '../organisations/scope-condition.ts';

/** Reads of inspections; scope through the inspected enterprise (docs/adr/0007). */

/**
 * Hazards an inspection concerns (core/inspections/inspection-status.ts): its findings', or for a re-inspection
 * those of the findings it checked. Read through inspection_findings (inspection_id, position) and the results'
 * primary key (inspection_id, finding_id).
 */
const concernedHazards = (openOnly: boolean) => sql<SqlBool>`(
  EXISTS (SELECT 1 FROM inspection_findings f JOIN hazards h ON h.id = f.hazard_id
          WHERE f.inspection_id = i.id ${openOnly ? sql`AND h.status <> 'closed'` : sql``})
  OR EXISTS (SELECT 1 FROM reinspection_results r JOIN inspection_findings f ON f.id = r.finding_id JOIN hazards h ON h.id = f.hazard_id
          WHERE r.inspection_id = i.id ${openOnly ? sql`AND h.status <> 'closed'` : sql``}))`;
const hasOrder = sql<SqlBool>`EXISTS (SELECT 1 FROM enforcement_documents o WHERE o.inspection_id = i.id AND o.kind = 'rectification_order')`;

/** `status` (core/inspections/inspection-status.ts) as a WHERE condition on `inspections as i`. */
export function statusCondition(status: InspectionStatus): RawBuilder<SqlBool> {
  switch (status) {
    case 'no_findings':
      return sql<SqlBool>`NOT ${concernedHazards(false)}`;
    case 'rectified':
      return sql<SqlBool>`(${concernedHazards(false)} AND NOT ${concernedHazards(true)})`;
    case 'order_pending':
      return sql<SqlBool>`(i.kind = 'inspection' AND ${concernedHazards(true)} AND NOT ${hasOrder})`;
    case 'rectifying':
      return sql<SqlBool>`(${concernedHazards(true)} AND (i.kind = 're_inspection' OR ${hasOrder}))`;
  }
}

export function inspectionQuery(db: Db, scope: Scope) {
  return db
    .selectFrom('inspections as i')
    .innerJoin('enterprises', 'enterprises.id', 'i.enterprise_id')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .leftJoin('inspection_draws as w', 'w.id', 'i.draw_id')
    .leftJoin('enforcement_documents as od', 'od.id', 'i.order_document_id')
    .where(inScope(scope, 'enterprises'))
    .select([
      'i.id', 'i.kind', 'i.enterprise_id', 'enterprises.name as enterprise_name', 'd.name as department_name', 'i.draw_id', 'i.plan_id',
      'i.order_document_id', 'i.place', 'i.started_at', 'i.ended_at', 'i.summary', 'i.officer_change_reason', 'i.created_by_name', 'i.created_at',
      'w.department_name as draw_department_name', 'w.year as draw_year', 'w.serial as draw_serial', 'w.created_at as drawn_at',
      'od.number as order_document_number',
      sql<string[]>`ARRAY(SELECT p.name FROM inspection_participants p WHERE p.inspection_id = i.id AND p.side = 'officer' ORDER BY p.position)`.as('officer_names'),
      concernedHazards(false).as('has_findings'),
      concernedHazards(true).as('has_open_hazard'),
      hasOrder.as('has_order'),
    ]);
}
export type InspectionRow = Awaited<ReturnType<ReturnType<typeof inspectionQuery>['executeTakeFirstOrThrow']>>;

export const findInspection = (db: Db, scope: Scope, id: string) => inspectionQuery(db, scope).where('i.id', '=', id).executeTakeFirst();

export function participantsOf(db: Db, inspectionId: string) {
  return db.selectFrom('inspection_participants').selectAll().where('inspection_id', '=', inspectionId).orderBy('position').execute();
}

export function measuresOf(db: Db, inspectionId: string) {
  return db.selectFrom('inspection_measures').selectAll().where('inspection_id', '=', inspectionId).orderBy('position').execute();
}

export function findingsOf(db: Db, inspectionId: string) {
  return db
    .selectFrom('inspection_findings as f')
    .innerJoin('hazards as h', 'h.id', 'f.hazard_id')
    .select(['f.id', 'f.position', 'f.check_item', 'f.legal_basis', 'f.description', 'f.location', 'f.grade', 'f.deadline_date', 'f.hazard_id', 'h.status as hazard_status'])
    .where('f.inspection_id', '=', inspectionId)
    .orderBy('f.position')
    .execute();
}

export function resultsOf(db: Db, inspectionId: string) {
  return db
    .selectFrom('reinspection_results as r')
    .innerJoin('inspection_findings as f', 'f.id', 'r.finding_id')
    .select(['r.finding_id', 'r.result', 'r.note', 'f.check_item', 'f.legal_basis', 'f.description'])
    .where('r.inspection_id', '=', inspectionId)
    .orderBy('r.position')
    .execute();
}

export function documentsOf(db: Db, inspectionId: string) {
  return db
    .selectFrom('enforcement_documents as doc')
    .select([
      'doc.id', 'doc.kind', 'doc.number', 'doc.issued_at', 'doc.issued_by_name', 'doc.corrects_id', 'doc.references_id', 'doc.content',
      (eb) => eb.selectFrom('enforcement_documents as c').select('c.id').whereRef('c.corrects_id', '=', 'doc.id').limit(1).as('corrected_by_id'),
    ])
    .where('doc.inspection_id', '=', inspectionId)
    .orderBy('doc.issued_at')
    .execute();
}
