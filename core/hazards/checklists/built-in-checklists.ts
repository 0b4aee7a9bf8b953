import type { ChecklistItem, ChecklistLibrary } from './checklist.schema.ts';
import { CHEMICALS_2017 } from './chemicals-2017.ts';
import { COAL_MINE_2020 } from './coal-mine-2020.ts';
import { GENERAL_ITEMS } from './general.ts';
import { INDUSTRY_TRADE_2023 } from './industry-trade-2023.ts';

/**
 * The checklist libraries shipped with the platform (hazards issue: "built-in lists transcribed from the
 * major-hazard determination criteria in domain-rules §2.3 … plus general items"). Item codes are unique across
 * them and are what a hazard's `checklistItemId` holds for a built-in item.
 */
export const BUILT_IN_CHECKLISTS: readonly ChecklistLibrary[] = [INDUSTRY_TRADE_2023, CHEMICALS_2017, COAL_MINE_2020, GENERAL_ITEMS];

const BY_CODE = new Map(BUILT_IN_CHECKLISTS.flatMap((l) => l.items.map((i) => [i.code, i] as const)));

/** A built-in item by its code (e.g. `GM23-11-03`), or undefined. */
export function builtInItem(code: string): ChecklistItem | undefined {
  return BY_CODE.get(code);
}
