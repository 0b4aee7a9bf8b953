import { industryAncestors } from './industries.ts';
import { regionCodeSchema, regionPath } from './regions.ts';
import type { Role } from './roles.ts';

/**
 * What a caller may see. A typed union, never compared as raw strings:
 * - `city`: the whole city (admins; experts, who are engaged by the city bureau for assessments);
 * - `department`: enterprises whose region lies within one of the department's regions AND whose industry
 *   lies within one it supervises (三管三必须, 安全生产法 2021 Art. 3 and domain-rules §10.1);
 * - `enterprise`: exactly one enterprise (its own officers).
 */
export type Scope =
  | { kind: 'city' }
  | {
      kind: 'department';
      departmentId: string;
      /** null: the department's regions cover the whole city. */
      regionCodes: string[] | null;
      /** null: the department supervises every GB/T 4754 section (e.g. the 应急管理局's comprehensive supervision). */
      industryCodes: string[] | null;
    }
  | { kind: 'enterprise'; enterpriseId: string };

/** GB/T 4754-2017 has the 20 sections A–T. */
const ALL_SECTIONS = 'ABCDEFGHIJKLMNOPQRST'.split('');

/** A city code (GB/T 2260: ends in '00') covers all of its districts and streets. */
const coversWholeCity = (regionCodes: readonly string[]) => regionCodes.some((c) => c.length === 6 && c.endsWith('00'));
const coversAllIndustries = (industryCodes: readonly string[]) => ALL_SECTIONS.every((s) => industryCodes.includes(s));

export interface ScopeSource {
  role: Role;
  department?: { id: string; regionCodes: string[]; industryCodes: string[] } | null;
  enterpriseId?: string | null;
}

export function scopeOf(source: ScopeSource): Scope {
  switch (source.role) {
    case 'admin':
    case 'expert':
      return { kind: 'city' };
    case 'regulator':
    case 'inspector': {
      const d = source.department;
      if (!d) throw new Error(`a ${source.role} needs a department`);
      return departmentScope(d.id, d.regionCodes, d.industryCodes);
    }
    case 'enterprise':
      if (!source.enterpriseId) throw new Error('an enterprise user needs an enterprise');
      return { kind: 'enterprise', enterpriseId: source.enterpriseId };
  }
}

/**
 * A department's scope from its regions and industries. Partner clients (server/partners) read through the same
 * shape: their districts and industries are a department's, so every `inScope` query serves them unchanged.
 */
export function departmentScope(id: string, regionCodes: string[], industryCodes: string[]): Extract<Scope, { kind: 'department' }> {
  // An unrestricted dimension is dropped here, so that queries do not test what always holds.
  return {
    kind: 'department',
    departmentId: id,
    regionCodes: coversWholeCity(regionCodes) ? null : regionCodes,
    industryCodes: coversAllIndustries(industryCodes) ? null : industryCodes,
  };
}

export interface ScopedEnterprise {
  id?: string;
  regionPath: readonly string[];
  industryPath: readonly string[];
}

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** The same rule as the database query, for records not yet stored (e.g. may a regulator create this one?). */
export function coversEnterprise(scope: Scope, e: ScopedEnterprise): boolean {
  switch (scope.kind) {
    case 'city':
      return true;
    case 'department':
      return (
        (scope.regionCodes === null || overlaps(scope.regionCodes, e.regionPath)) &&
        (scope.industryCodes === null || overlaps(scope.industryCodes, e.industryPath))
      );
    case 'enterprise':
      return e.id !== undefined && e.id === scope.enterpriseId;
  }
}

type DepartmentScope = Extract<Scope, { kind: 'department' }>;

/** Codes from the city down to a region code; an unknown shape is only itself (never throws on stored data). */
const regionPathOf = (code: string) => (regionCodeSchema.safeParse(code).success ? regionPath(code) : [code]);

/**
 * Every enterprise `inner` supervises, `outer` supervises too: each of inner's regions lies within one of outer's
 * (a district within its city), each of its industries within one of outer's (a 小类 within its 门类) — the rule
 * of `coversEnterprise`, lifted from one enterprise to a department's whole scope.
 */
export function departmentScopeCovers(outer: DepartmentScope, inner: DepartmentScope): boolean {
  const regions =
    outer.regionCodes === null || (inner.regionCodes !== null && inner.regionCodes.every((r) => overlaps(regionPathOf(r), outer.regionCodes!)));
  const industries =
    outer.industryCodes === null ||
    (inner.industryCodes !== null && inner.industryCodes.every((i) => overlaps(industryAncestors(i), outer.industryCodes!)));
  return regions && industries;
}

/**
 * A department is above another when its scope covers the other's and is wider: the city's 应急管理局 (whole
 * city, every industry) over a district's, or over a sector department (住建局, construction only). Peers with the
 * same scope are not above one another.
 */
export const departmentIsAbove = (upper: DepartmentScope, lower: DepartmentScope): boolean =>
  upper.departmentId !== lower.departmentId && departmentScopeCovers(upper, lower) && !departmentScopeCovers(lower, upper);
