import { lawCatalogue } from '../laws/law.service.ts';
import { canChangeChecklist, type Checklist, type ChecklistCreate } from '../../core/hazards/checklist-api.schema.ts';
import { builtInChecklist, presentChecklist } from '../../core/hazards/checklist-catalogue.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { conflict, forbidden, notFound } from '../http/errors.ts';
import { findChecklist, itemsOf, replaceChecklist, retireChecklist, type ChecklistRow } from './checklist.repository.ts';
import { definitionOf, industryScopeOf, isCustomChecklistId, itemRows } from './checklist.service.ts';

/**
 * Changing and retiring custom checklists (docs/adr/0043). Only the department or the enterprise that wrote a list
 * changes it. Its items change only while no plan or expert campaign refers to it — results and hazards point at
 * its items — so a list in use is retired and written anew instead. A retired list is not offered for new plans
 * and campaigns; those that use it go on.
 */

/** The list, locked, after checking the caller may change it: unknown or out of sight 404, not theirs 403. */
async function ownChecklist(db: Db, actor: Actor, id: string): Promise<ChecklistRow> {
  if (builtInChecklist(id)) throw forbidden('A built-in checklist cannot be changed');
  const row = isCustomChecklistId(id) ? await findChecklist(db, actor.scope, id, { forUpdate: true }) : undefined;
  if (!row) throw notFound('Checklist');
  const owner = { builtIn: false, departmentId: row.department_id, enterpriseId: row.enterprise_id };
  if (!canChangeChecklist(actor, owner)) throw forbidden('Only the department or the enterprise that wrote a checklist changes it');
  return row;
}

export async function updateChecklist(db: Db, actor: Actor, id: string, input: ChecklistCreate, now = new Date()): Promise<Checklist> {
  const industryScope = await industryScopeOf(db, actor, input.industryScope);
  return db.transaction().execute(async (tx) => {
    const row = await ownChecklist(tx, actor, id);
    if (row.retired_at) throw conflict('The checklist is retired');
    if (row.in_use) throw conflict('A plan or an expert campaign uses this checklist: retire it and write a new one');
    const before = presentChecklist(definitionOf(row, await itemsOf(tx, [id])));
    const replaced = await replaceChecklist(tx, id, { name: input.name, industry_scope: industryScope }, itemRows(id, input.items, await lawCatalogue(tx)), now);
    const after = presentChecklist(definitionOf(replaced.row, replaced.items));
    await recordAudit(tx, auditActorOf(actor), { action: 'update', entity: 'checklist', entityId: id, before, after });
    return after;
  });
}

export async function retireChecklistById(db: Db, actor: Actor, id: string, now = new Date()): Promise<Checklist> {
  return db.transaction().execute(async (tx) => {
    const row = await ownChecklist(tx, actor, id);
    if (row.retired_at) throw conflict('The checklist is already retired');
    const retired = await retireChecklist(tx, id, actor.displayName, now);
    const after = presentChecklist(definitionOf(retired, await itemsOf(tx, [id])));
    await recordAudit(tx, auditActorOf(actor), { action: 'retire', entity: 'checklist', entityId: id, before: { retiredAt: null }, after: { retiredAt: after.retiredAt } });
    return after;
  });
}
