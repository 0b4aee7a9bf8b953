/**
 * Planar point-in-polygon for GeoJSON shapes (RFC 7946: positions are [longitude, latitude]; a polygon is an
 * outer ring followed by holes). Treating degrees as planar coordinates is fine at district scale.
 */

export type Position = readonly [lng: number, lat: number];
export type Ring = readonly Position[];
export type Polygon = readonly Ring[];
export type MultiPolygon = readonly Polygon[];

/**
 * Even-odd ray casting: count crossings of a ray going east from the point. Each edge is treated as
 * half-open in latitude, so a ray through a vertex counts once. A point exactly on an edge may fall either way.
 * The ring may be closed (last position = first, as RFC 7946 §3.1.6 requires) or not.
 */
export function pointInRing(point: Position, ring: Ring): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    const [xi, yi] = a;
    const [xj, yj] = b;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
export function pointInPolygon(point: Position, polygon: Polygon): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !pointInRing(point, outer)) return false;
  return !holes.some((hole) => pointInRing(point, hole));
}

export function pointInMultiPolygon(point: Position, shape: MultiPolygon): boolean {
  return shape.some((polygon) => pointInPolygon(point, polygon));
}
