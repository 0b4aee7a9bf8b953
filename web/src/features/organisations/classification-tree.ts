import type { Industry } from './use-industries.query.ts';
import type { Region } from './use-regions.query.ts';

export interface TreeOption {
  value: string;
  title: string;
  /** Shown in the closed select: the path below the city, e.g. 锦江区 / 督院街街道. */
  label?: string;
  /** Code and name together, so that search matches either. */
  searchText: string;
  selectable?: boolean;
  children?: TreeOption[];
}

/**
 * Builds the GB/T 4754 tree from the flat list. Rows whose parent is missing become roots, so a
 * partial list still shows every row.
 */
export function buildIndustryTree(industries: readonly Industry[]): TreeOption[] {
  const nodes = new Map<string, TreeOption>();
  for (const industry of industries) {
    const title = `${industry.code} ${industry.name}`;
    nodes.set(industry.code, { value: industry.code, title, searchText: title.toLowerCase() });
  }
  const roots: TreeOption[] = [];
  const sorted = [...industries].sort((a, b) => a.code.localeCompare(b.code));
  for (const industry of sorted) {
    const node = nodes.get(industry.code);
    if (!node) continue;
    const parent = industry.parentCode ? nodes.get(industry.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/**
 * Builds the region tree. In forms an enterprise belongs to a district or a street, so cities and
 * provinces are shown for orientation but cannot be chosen.
 */
export function buildRegionTree(
  regions: readonly Region[],
  options: { onlyDistrictOrStreet?: boolean } = {},
  parentLabel?: string,
): TreeOption[] {
  return regions.map((region) => {
    const label = parentLabel && region.level === 'street' ? `${parentLabel} / ${region.name}` : region.name;
    const node: TreeOption = {
      value: region.code,
      title: region.name,
      label,
      searchText: `${region.code} ${region.name}`.toLowerCase(),
    };
    if (options.onlyDistrictOrStreet && region.level !== 'district' && region.level !== 'street') {
      node.selectable = false;
    }
    if (region.children?.length) node.children = buildRegionTree(region.children, options, label);
    return node;
  });
}

export function filterTreeOption(input: string, node: object): boolean {
  const { searchText } = node as { searchText?: unknown };
  return typeof searchText === 'string' && searchText.includes(input.trim().toLowerCase());
}
