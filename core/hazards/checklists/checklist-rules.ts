import { industryAncestors } from '../../organisations/industries.ts';
import type { HazardGrade, LegalBasis } from '../hazard.schema.ts';
import type { ChecklistItem, ChecklistLibrary } from './checklist.schema.ts';

/**
 * Whether a GB/T 4754-2017 code falls under a scope: one of its ancestors (or itself) is in the scope, so scope
 * '26' covers '2614' and scope 'C' covers all of manufacturing. A code that cannot be GB/T 4754 matches nothing.
 */
export function inIndustryScope(scope: readonly string[], industryCode: string): boolean {
  return industryAncestors(industryCode).some((code) => scope.includes(code));
}

/** The items of these libraries that apply to an enterprise of this industry, library order kept. */
export function itemsForIndustry(libraries: readonly ChecklistLibrary[], industryCode: string): ChecklistItem[] {
  return libraries
    .filter((l) => inIndustryScope(l.industryScope, industryCode))
    .flatMap((l) => l.items.filter((i) => inIndustryScope(i.industryScope, industryCode)));
}

/**
 * What a failed item puts into the new hazard (hazards issue: "a failed item creates a hazard prefilled from the
 * item (grade `major` where the item is a major criterion)"): grade, legal basis, the item's code and its text as
 * the description.
 */
export function hazardPrefillOf(item: ChecklistItem): {
  grade: HazardGrade;
  legalBasis: LegalBasis;
  checklistItemId: string;
  description: string;
} {
  const legalBasis: LegalBasis = { standard: item.standard };
  if (item.article !== null) legalBasis.article = item.article;
  if (item.item !== null) legalBasis.item = item.item;
  return { grade: item.isMajorCriterion ? 'major' : 'general', legalBasis, checklistItemId: item.code, description: item.text };
}
