import type { Scope } from '../../core/organisations/scope.ts';
import type { Db } from '../db/database.ts';
import { inScope } from '../organisations/scope-condition.ts';

/** Reads of inspections; scope through the inspected enterprise (docs/adr/0007). */

export function inspectionQuery(db: Db, scope: Scope) {
  return db
    .selectFrom('inspections as i')
    .innerJoin('enterprises', 'enterprises.id', 'i.enterprise_id')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .where(inScope(scope, 'enterprises'))
    .select([
      'i.id', 'i.kind', 'i.enterprise_id', 'enterprises.name as enterprise_name', 'd.name as department_name', 'i.draw_id', 'i.plan_id',
      'i.order_document_id', 'i.place', 'i.started_at', 'i.ended_at', 'i.summary', 'i.created_by_name', 'i.created_at',
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
