import { describe, it, expect } from 'vitest';
import { isValidCreditCode, organisationCodeCheckChar } from '../../core/organisations/credit-code.ts';
import { pointInMultiPolygon } from '../../core/organisations/geo.ts';
import {
  indexIndustries,
  industryPath,
  keyIndustriesOf,
  keyIndustrySchema,
  type KeyIndustry,
} from '../../core/organisations/industries.ts';
import { flattenRegions, regionPath } from '../../core/organisations/regions.ts';
import { ENTERPRISE_BLUEPRINTS } from './demo-catalogue.ts';
import { generateDemoCity, type DemoDepartment, type DemoEnterprise } from './demo-city.ts';
import { loadDemoInputs } from './demo-inputs.ts';

const inputs = loadDemoInputs();
const city = generateDemoCity();
const industries = indexIndustries(inputs.industries);
const regions = new Map(flattenRegions(inputs.regions).map((r) => [r.code, r]));
const districtShapes = new Map(inputs.districts.map((d) => [d.code, d]));
const districtOf = (e: DemoEnterprise) => e.regionCode.slice(0, 6);

/** The scope rule of 三管三必须: region paths meet AND industry paths meet. */
function inScope(d: DemoDepartment, e: DemoEnterprise): boolean {
  const regionHit = regionPath(e.regionCode).some((c) => d.regionCodes.includes(c));
  const industryHit = industryPath(e.industryCode, industries).some((c) => d.industryCodes.includes(c));
  return regionHit && industryHit;
}

describe('generateDemoCity', () => {
  it('returns the same city for the same seed', () => {
    expect(generateDemoCity()).toEqual(city);
    expect(generateDemoCity(20261130, inputs)).toEqual(city);
  });

  it('returns a different city for another seed, with the same shape', () => {
    const other = generateDemoCity(1);
    expect(other.enterprises.map((e) => e.creditCode)).not.toEqual(city.enterprises.map((e) => e.creditCode));
    expect(other.enterprises.map((e) => e.industryCode)).toEqual(city.enterprises.map((e) => e.industryCode));
  });

  it('has at least 320 enterprises, one per blueprint slot', () => {
    expect(city.enterprises.length).toBeGreaterThanOrEqual(320);
    expect(city.enterprises.length).toBe(ENTERPRISE_BLUEPRINTS.reduce((n, b) => n + b.count, 0));
  });

  it('gives every enterprise a valid, unique credit code registered in its district', () => {
    const codes = city.enterprises.map((e) => e.creditCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of city.enterprises) {
      expect(isValidCreditCode(e.creditCode), e.creditCode).toBe(true);
      expect(e.creditCode.slice(0, 8)).toBe(`91${districtOf(e)}`);
      expect(organisationCodeCheckChar(e.creditCode.slice(8, 16))).toBe(e.creditCode.charAt(16));
    }
  });

  it('gives every enterprise a unique name starting with 成都', () => {
    const names = city.enterprises.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^成都.{2}.+有限(责任)?公司$/);
  });

  it('uses only existing GB/T 4754-2017 小类 codes', () => {
    for (const e of city.enterprises) expect(industries.get(e.industryCode)?.level, e.industryCode).toBe(4);
  });

  it('places every enterprise in an existing township whose names start its address', () => {
    for (const e of city.enterprises) {
      const street = regions.get(e.regionCode);
      const district = regions.get(districtOf(e));
      expect(street?.level, e.regionCode).toBe('street');
      expect(e.address.startsWith(`${district?.name}${street?.name}`), e.address).toBe(true);
      expect(e.address).toMatch(/\d+号$/);
    }
  });

  it('puts every location inside its district boundary', () => {
    for (const e of city.enterprises) {
      const shape = districtShapes.get(districtOf(e))?.shape ?? [];
      expect(pointInMultiPolygon([e.location.lng, e.location.lat], shape), `${e.name} ${districtOf(e)}`).toBe(true);
    }
  });

  it('keeps employees within each blueprint range', () => {
    let i = 0;
    for (const b of ENTERPRISE_BLUEPRINTS) {
      for (let n = 0; n < b.count; n++, i++) {
        const e = city.enterprises[i];
        expect(e?.industryCode).toBe(b.industryCode);
        expect(e?.employees).toBeGreaterThanOrEqual(b.employees[0]);
        expect(e?.employees).toBeLessThanOrEqual(b.employees[1]);
      }
    }
  });

  it('covers every district and every key industry', () => {
    expect(new Set(city.enterprises.map(districtOf))).toEqual(new Set(inputs.districts.map((d) => d.code)));
    const count = new Map<KeyIndustry, number>();
    for (const e of city.enterprises) for (const f of keyIndustriesOf(e.industryCode)) count.set(f, (count.get(f) ?? 0) + 1);
    for (const flag of keyIndustrySchema.options) expect(count.get(flag) ?? 0, flag).toBeGreaterThan(0);
    expect(count.get('coal_mine')).toBeLessThan(count.get('construction') ?? 0);
    expect(city.enterprises.some((e) => keyIndustriesOf(e.industryCode).length === 0)).toBe(true);
  });

  it('concentrates chemical production in 青白江, 彭州 and 新津', () => {
    const plants = city.enterprises.filter((e) => /^2[56]/.test(e.industryCode) && keyIndustriesOf(e.industryCode).includes('hazardous_chemicals'));
    const inParks = plants.filter((e) => ['510113', '510182', '510118'].includes(districtOf(e)));
    expect(inParks.length / plants.length).toBeGreaterThan(0.8);
  });
});

