import type { Checklist, ChecklistCreate, ChecklistListQuery } from '../../core/hazards/checklist-api.schema.ts';
import { builtInChecklist, builtInChecklists, customItem, presentChecklist, type ChecklistDefinition } from '../../core/hazards/checklist-catalogue.ts';
import { inIndustryScope } from '../../core/hazards/checklists/checklist-rules.ts';
import { ALL_INDUSTRIES } from '../../core/hazards/checklists/checklist.schema.ts';
import { industryAncestors } from '../../core/organisations/industries.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { forbidden, invalid, notFound, type ErrorDetail } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import { referenceData } from '../organisations/reference-data.ts';
import {
  findChecklist,
  insertChecklist,
  insertChecklistItems,
  itemsOf,
  listChecklists,
  type ChecklistItemRow,
  type ChecklistRow,
} from './checklist.repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function definitionOf(row: ChecklistRow, items: readonly ChecklistItemRow[]): ChecklistDefinition {
  return {
    id: row.id,
    builtIn: false,
    name: row.name,
    industryScope: row.industry_scope,
    edition: null,
    source: null,
    departmentId: row.department_id,
    enterpriseId: row.enterprise_id,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at,
    items: items
      .filter((i) => i.checklist_id === row.id)
      .map((i) => customItem(i.id, row.industry_scope, { content: i.content, standard: i.standard, article: i.article, item: i.item, isMajorCriterion: i.is_major_criterion })),
  };
}

/**
 * A checklist by reference: a built-in library id, or a custom checklist the scope sees (every one with a null
 * scope — a task uses its plan's checklist whoever wrote it).
 */
export async function resolveChecklist(db: Db, scope: Scope | null, ref: string): Promise<ChecklistDefinition | undefined> {
  const builtIn = builtInChecklist(ref);
  if (builtIn) return builtIn;
  if (!UUID.test(ref)) return undefined;
  const row = await findChecklist(db, scope, ref);
  return row && definitionOf(row, await itemsOf(db, [row.id]));
}

/** Built-in libraries first (they are few and fixed), then the visible custom lists, newest first; one page. */
export async function searchChecklists(db: Db, actor: Actor, query: ChecklistListQuery & PageQuery): Promise<Page<Checklist>> {
  const builtIns = builtInChecklists(query.industryCode);
  const offset = offsetOf(query);
  const fromBuiltIns = builtIns.slice(offset, offset + query.pageSize);
  const ancestors = query.industryCode === undefined ? undefined : industryAncestors(query.industryCode);
  const { rows, total } = await listChecklists(db, actor.scope, ancestors, query.pageSize - fromBuiltIns.length, Math.max(0, offset - builtIns.length));
  const items = await itemsOf(db, rows.map((r) => r.id));
  const definitions = [...fromBuiltIns, ...rows.map((r) => definitionOf(r, items))];
  return {
    items: definitions.map((d) => presentChecklist(d, query.industryCode)),
    total: builtIns.length + total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getChecklist(db: Db, actor: Actor, id: string): Promise<Checklist> {
  const definition = await resolveChecklist(db, actor.scope, id);
  if (!definition) throw notFound('Checklist');
  return presentChecklist(definition);
}

/**
 * The industries a new list covers. A department's list stays within what it supervises and defaults to that;
 * an enterprise's list must cover the enterprise's own industry and defaults to every industry.
 */
async function industryScopeOf(db: Db, actor: Actor, requested: string[] | undefined): Promise<string[]> {
  const details: ErrorDetail[] = [];
  (requested ?? []).forEach((code, i) => {
    if (!referenceData().industry(code)) details.push({ path: `industryScope.${i}`, message: `unknown GB/T 4754-2017 code ${code}` });
  });
  if (details.length) throw invalid(details);
  const scope = actor.scope;
  if (scope.kind === 'department') {
    if (!requested) return scope.industryCodes ?? [...ALL_INDUSTRIES];
    requested.forEach((code, i) => {
      if (scope.industryCodes && !inIndustryScope(scope.industryCodes, code)) {
        details.push({ path: `industryScope.${i}`, message: `${code} is outside the industries your department supervises` });
      }
    });
    if (details.length) throw invalid(details);
    return requested;
  }
  if (scope.kind === 'enterprise') {
    const enterprise = await findEnterpriseById(db, scope, scope.enterpriseId);
    if (!enterprise) throw notFound('Enterprise');
    if (requested && !inIndustryScope(requested, enterprise.industry_code)) {
      throw invalid([{ path: 'industryScope', message: `must cover your enterprise’s industry ${enterprise.industry_code}` }]);
    }
    return requested ?? [...ALL_INDUSTRIES];
  }
  throw forbidden('Only a department or an enterprise writes checklists', 'outside_scope');
}

export async function createChecklist(db: Db, actor: Actor, input: ChecklistCreate): Promise<Checklist> {
  const industryScope = await industryScopeOf(db, actor, input.industryScope);
  const definition = await db.transaction().execute(async (tx) => {
    const row = await insertChecklist(tx, {
      name: input.name,
      industry_scope: industryScope,
      department_id: actor.scope.kind === 'department' ? actor.scope.departmentId : null,
      enterprise_id: actor.scope.kind === 'enterprise' ? actor.scope.enterpriseId : null,
      created_by: actor.userId,
      created_by_name: actor.displayName,
    });
    const items = await insertChecklistItems(
      tx,
      input.items.map((item, position) => ({
        checklist_id: row.id,
        position,
        content: item.content,
        standard: item.legalBasis.standard,
        article: item.legalBasis.article ?? null,
        item: item.legalBasis.item ?? null,
        is_major_criterion: item.isMajorCriterion,
      })),
    );
    const created = definitionOf(row, items);
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'checklist', entityId: row.id, after: presentChecklist(created) });
    return created;
  });
  return presentChecklist(definition);
}
