import { describe, it, expect } from 'vitest';
import { pointInMultiPolygon } from '../../core/organisations/geo.ts';
import { industryAncestors, indexIndustries, industryPath, KEY_INDUSTRY_RULES } from '../../core/organisations/industries.ts';
import { flattenRegions, regionPath } from '../../core/organisations/regions.ts';
import { loadDemoInputs } from './demo-inputs.ts';

const inputs = loadDemoInputs();

describe('shipped industries (GB/T 4754-2017)', () => {
  const lookup = indexIndustries(inputs.industries);

  it('has the published number of codes per level', () => {
    const counts = [1, 2, 3, 4].map((level) => inputs.industries.filter((r) => r.level === level).length);
    expect(counts).toEqual([20, 97, 473, 1380]);
  });

  it('agrees with the path derived from the code alone, for every code', () => {
    for (const r of inputs.industries) expect(industryPath(r.code, lookup)).toEqual(industryAncestors(r.code));
  });

  it('contains every code of the key-industry table', () => {
    for (const r of KEY_INDUSTRY_RULES) expect(lookup.has(r.code), r.code).toBe(true);
  });

  it('resolves the example path 2614 → C/26/261/2614', () => {
    expect(industryPath('2614', lookup)).toEqual(['C', '26', '261', '2614']);
  });
});

describe('shipped regions of 成都市', () => {
  const flat = flattenRegions(inputs.regions);

  it('has the city, its 20 districts and their 261 townships', () => {
    expect(inputs.regions).toMatchObject({ code: '510100', name: '成都市', level: 'city' });
    expect(flat.filter((r) => r.level === 'district')).toHaveLength(20);
    expect(flat.filter((r) => r.level === 'street')).toHaveLength(261);
    expect(inputs.regions.children?.[0]).toMatchObject({ code: '510104', name: '锦江区' });
  });

  it('agrees with regionPath on every parent', () => {
    for (const r of flat) expect(regionPath(r.code).at(-2) ?? null).toBe(r.parentCode);
  });

  it('has one boundary per district, with the same name', () => {
    const districts = flat.filter((r) => r.level === 'district');
    expect(inputs.districts.map((d) => [d.code, d.name]).sort()).toEqual(districts.map((d) => [d.code, d.name]).sort());
  });

  it('has each district centre (the seat of government) inside its own boundary only', () => {
    for (const d of inputs.districts) {
      const containing = inputs.districts.filter((o) => pointInMultiPolygon(d.center, o.shape)).map((o) => o.code);
      expect(containing, d.name).toEqual([d.code]);
    }
  });
});
