import { parseLegalBasis, type CatalogueEntry } from '../../core/laws/citation.ts';
import { citationJson, lawCatalogue } from '../laws/law.service.ts';
import type { Insertable } from 'kysely';
import type { Checklist, ChecklistCreate, ChecklistListQuery } from '../../core/hazards/checklist-api.schema.ts';
import { applicableItems, builtInChecklist, builtInChecklists, customItem, presentChecklist, type ChecklistDefinition } from '../../core/hazards/checklist-catalogue.ts';
import { phrasingOfText } from '../../core/hazards/checklists/checklist-phrasing.ts';
import { inIndustryScope } from '../../core/hazards/checklists/checklist-rules.ts';
import { ALL_INDUSTRIES } from '../../core/hazards/checklists/checklist.schema.ts';
import { industryAncestors } from '../../core/organisations/industries.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { ChecklistItemsTable } from '../db/schema.ts';
import { AppError, forbidden, invalid, notFound, type ErrorDetail } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import { referenceData } from '../organisations/reference-data.ts';
import { enterprisesInScope } from './plan.repository.ts';
import {
  findChecklist,
  insertChecklist,
  insertChecklistItems,
  itemsOf,
  listChecklists,
  type ChecklistItemRow,
  type ChecklistRow,
} from './checklist.repository.ts';

/** A custom checklist's id: anything else is a built-in library id or nothing. */
export const isCustomChecklistId = (ref: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(ref);

export function definitionOf(row: ChecklistRow, items: readonly ChecklistItemRow[]): ChecklistDefinition {
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
    retiredAt: row.retired_at,
    inUse: row.in_use,
    items: items
      .filter((i) => i.checklist_id === row.id)
      .map((i) =>
        customItem(i.id, row.industry_scope, { content: i.content, standard: i.standard, article: i.article, item: i.item, isMajorCriterion: i.is_major_criterion, phrasing: i.phrasing }),
      ),
  };
}

/**
 * A checklist by reference: a built-in library id, or a custom checklist the scope sees (every one with a null
 * scope — a task uses its plan's checklist whoever wrote it). Retired lists resolve too: what uses them goes on;
 * only new plans and campaigns refuse them (`usableChecklist`).
 */
export async function resolveChecklist(db: Db, scope: Scope | null, ref: string): Promise<ChecklistDefinition | undefined> {
  const builtIn = builtInChecklist(ref);
  if (builtIn) return builtIn;
  if (!isCustomChecklistId(ref)) return undefined;
  const row = await findChecklist(db, scope, ref);
  return row && definitionOf(row, await itemsOf(db, [row.id]));
}

/** The checklist a new plan or campaign names, at `path`: visible and not retired. */
export async function usableChecklist(db: Db, actor: Actor, ref: string, path: string): Promise<ChecklistDefinition> {
  const checklist = await resolveChecklist(db, actor.scope, ref);
  if (!checklist) throw invalid([{ path, message: `${ref} is neither a built-in checklist nor one you can see` }]);
  if (checklist.retiredAt) throw invalid([{ path, message: 'is retired: choose a checklist in use' }]);
  return checklist;
}

/** The industries of the named enterprises, each as its GB/T 4754 code; an id outside the scope is not found. */
async function industriesOf(db: Db, scope: Scope, ids: readonly string[]): Promise<string[]> {
  const found = await enterprisesInScope(db, scope, ids);
  if (found.length < ids.length) {
    const known = new Set(found.map((e) => e.id));
    const missing = ids.filter((id) => !known.has(id));
    throw new AppError('NOT_FOUND', `Enterprise not found: ${missing.join(', ')}`, missing.map((id) => ({ path: 'enterpriseIds', message: `${id} not found` })));
  }
  return [...new Set(found.map((e) => e.industry_code))];
}

/**
 * Built-in libraries first (they are few and fixed), then the visible custom lists, newest first; one page. With
 * enterprises, only the lists that have an item for every one of them — what a plan for them may use.
 */
export async function searchChecklists(db: Db, actor: Actor, query: ChecklistListQuery & PageQuery): Promise<Page<Checklist>> {
  const industries = [...(query.industryCode ? [query.industryCode] : []), ...(query.enterpriseIds ? await industriesOf(db, actor.scope, query.enterpriseIds) : [])];
  const q = query.q?.toLowerCase();
  const builtIns =
    query.kind === 'custom' || query.retired
      ? []
      : builtInChecklists().filter((d) => industries.every((code) => applicableItems(d, code).length > 0) && (!q || d.name.toLowerCase().includes(q)));
  const offset = offsetOf(query);
  const fromBuiltIns = builtIns.slice(offset, offset + query.pageSize);
  const filter = { industries: industries.map((code) => industryAncestors(code)), q: query.q, retired: query.retired ?? false };
  const { rows, total } =
    query.kind === 'built_in'
      ? { rows: [], total: 0 }
      : await listChecklists(db, actor.scope, filter, query.pageSize - fromBuiltIns.length, Math.max(0, offset - builtIns.length));
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
 * The industries a list covers. A department's list stays within what it supervises and defaults to that;
 * an enterprise's list must cover the enterprise's own industry and defaults to every industry.
 */
export async function industryScopeOf(db: Db, actor: Actor, requested: string[] | undefined): Promise<string[]> {
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

/**
 * The rows of a list's items; an item without a stated phrasing gets the one its wording reads as, for good; the
 * structured citation where the legal basis names one act and article with certainty (docs/adr/0049).
 */
export function itemRows(checklistId: string, items: ChecklistCreate['items'], catalogue: readonly CatalogueEntry[]): Insertable<ChecklistItemsTable>[] {
  return items.map((item, position) => ({
    checklist_id: checklistId,
    position,
    content: item.content,
    standard: item.legalBasis.standard,
    article: item.legalBasis.article ?? null,
    item: item.legalBasis.item ?? null,
    is_major_criterion: item.isMajorCriterion,
    phrasing: item.phrasing ?? phrasingOfText(item.content),
    citation: citationJson(parseLegalBasis(item.legalBasis, catalogue)),
  }));
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
    const items = await insertChecklistItems(tx, itemRows(row.id, input.items, await lawCatalogue(tx)));
    const created = definitionOf(row, items);
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'checklist', entityId: row.id, after: presentChecklist(created) });
    return created;
  });
  return presentChecklist(definition);
}
