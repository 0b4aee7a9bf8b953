import type { Checklist, ChecklistItemView } from './checklist-api.schema.ts';
import { BUILT_IN_CHECKLISTS } from './checklists/built-in-checklists.ts';
import { hazardPrefillOf, inIndustryScope } from './checklists/checklist-rules.ts';
import { phrasingOf, type ChecklistPhrasing } from './checklists/checklist-phrasing.ts';
import type { ChecklistItem, ChecklistLibrary } from './checklists/checklist.schema.ts';

/**
 * Built-in libraries and custom checklists as one kind of thing, so that plans, tasks and the API treat them
 * alike. A custom item is a `ChecklistItem` whose code is its id, scoped like its list; it is the owner's own
 * text, not a transcription, so its confidence is not shown.
 */
export interface ChecklistDefinition {
  id: string;
  builtIn: boolean;
  name: string;
  industryScope: string[];
  edition: string | null;
  source: string | null;
  departmentId: string | null;
  enterpriseId: string | null;
  createdBy: { id: string | null; name: string } | null;
  createdAt: Date | null;
  /** When a custom list was retired (no longer offered for new plans and campaigns); never for a built-in one. */
  retiredAt: Date | null;
  /** A plan or an expert campaign refers to it: its items are fixed (results and hazards point at them). */
  inUse: boolean;
  items: ChecklistItem[];
}

export function builtInDefinition(library: ChecklistLibrary): ChecklistDefinition {
  return {
    id: library.id,
    builtIn: true,
    name: library.name,
    industryScope: library.industryScope,
    edition: library.edition,
    source: library.source,
    departmentId: null,
    enterpriseId: null,
    createdBy: null,
    createdAt: null,
    retiredAt: null,
    inUse: false,
    items: library.items,
  };
}

const BUILT_IN_DEFINITIONS = BUILT_IN_CHECKLISTS.map(builtInDefinition);

/** A built-in library by its id (`industry-trade-2023`), or undefined. */
export function builtInChecklist(id: string): ChecklistDefinition | undefined {
  return BUILT_IN_DEFINITIONS.find((d) => d.id === id);
}

/** The built-in libraries that apply to an industry (all of them without one). */
export function builtInChecklists(industryCode?: string): ChecklistDefinition[] {
  return industryCode === undefined ? BUILT_IN_DEFINITIONS : BUILT_IN_DEFINITIONS.filter((d) => inIndustryScope(d.industryScope, industryCode));
}

/** A custom item as the rules see it: yes/no, scoped like its list, phrased as its author said or as it reads. */
export function customItem(
  id: string,
  industryScope: string[],
  row: { content: string; standard: string; article: string | null; item: string | null; isMajorCriterion: boolean; phrasing: ChecklistPhrasing | null },
): ChecklistItem {
  return {
    code: id,
    standard: row.standard,
    article: row.article,
    item: row.item,
    text: row.content,
    industryScope,
    isMajorCriterion: row.isMajorCriterion,
    checkType: 'boolean',
    phrasing: phrasingOf({ phrasing: row.phrasing, text: row.content }),
    confidence: 'H',
  };
}

/**
 * The items of a checklist that an enterprise of this industry must answer: the list applies to the industry and
 * so does the item (`itemsForIndustry` for one list). Empty when the list does not fit the enterprise.
 */
export function applicableItems(checklist: Pick<ChecklistDefinition, 'industryScope' | 'items'>, industryCode: string): ChecklistItem[] {
  if (!inIndustryScope(checklist.industryScope, industryCode)) return [];
  return checklist.items.filter((i) => inIndustryScope(i.industryScope, industryCode));
}

export function presentChecklistItem(item: ChecklistItem, builtIn: boolean): ChecklistItemView {
  return {
    code: item.code,
    content: item.text,
    legalBasis: hazardPrefillOf(item).legalBasis,
    isMajorCriterion: item.isMajorCriterion,
    industryScope: item.industryScope,
    checkType: item.checkType,
    phrasing: item.phrasing,
    confidence: builtIn ? item.confidence : null,
    note: item.note ?? null,
  };
}

/** The API shape; with an industry, only the items that apply to it. */
export function presentChecklist(d: ChecklistDefinition, industryCode?: string): Checklist {
  const items = industryCode === undefined ? d.items : applicableItems(d, industryCode);
  return {
    id: d.id,
    builtIn: d.builtIn,
    name: d.name,
    industryScope: d.industryScope,
    edition: d.edition,
    source: d.source,
    departmentId: d.departmentId,
    enterpriseId: d.enterpriseId,
    createdBy: d.createdBy,
    createdAt: d.createdAt?.toISOString() ?? null,
    retiredAt: d.retiredAt?.toISOString() ?? null,
    inUse: d.inUse,
    items: items.map((i) => presentChecklistItem(i, d.builtIn)),
  };
}
