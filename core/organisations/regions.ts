import { z } from 'zod';

/**
 * Administrative regions of one city: city → district/county (区/县/县级市) → township (街道/镇/乡).
 * Codes are GB/T 2260 for the first 6 digits, extended to 9 digits for townships as in the NBS
 * 统计用区划代码 (see server/organisations/data/SOURCE.md).
 */

export const regionLevelSchema = z.enum(['city', 'district', 'street']);
export type RegionLevel = z.infer<typeof regionLevelSchema>;

/** 6 digits (city or district) or 9 digits (township). */
export const regionCodeSchema = z.string().regex(/^\d{6}(?:\d{3})?$/, 'must be a region code of 6 or 9 digits');

/**
 * A region and its subregions. Recursive, so the OpenAPI document can only say it by reference: the `id`
 * registers it as the component `RegionNode` (server/http/app.ts emits the registered components).
 */
export const regionNodeSchema = z
  .object({
    code: regionCodeSchema,
    name: z.string().min(1),
    level: regionLevelSchema,
    get children(): z.ZodOptional<z.ZodArray<typeof regionNodeSchema>> {
      return z.array(regionNodeSchema).optional();
    },
  })
  .meta({ id: 'RegionNode' });
export type RegionNode = z.infer<typeof regionNodeSchema>;

export interface FlatRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/**
 * The level a code denotes by its shape (GB/T 2260: a prefecture-level city ends in '00'). Province codes
 * ('510000') are outside this model; they read as a city.
 */
export function regionLevelOf(code: string): RegionLevel {
  if (!regionCodeSchema.safeParse(code).success) throw new RangeError(`not a region code: ${JSON.stringify(code)}`);
  if (code.length === 9) return 'street';
  return code.endsWith('00') ? 'city' : 'district';
}

/**
 * Codes from the city down to `code` itself: '510104001' → ['510100','510104','510104001']. The city is the
 * first 4 digits + '00' and the district the first 6 (GB/T 2260 layout), so no lookup is needed.
 * Throws a RangeError on a string that is not a region code.
 */
export function regionPath(code: string): string[] {
  const level = regionLevelOf(code);
  const city = `${code.slice(0, 4)}00`;
  if (level === 'city') return [city];
  const district = code.slice(0, 6);
  return level === 'district' ? [city, district] : [city, district, code];
}

/** Every node of the tree, parents before their children, in the tree's order. */
export function flattenRegions(tree: RegionNode): FlatRegion[] {
  const out: FlatRegion[] = [];
  const visit = (node: RegionNode, parentCode: string | null) => {
    out.push({ code: node.code, name: node.name, level: node.level, parentCode });
    for (const child of node.children ?? []) visit(child, node.code);
  };
  visit(tree, null);
  return out;
}
