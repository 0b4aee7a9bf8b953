import { describe, it, expect } from 'vitest';
import { flattenRegions, regionLevelOf, regionNodeSchema, regionPath, type RegionNode } from './regions.ts';

const tree: RegionNode = {
  code: '510100',
  name: '成都市',
  level: 'city',
  children: [
    {
      code: '510104',
      name: '锦江区',
      level: 'district',
      children: [
        { code: '510104017', name: '锦官驿街道', level: 'street' },
        { code: '510104018', name: '东湖街道', level: 'street' },
      ],
    },
    { code: '510113', name: '青白江区', level: 'district', children: [{ code: '510113001', name: '大弯街道', level: 'street' }] },
  ],
};

describe('regionPath', () => {
  it.each([
    ['510104001', ['510100', '510104', '510104001']],
    ['510104', ['510100', '510104']],
    ['510100', ['510100']],
    ['510185037', ['510100', '510185', '510185037']],
    ['110101001', ['110100', '110101', '110101001']],
  ])('%s → %j', (code, path) => {
    expect(regionPath(code)).toEqual(path);
  });

  it.each(['', '5101', '51010400', '5101040011', '51010A', ' 510104'])('throws on the non-code %j', (code) => {
    expect(() => regionPath(code)).toThrow(RangeError);
  });
});

describe('regionLevelOf', () => {
  it.each([
    ['510100', 'city'],
    ['510104', 'district'],
    ['510181', 'district'],
    ['510104017', 'street'],
  ])('%s is a %s', (code, level) => {
    expect(regionLevelOf(code)).toBe(level);
  });
});

describe('flattenRegions', () => {
  it('lists parents before children with their parent codes', () => {
    expect(flattenRegions(tree)).toEqual([
      { code: '510100', name: '成都市', level: 'city', parentCode: null },
      { code: '510104', name: '锦江区', level: 'district', parentCode: '510100' },
      { code: '510104017', name: '锦官驿街道', level: 'street', parentCode: '510104' },
      { code: '510104018', name: '东湖街道', level: 'street', parentCode: '510104' },
      { code: '510113', name: '青白江区', level: 'district', parentCode: '510100' },
      { code: '510113001', name: '大弯街道', level: 'street', parentCode: '510113' },
    ]);
  });

  it('agrees with regionPath on every node', () => {
    for (const r of flattenRegions(tree)) expect(regionPath(r.code).at(-2) ?? null).toBe(r.parentCode);
  });
});

describe('regionNodeSchema', () => {
  it('accepts a nested tree and rejects a bad code deep inside', () => {
    expect(regionNodeSchema.safeParse(tree).success).toBe(true);
    const bad = structuredClone(tree);
    const street = bad.children?.[0]?.children?.[0];
    if (street) street.code = '51010401';
    const result = regionNodeSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['children', 0, 'children', 0, 'code']);
  });
});
