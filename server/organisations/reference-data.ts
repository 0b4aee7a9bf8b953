import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { industryPath, keyIndustriesOf, isHighRiskGroup, type IndustryRow, type KeyIndustry } from '../../core/organisations/industries.ts';
import { flattenRegions, regionPath, type FlatRegion, type RegionNode } from '../../core/organisations/regions.ts';

/**
 * Shipped reference data (server/organisations/data, see its SOURCE.md): the city's regions and the
 * GB/T 4754-2017 industry table. Read once, kept in memory: both are small and change with a release.
 */

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as T;

export const CITY_CODE = '510100';

export interface IndustryInfo {
  row: IndustryRow;
  path: string[];
  keyIndustries: KeyIndustry[];
  highRisk: boolean;
}

export interface ReferenceData {
  regionTree: RegionNode[];
  region(code: string): FlatRegion | undefined;
  regionPath(code: string): string[];
  industries: IndustryRow[];
  industry(code: string): IndustryInfo | undefined;
}

function load(): ReferenceData {
  const city = readJson<RegionNode>(`regions-${CITY_CODE}.json`);
  const regions = new Map(flattenRegions(city).map((r) => [r.code, r]));
  const industries = readJson<IndustryRow[]>('industries-gbt4754-2017.json');
  const byCode = new Map(industries.map((r) => [r.code, r]));
  const infos = new Map<string, IndustryInfo>();
  for (const row of industries) {
    const keys = keyIndustriesOf(row.code);
    infos.set(row.code, { row, path: industryPath(row.code, byCode), keyIndustries: keys, highRisk: isHighRiskGroup(keys) });
  }
  return {
    regionTree: [city],
    region: (code) => regions.get(code),
    regionPath: (code) => regionPath(code),
    industries,
    industry: (code) => infos.get(code),
  };
}

let cached: ReferenceData | undefined;
export function referenceData(): ReferenceData {
  cached ??= load();
  return cached;
}
