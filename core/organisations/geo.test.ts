import { describe, it, expect } from 'vitest';
import { pointInMultiPolygon, pointInPolygon, pointInRing, type Polygon, type Ring } from './geo.ts';

const square: Ring = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
// A "U": the notch x 4–6, y 4–10 is outside.
const u: Ring = [[0, 0], [10, 0], [10, 10], [6, 10], [6, 4], [4, 4], [4, 10], [0, 10], [0, 0]];
const withHole: Polygon = [square, [[3, 3], [7, 3], [7, 7], [3, 7], [3, 3]]];

describe('pointInRing', () => {
  it.each([
    [[5, 5], true],
    [[0.001, 9.999], true],
    [[-1, 5], false],
    [[11, 5], false],
    [[5, 10.5], false],
  ] as const)('square: %j → %s', (point, expected) => {
    expect(pointInRing(point, square)).toBe(expected);
  });

  it.each([
    [[2, 8], true],
    [[8, 8], true],
    [[5, 2], true],
    [[5, 8], false],
  ] as const)('concave U: %j → %s', (point, expected) => {
    expect(pointInRing(point, u)).toBe(expected);
  });

  it('counts a ray through a vertex once', () => {
    const diamond: Ring = [[5, 0], [10, 5], [5, 10], [0, 5]];
    // The ray east from (2,5) passes through the vertex (10,5).
    expect(pointInRing([2, 5], diamond)).toBe(true);
    expect(pointInRing([-2, 5], diamond)).toBe(false);
  });

  it('works whether or not the ring repeats its first position', () => {
    expect(pointInRing([5, 5], square.slice(0, 4))).toBe(true);
  });
});

describe('pointInPolygon / pointInMultiPolygon', () => {
  it('excludes points in a hole', () => {
    expect(pointInPolygon([1, 1], withHole)).toBe(true);
    expect(pointInPolygon([5, 5], withHole)).toBe(false);
  });

  it('accepts a point in any part of a multipolygon', () => {
    const far: Polygon = [[[20, 20], [30, 20], [30, 30], [20, 30], [20, 20]]];
    expect(pointInMultiPolygon([25, 25], [withHole, far])).toBe(true);
    expect(pointInMultiPolygon([15, 15], [withHole, far])).toBe(false);
    expect(pointInMultiPolygon([1, 1], [])).toBe(false);
  });

  it('places a real point inside a district-sized ring in lng/lat', () => {
    const ring: Ring = [[104.0, 30.6], [104.1, 30.6], [104.1, 30.7], [104.0, 30.7], [104.0, 30.6]];
    expect(pointInRing([104.0809, 30.6577], ring)).toBe(true);
    expect(pointInRing([104.2, 30.6577], ring)).toBe(false);
  });
});
