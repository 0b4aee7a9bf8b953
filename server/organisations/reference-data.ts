import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { industryPath, keyIndustriesOf, isHighRiskGroup, type IndustryRow, type KeyIndustry } from '../../core/organisations/industries.ts';
import { flattenRegions, regionPath, type FlatRegion, type RegionNode } from '../../core/organisations/regions.ts';
import { cityRegions } from './divisions.ts';

/**
 * Shipped reference data (server/organisations/data, see its SOURCE.md): the configured city's regions from
 * the national division table and the GB/T 4754-2017 industry table. Read once, kept in memory: both are small
 * and change with a release. One process serves one city (ANQUAN_CITY, docs/adr "any city by configuration").
 */

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as T;

/** 成都市: the default city and the only one with a demo. */
export const DEFAULT_CITY = '510100';

export interface IndustryInfo {
  row: IndustryRow;
  path: string[];
  keyIndustries: KeyIndustry[];
  highRisk: boolean;
}

export interface ReferenceData {
  cityCode: string;
  cityName: string;
  /** The city's districts (区/县/县级市) in code order. */
  districts: { code: string; name: string }[];
  regionTree: RegionNode[];
  region(code: string): FlatRegion | undefined;
  regionPath(code: string): string[];
  industries: IndustryRow[];
  industry(code: string): IndustryInfo | undefined;
}

function load(cityCode: string): ReferenceData {
  const lookup = cityRegions(cityCode);
  if (!lookup.ok) throw new RangeError(`ANQUAN_CITY: ${lookup.reason}`);
  const city: RegionNode = lookup.tree;
  const regions = new Map(flattenRegions(city).map((r) => [r.code, r]));
  const industries = readJson<IndustryRow[]>('industries-gbt4754-2017.json');
  const byCode = new Map(industries.map((r) => [r.code, r]));
  const infos = new Map<string, IndustryInfo>();
  for (const row of industries) {
    const keys = keyIndustriesOf(row.code);
    infos.set(row.code, { row, path: industryPath(row.code, byCode), keyIndustries: keys, highRisk: isHighRiskGroup(keys) });
  }
  return {
    cityCode: city.code,
    cityName: city.name,
    districts: (city.children ?? []).map(({ code, name }) => ({ code, name })),
    regionTree: [city],
    region: (code) => regions.get(code),
    regionPath: (code) => regionPath(code),
    industries,
    industry: (code) => infos.get(code),
  };
}

let cached: ReferenceData | undefined;

/** Makes `cityCode` the process's city (buildApp does, from the configuration); throws on an unknown code. */
export function selectCity(cityCode: string): ReferenceData {
  if (cached?.cityCode !== cityCode) cached = load(cityCode);
  return cached;
}

export function referenceData(): ReferenceData {
  cached ??= load(DEFAULT_CITY);
  return cached;
}
