import { describe, expect, it } from 'vitest';
import { coversEnterprise, departmentIsAbove, departmentScope, departmentScopeCovers, scopeOf } from './scope.ts';

const ALL = 'ABCDEFGHIJKLMNOPQRST'.split('');
const department = (id: string, regionCodes: string[], industryCodes: string[]) => {
  const scope = scopeOf({ role: 'regulator', department: { id, regionCodes, industryCodes } });
  if (scope.kind !== 'department') throw new Error('not a department scope');
  return scope;
};

const cityEma = department('city-ema', ['510100'], ALL);
const cityMarket = department('city-samr', ['510100'], ALL);
const cityHousing = department('city-housing', ['510100'], ['E']);
const jinjiangEma = department('jinjiang-ema', ['510104'], ALL);
const jinjiangChemicals = department('jinjiang-chem', ['510104'], ['26']);
const streetEma = department('street', ['510104017'], ALL);
const qingbaijiangEma = department('qbj-ema', ['510113'], ALL);

describe('one department’s scope covering another’s', () => {
  it('covers a district within its city and a 大类 within its 门类', () => {
    expect(departmentScopeCovers(cityEma, jinjiangEma)).toBe(true);
    expect(departmentScopeCovers(jinjiangEma, streetEma)).toBe(true);
    expect(departmentScopeCovers(department('c', ['510104'], ['C']), jinjiangChemicals)).toBe(true);
  });

  it('does not cover another district, a wider industry list or the whole city from a district', () => {
    expect(departmentScopeCovers(jinjiangEma, qingbaijiangEma)).toBe(false);
    expect(departmentScopeCovers(cityHousing, jinjiangEma)).toBe(false);
    expect(departmentScopeCovers(jinjiangEma, cityHousing)).toBe(false);
    expect(departmentScopeCovers(jinjiangChemicals, department('x', ['510104'], ['C']))).toBe(false);
  });

  it('never throws on a stored code of an unknown shape (it covers nothing)', () => {
    expect(departmentScopeCovers(jinjiangEma, department('odd', ['51x'], ALL))).toBe(false);
    expect(departmentScopeCovers(jinjiangChemicals, department('odd', ['510104'], ['ZZ']))).toBe(false);
  });
});

describe('a department above another', () => {
  it('is the city bureau over a district bureau and over a sector department', () => {
    expect(departmentIsAbove(cityEma, jinjiangEma)).toBe(true);
    expect(departmentIsAbove(cityEma, cityHousing)).toBe(true);
    expect(departmentIsAbove(jinjiangEma, jinjiangChemicals)).toBe(true);
  });

  it('is never the lower one, a peer with the same scope, a neighbour or the department itself', () => {
    expect(departmentIsAbove(jinjiangEma, cityEma)).toBe(false);
    expect(departmentIsAbove(cityMarket, cityEma)).toBe(false);
    expect(departmentIsAbove(cityEma, cityMarket)).toBe(false);
    expect(departmentIsAbove(jinjiangEma, qingbaijiangEma)).toBe(false);
    expect(departmentIsAbove(cityHousing, jinjiangEma)).toBe(false);
    expect(departmentIsAbove(cityEma, cityEma)).toBe(false);
  });
});

describe('a department-like scope (partner clients)', () => {
  it('drops a dimension that covers everything and keeps the others', () => {
    expect(departmentScope('partner:p1', ['510100'], ALL)).toEqual({ kind: 'department', departmentId: 'partner:p1', regionCodes: null, industryCodes: null });
    expect(departmentScope('partner:p2', ['510113'], ['C'])).toEqual({ kind: 'department', departmentId: 'partner:p2', regionCodes: ['510113'], industryCodes: ['C'] });
  });

  it('covers an enterprise by the same rule as a department', () => {
    const partner = departmentScope('partner:p2', ['510113'], ['C']);
    expect(coversEnterprise(partner, { regionPath: ['510100', '510113', '510113001'], industryPath: ['C', '26', '261', '2614'] })).toBe(true);
    expect(coversEnterprise(partner, { regionPath: ['510100', '510104'], industryPath: ['C', '26', '261', '2614'] })).toBe(false);
    expect(coversEnterprise(partner, { regionPath: ['510100', '510113'], industryPath: ['E', '47', '471', '4710'] })).toBe(false);
  });
});