describe('demo departments', () => {
  it('have unique keys and names, existing region codes and existing industry codes', () => {
    expect(new Set(city.departments.map((d) => d.key)).size).toBe(city.departments.length);
    expect(new Set(city.departments.map((d) => d.name)).size).toBe(city.departments.length);
    for (const d of city.departments) {
      for (const c of d.regionCodes) expect(regions.has(c), c).toBe(true);
      for (const c of d.industryCodes) expect(industries.has(c), c).toBe(true);
    }
  });

  it('give the city emergency-management bureau every section in the whole city', () => {
    const ema = city.departments.find((d) => d.name === '成都市应急管理局');
    expect(ema?.regionCodes).toEqual(['510100']);
    expect(ema?.industryCodes).toEqual('ABCDEFGHIJKLMNOPQRST'.split(''));
    expect(city.enterprises.every((e) => ema && inScope(ema, e))).toBe(true);
  });

  it('each see at least one enterprise', () => {
    for (const d of city.departments) expect(city.enterprises.some((e) => inScope(d, e)), d.name).toBe(true);
  });
});

describe('demo users', () => {
  const byName = new Map(city.users.map((u) => [u.username, u]));
  const department = (username: string) => city.departments.find((d) => d.key === byName.get(username)?.departmentKey);
  const enterprise = (username: string) => city.enterprises[byName.get(username)?.enterpriseIndex ?? -1];

  it('are the seven documented accounts, each tied to what its role needs', () => {
    expect([...byName.keys()]).toEqual(['regulator', 'regulator.zj', 'regulator.jj', 'inspector', 'expert', 'enterprise', 'enterprise2']);
    for (const u of city.users) {
      expect(u.displayName).toMatch(/^\p{Script=Han}{2,3}（.+）$/u);
      expect(u.departmentKey !== undefined).toBe(u.role === 'regulator' || u.role === 'inspector');
      expect(u.enterpriseIndex !== undefined).toBe(u.role === 'enterprise');
      if (u.departmentKey) expect(city.departments.some((d) => d.key === u.departmentKey)).toBe(true);
    }
  });

  it('give `enterprise` a hazardous-chemicals enterprise in 青白江区 and `enterprise2` one elsewhere', () => {
    const first = enterprise('enterprise');
    const second = enterprise('enterprise2');
    expect(byName.get('enterprise')?.enterpriseIndex).toBe(0);
    expect(keyIndustriesOf(first?.industryCode ?? '')).toContain('hazardous_chemicals');
    expect(first?.regionCode.slice(0, 6)).toBe('510113');
    expect(second?.regionCode.slice(0, 6)).not.toBe('510113');
    expect(byName.get('enterprise')?.displayName).toContain(first?.name);
  });

  it('let the district and housing regulators see enterprise2 but not the chemical plant', () => {
    const first = enterprise('enterprise');
    const second = enterprise('enterprise2');
    for (const username of ['regulator.jj', 'regulator.zj']) {
      const d = department(username);
      expect(d && second && inScope(d, second), username).toBe(true);
      expect(d && first && inScope(d, first), username).toBe(false);
    }
    const cityBureau = department('regulator');
    expect(cityBureau && first && inScope(cityBureau, first)).toBe(true);
  });
});
