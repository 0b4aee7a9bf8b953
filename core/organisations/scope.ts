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
  | { kind: 'department'; departmentId: string; regionCodes: string[]; industryCodes: string[] }
  | { kind: 'enterprise'; enterpriseId: string };

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
      return { kind: 'department', departmentId: d.id, regionCodes: d.regionCodes, industryCodes: d.industryCodes };
    }
    case 'enterprise':
      if (!source.enterpriseId) throw new Error('an enterprise user needs an enterprise');
      return { kind: 'enterprise', enterpriseId: source.enterpriseId };
  }
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
      return overlaps(scope.regionCodes, e.regionPath) && overlaps(scope.industryCodes, e.industryPath);
    case 'enterprise':
      return e.id !== undefined && e.id === scope.enterpriseId;
  }
}
