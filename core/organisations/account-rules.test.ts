import { describe, expect, it } from 'vitest';
import { accountLinkProblems, lastAdminRefusal } from './account-rules.ts';

describe('accountLinkProblems', () => {
  it('asks a regulator for a department and refuses an enterprise link', () => {
    expect(accountLinkProblems('regulator', { enterpriseId: 'e' })).toEqual([
      { path: 'departmentId', message: 'is required for role regulator' },
      { path: 'enterpriseId', message: 'must not be set for role regulator' },
    ]);
  });
  it('accepts an enterprise officer with an enterprise and an expert with neither', () => {
    expect(accountLinkProblems('enterprise', { enterpriseId: 'e', departmentId: null })).toEqual([]);
    expect(accountLinkProblems('expert', {})).toEqual([]);
  });
});

describe('lastAdminRefusal', () => {
  const admin = { id: 'a', role: 'admin' as const, active: true };
  it('refuses deactivating the only active admin', () => {
    expect(lastAdminRefusal(['a'], admin, { role: 'admin', active: false })).toMatch(/last active administrator.*deactivating/);
  });
  it('refuses demoting the only active admin', () => {
    expect(lastAdminRefusal(['a'], admin, { role: 'expert', active: true })).toMatch(/last active administrator.*changing its role/);
  });
  it('lets an admin go when another active admin remains', () => {
    expect(lastAdminRefusal(['a', 'b'], admin, { role: 'expert', active: false })).toBeNull();
  });
  it('ignores changes that keep an active admin, and accounts that were not one', () => {
    expect(lastAdminRefusal(['a'], admin, { role: 'admin', active: true })).toBeNull();
    expect(lastAdminRefusal(['a'], { id: 'x', role: 'admin', active: false }, { role: 'expert', active: false })).toBeNull();
    expect(lastAdminRefusal([], { id: 'x', role: 'expert', active: true }, { role: 'expert', active: false })).toBeNull();
  });
});
