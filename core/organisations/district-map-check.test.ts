import { describe, expect, it } from 'vitest';
import { checkDistrictMap, geometryProblem } from './district-map-check.ts';

const square = (lng: number, lat: number) => [[[lng, lat], [lng + 0.1, lat], [lng + 0.1, lat + 0.1], [lng, lat + 0.1], [lng, lat]]];
const feature = (properties: Record<string, unknown>, geometry: unknown = { type: 'Polygon', coordinates: square(104, 30.6) }) => ({ type: 'Feature', properties, geometry });
const districts = [
  { code: '510104', name: '锦江区' },
  { code: '510105', name: '青羊区' },
  { code: '510106', name: '金牛区' },
];

describe('checkDistrictMap', () => {
  it('matches features by adcode, number or string, and serves them under the division table’s names', () => {
    const { report, map } = checkDistrictMap('510100', { type: 'FeatureCollection', features: [feature({ adcode: 510104, name: '锦江区' }), feature({ adcode: '510105', name: '青羊' })] }, districts);
    expect(report.usable).toBe(true);
    expect(report.matched.map((d) => d.code)).toEqual(['510104', '510105']);
    expect(report.missing).toEqual([{ code: '510106', name: '金牛区' }]);
    expect(report.renamed).toEqual([{ code: '510105', mapName: '青羊', name: '青羊区' }]);
    expect(map?.features.map((f) => [f.properties.adcode, f.properties.name])).toEqual([['510104', '锦江区'], ['510105', '青羊区']]);
  });

  it('names features that are no current district and leaves them off the map', () => {
    const { report, map } = checkDistrictMap('510100', { type: 'FeatureCollection', features: [feature({ adcode: 510104, name: '锦江区' }), feature({ adcode: 510199, name: '旧区' }), feature({ adcode: '100000_JD', name: '' })] }, districts);
    expect(report.extra).toEqual([{ code: '510199', name: '旧区' }, { code: null, name: '' }]);
    expect(map?.features).toHaveLength(1);
  });

  it('matches a feature without a code by its exact name', () => {
    const { report } = checkDistrictMap('510100', { type: 'FeatureCollection', features: [feature({ name: '金牛区' })] }, districts);
    expect(report.matched).toEqual([{ code: '510106', name: '金牛区' }]);
  });

  it('leaves off features with positions outside China, open rings or a second feature for one district', () => {
    const swapped = { type: 'Polygon', coordinates: [square(104, 30.6)[0]!.map(([a, b]) => [b, a])] };
    const open = { type: 'Polygon', coordinates: [square(104, 30.6)[0]!.slice(0, 4)] };
    const { report } = checkDistrictMap('510100', {
      type: 'FeatureCollection',
      features: [feature({ adcode: 510104, name: '锦江区' }, swapped), feature({ adcode: 510105, name: '青羊区' }, open), feature({ adcode: 510106, name: '金牛区' }), feature({ adcode: 510106, name: '金牛区' })],
    }, districts);
    expect(report.invalid.map((i) => [i.code, i.reason])).toEqual([
      ['510104', expect.stringContaining('outside China')],
      ['510105', expect.stringContaining('not closed')],
      ['510106', 'a second feature for 510106 金牛区'],
    ]);
    expect(report.matched.map((d) => d.code)).toEqual(['510106']);
    expect(report.missing.map((d) => d.code)).toEqual(['510104', '510105']);
  });

  it('refuses what is not a FeatureCollection, and a collection that draws no district', () => {
    for (const input of [null, [], { type: 'Feature' }, { type: 'FeatureCollection' }]) {
      const { report, map } = checkDistrictMap('510100', input, districts);
      expect(report.usable).toBe(false);
      expect(report.problems[0]).toContain('not a GeoJSON FeatureCollection');
      expect(map).toBeNull();
    }
    const { report, map } = checkDistrictMap('510100', { type: 'FeatureCollection', features: [feature({ adcode: 330102, name: '上城区' })] }, districts);
    expect(report.usable).toBe(false);
    expect(report.problems[0]).toContain('no feature draws a district of 510100');
    expect(report.extra).toEqual([{ code: '330102', name: '上城区' }]);
    expect(map).toBeNull();
  });
});

describe('geometryProblem', () => {
  it('accepts Polygon and MultiPolygon and refuses other geometries, unclosed and zero-area rings', () => {
    expect(geometryProblem({ type: 'Polygon', coordinates: square(104, 30) })).toBeNull();
    expect(geometryProblem({ type: 'MultiPolygon', coordinates: [square(104, 30), square(105, 30)] })).toBeNull();
    expect(geometryProblem({ type: 'Point', coordinates: [104, 30] })).toContain('not Polygon or MultiPolygon');
    expect(geometryProblem({ type: 'Polygon', coordinates: [[[104, 30], [104.1, 30], [104.1, 30.1], [104, 30.1], [104, 30.1]]] })).toContain('not closed');
    expect(geometryProblem({ type: 'Polygon', coordinates: [[[104, 30], [104.1, 30], [104.2, 30], [104, 30]]] })).toBe('a ring encloses no area');
    expect(geometryProblem({ type: 'Polygon', coordinates: [[[104, 30], ['x', 30], [104.2, 30.1], [104, 30]]] })).toContain('not [longitude, latitude]');
  });
});
