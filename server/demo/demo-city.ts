import { CREDIT_CODE_CHARSET, creditCodeCheckChar, organisationCodeCheckChar } from '../../core/organisations/credit-code.ts';
import { pointInMultiPolygon, type Position } from '../../core/organisations/geo.ts';
import { ENTERPRISE_BLUEPRINTS, ROADS, ROAD_SECTIONS, TRADE_NAMES, type EnterpriseBlueprint } from './demo-catalogue.ts';
import { DEMO_DEPARTMENTS, type DemoDepartment } from './demo-departments.ts';
import { loadDemoInputs, type DemoInputs, type DistrictShape } from './demo-inputs.ts';
import { createPrng, type Prng } from './prng.ts';

/**
 * The demo city: departments, enterprises and users of 成都市 for first start-up, screenshots and tests.
 * Pure and deterministic: the same seed and inputs give the same city, to the last digit of a coordinate.
 * Users carry no passwords; the seeder sets them.
 */

export const DEMO_SEED = 20261130;

export type { DemoDepartment };

export interface DemoEnterprise {
  name: string;
  creditCode: string;
  industryCode: string;
  /** 9-digit township (街道/镇) code. */
  regionCode: string;
  address: string;
  location: { lng: number; lat: number };
  employees: number;
}

export interface DemoUser {
  username: string;
  displayName: string;
  role: 'regulator' | 'inspector' | 'enterprise' | 'expert';
  departmentKey?: string;
  enterpriseIndex?: number;
}

export interface DemoCity {
  departments: DemoDepartment[];
  enterprises: DemoEnterprise[];
  users: DemoUser[];
}

/** Share of generated codes with an organisation code of the 'MA…' form issued to new registrations. */
const NEW_STYLE_SHARE = 0.6;
const MAX_TRIES = 500;

/**
 * GB 32100-2015 code: '9' 工商 + '1' 企业 + district code + organisation code (8 characters and its GB 11714
 * check character) + the GB 32100 check character.
 */
function creditCode(prng: Prng, districtCode: string): string {
  let body = prng.next() < NEW_STYLE_SHARE ? 'MA' : '';
  const alphabet = body === '' ? '0123456789' : CREDIT_CODE_CHARSET;
  while (body.length < 8) body += prng.pick([...alphabet]);
  const first17 = `91${districtCode}${body}${organisationCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}

/**
 * A point inside the district: its centroid moved by a seeded offset of up to a fifth of the district's
 * extent, retried until the point-in-polygon test accepts it.
 */
function locationIn(prng: Prng, district: DistrictShape): Position {
  const points = district.shape.flat(2);
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const spanLng = (Math.max(...lngs) - Math.min(...lngs)) / 5;
  const spanLat = (Math.max(...lats) - Math.min(...lats)) / 5;
  for (const origin of [district.centroid, district.center]) {
    for (let i = 0; i < MAX_TRIES; i++) {
      const p: Position = [
        round6(origin[0] + prng.float(-spanLng, spanLng)),
        round6(origin[1] + prng.float(-spanLat, spanLat)),
      ];
      if (pointInMultiPolygon(p, district.shape)) return p;
    }
  }
  throw new Error(`no point found inside district ${district.code}`);
}

/** About 0.1 m: enough for a map, and keeps the output stable when printed. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Log-uniform, so that small enterprises are more common than large ones within a blueprint's range. */
function employeesFor(prng: Prng, [min, max]: EnterpriseBlueprint['employees']): number {
  return Math.round(min * (max / min) ** prng.next());
}

function uniqueName(prng: Prng, suffix: string, taken: Set<string>): string {
  for (let i = 0; i < MAX_TRIES; i++) {
    const name = `成都${prng.pick(TRADE_NAMES)}${suffix}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error(`ran out of trade names for ${suffix}`);
}

function generateEnterprises(prng: Prng, inputs: DemoInputs): DemoEnterprise[] {
  const districts = new Map(inputs.districts.map((d) => [d.code, d]));
  const towns = new Map((inputs.regions.children ?? []).map((d) => [d.code, { name: d.name, streets: d.children ?? [] }]));
  const industryLevels = new Map(inputs.industries.map((r) => [r.code, r.level]));
  const names = new Set<string>();
  const codes = new Set<string>();
  const enterprises: DemoEnterprise[] = [];

  for (const blueprint of ENTERPRISE_BLUEPRINTS) {
    if (industryLevels.get(blueprint.industryCode) !== 4) {
      throw new Error(`blueprint industry ${blueprint.industryCode} is not a GB/T 4754-2017 小类`);
    }
    for (let n = 0; n < blueprint.count; n++) {
      const districtCode = blueprint.districts[n % blueprint.districts.length] ?? '';
      const district = districts.get(districtCode);
      const town = towns.get(districtCode);
      if (!district || !town || town.streets.length === 0) throw new Error(`unknown district ${districtCode}`);
      const street = prng.pick(town.streets);
      let code = creditCode(prng, districtCode);
      while (codes.has(code)) code = creditCode(prng, districtCode);
      codes.add(code);
      const road = `${prng.pick(ROADS)}${prng.pick(ROAD_SECTIONS)}`;
      const [lng, lat] = locationIn(prng, district);
      enterprises.push({
        name: uniqueName(prng, blueprint.suffix, names),
        creditCode: code,
        industryCode: blueprint.industryCode,
        regionCode: street.code,
        address: `${town.name}${street.name}${road}${prng.int(1, 999)}号`,
        location: { lng, lat },
        employees: employeesFor(prng, blueprint.employees),
      });
    }
  }
  return enterprises;
}

function generateUsers(enterprises: readonly DemoEnterprise[]): DemoUser[] {
  const enterpriseUser = (username: string, person: string, index: number): DemoUser => {
    const e = enterprises[index];
    if (!e) throw new Error(`no enterprise ${index} for ${username}`);
    return { username, displayName: `${person}（${e.name}）`, role: 'enterprise', enterpriseIndex: index };
  };
  return [
    { username: 'regulator', displayName: '张伟（市应急管理局）', role: 'regulator', departmentKey: 'ema' },
    { username: 'regulator.zj', displayName: '李娜（市住房和城乡建设局）', role: 'regulator', departmentKey: 'housing' },
    { username: 'regulator.jj', displayName: '王磊（锦江区应急管理局）', role: 'regulator', departmentKey: 'ema-jinjiang' },
    { username: 'inspector', displayName: '刘洋（市应急管理局）', role: 'inspector', departmentKey: 'ema' },
    { username: 'expert', displayName: '陈静（安全生产专家）', role: 'expert' },
    enterpriseUser('enterprise', '赵强', 0),
    enterpriseUser('enterprise2', '孙丽', 1),
  ];
}

export function generateDemoCity(seed: number = DEMO_SEED, inputs: DemoInputs = loadDemoInputs()): DemoCity {
  const prng = createPrng(seed);
  const enterprises = generateEnterprises(prng, inputs);
  return {
    departments: DEMO_DEPARTMENTS.map((d) => ({ ...d, regionCodes: [...d.regionCodes], industryCodes: [...d.industryCodes] })),
    enterprises,
    users: generateUsers(enterprises),
  };
}
