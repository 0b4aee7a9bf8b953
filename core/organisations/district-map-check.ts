import { z } from 'zod';

/**
 * Checks a district map (a GeoJSON FeatureCollection, RFC 7946) against the city's districts from the division
 * table: which districts it draws, which it lacks, which of its features are no current district (a map older
 * than a re-division, e.g. 杭州市 before 2021 still has 下城区 and 江干区), and which features are unusable
 * (no polygon, rings not closed, positions outside China). The map that is served keeps only the features
 * that are current districts and valid, named as the division table names them.
 */

/**
 * Mainland China, its islands and the South China Sea islands, with a margin (RFC 7946 order:
 * [west, south, east, north]); a position outside is a swapped [lat, lng], a projected coordinate or a typo.
 */
export const CHINA_BBOX = [73, 3, 136, 54] as const;

const districtRefSchema = z.object({ code: z.string(), name: z.string() });

export const districtMapReportSchema = z.object({
  cityCode: z.string(),
  featureCount: z.number().int().describe('features in the uploaded or shipped file'),
  usable: z.boolean().describe('true when at least one feature draws a current district; an unusable map is refused'),
  problems: z.array(z.string()).describe('why the file is not usable at all (empty when usable)'),
  matched: z.array(districtRefSchema).describe('districts the map draws'),
  missing: z.array(districtRefSchema).describe('districts of the division table the map does not draw'),
  extra: z.array(z.object({ code: z.string().nullable(), name: z.string() })).describe('features that are no current district of the city (left off the map)'),
  invalid: z
    .array(z.object({ index: z.number().int(), code: z.string().nullable(), name: z.string(), reason: z.string() }))
    .describe('features left off because their geometry or code is unusable'),
  renamed: z.array(z.object({ code: z.string(), mapName: z.string(), name: z.string() })).describe('districts whose name on the map differs from the division table'),
});
export type DistrictMapReport = z.infer<typeof districtMapReportSchema>;

export interface DistrictMapFeature {
  type: 'Feature';
  properties: { adcode: string; name: string; center?: [number, number]; centroid?: [number, number] };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}
export interface DistrictMap {
  type: 'FeatureCollection';
  features: DistrictMapFeature[];
}

export interface DistrictMapCheck {
  report: DistrictMapReport;
  /** The map to serve: current, valid districts only; null when the file is not usable. */
  map: DistrictMap | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why a position is unusable, or null. */
function positionProblem(p: unknown): string | null {
  if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
    return 'a position is not [longitude, latitude]';
  }
  const [west, south, east, north] = CHINA_BBOX;
  if (p[0] < west || p[0] > east || p[1] < south || p[1] > north) return `position [${p[0]}, ${p[1]}] lies outside China (lng ${west}–${east}, lat ${south}–${north})`;
  return null;
}

/** RFC 7946 §3.1.6: a linear ring has ≥ 4 positions, the last equal to the first; it must enclose an area. */
function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return 'a ring has fewer than 4 positions';
  for (const p of ring) {
    const problem = positionProblem(p);
    if (problem) return problem;
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return 'a ring is not closed (its last position differs from its first)';
  let twiceArea = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i] as number[];
    const [x2, y2] = ring[i + 1] as number[];
    twiceArea += x1! * y2! - x2! * y1!;
  }
  return twiceArea === 0 ? 'a ring encloses no area' : null;
}

function polygonProblem(polygon: unknown): string | null {
  if (!Array.isArray(polygon) || polygon.length === 0) return 'a polygon has no rings';
  for (const ring of polygon) {
    const problem = ringProblem(ring);
    if (problem) return problem;
  }
  return null;
}

/** Polygon or MultiPolygon with valid rings; anything else is unusable for a district. */
export function geometryProblem(geometry: unknown): string | null {
  if (!isRecord(geometry)) return 'no geometry';
  if (geometry.type === 'Polygon') return polygonProblem(geometry.coordinates);
  if (geometry.type === 'MultiPolygon') {
    if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length === 0) return 'a MultiPolygon has no polygons';
    for (const polygon of geometry.coordinates) {
      const problem = polygonProblem(polygon);
      if (problem) return problem;
    }
    return null;
  }
  return `geometry type ${JSON.stringify(geometry.type)} is not Polygon or MultiPolygon`;
}

const pair = (v: unknown): [number, number] | undefined =>
  Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n)) ? [v[0] as number, v[1] as number] : undefined;

/** The adcode as a 6-digit string (DataV writes a number; '100000_JD' and the like are no district). */
function adcodeOf(properties: Record<string, unknown>): string | null {
  const raw = properties.adcode ?? properties.code;
  const text = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  return /^\d{6}$/.test(text) ? text : null;
}

/**
 * `geojson` is the parsed file; `districts` the city's districts from the division table. A feature is matched
 * by its `adcode` (or `code`), else by its exact `name`.
 */
export function checkDistrictMap(cityCode: string, geojson: unknown, districts: readonly { code: string; name: string }[]): DistrictMapCheck {
  const report: DistrictMapReport = { cityCode, featureCount: 0, usable: false, problems: [], matched: [], missing: [], extra: [], invalid: [], renamed: [] };
  if (!isRecord(geojson) || geojson.type !== 'FeatureCollection' || !Array.isArray(geojson.features)) {
    report.problems.push('not a GeoJSON FeatureCollection (RFC 7946 §3.3): expected {"type": "FeatureCollection", "features": [...]}');
    report.missing = districts.map(({ code, name }) => ({ code, name }));
    return { report, map: null };
  }
  report.featureCount = geojson.features.length;
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const byName = new Map(districts.map((d) => [d.name, d]));
  const drawn = new Map<string, DistrictMapFeature>();
  geojson.features.forEach((feature: unknown, index) => {
    const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    const mapName = typeof properties.name === 'string' ? properties.name : '';
    const code = adcodeOf(properties);
    if (!isRecord(feature) || feature.type !== 'Feature') {
      report.invalid.push({ index, code, name: mapName, reason: 'not a GeoJSON Feature' });
      return;
    }
    const district = (code ? byCode.get(code) : undefined) ?? (code === null ? byName.get(mapName) : undefined);
    if (!district) {
      report.extra.push({ code, name: mapName });
      return;
    }
    const problem = geometryProblem(feature.geometry);
    if (problem) {
      report.invalid.push({ index, code: district.code, name: mapName || district.name, reason: problem });
      return;
    }
    if (drawn.has(district.code)) {
      report.invalid.push({ index, code: district.code, name: mapName, reason: `a second feature for ${district.code} ${district.name}` });
      return;
    }
    if (mapName !== district.name) report.renamed.push({ code: district.code, mapName, name: district.name });
    const geometry = feature.geometry as DistrictMapFeature['geometry'];
    const center = pair(properties.center);
    const centroid = pair(properties.centroid);
    drawn.set(district.code, {
      type: 'Feature',
      properties: { adcode: district.code, name: district.name, ...(center ? { center } : {}), ...(centroid ? { centroid } : {}) },
      geometry: { type: geometry.type, coordinates: geometry.coordinates },
    });
  });
  for (const d of districts) {
    if (drawn.has(d.code)) report.matched.push({ code: d.code, name: d.name });
    else report.missing.push({ code: d.code, name: d.name });
  }
  report.usable = drawn.size > 0;
  if (!report.usable) report.problems.push(`no feature draws a district of ${cityCode} (features are matched by properties.adcode, else by name)`);
  const features = districts.map((d) => drawn.get(d.code)).filter((f): f is DistrictMapFeature => f !== undefined);
  return { report, map: report.usable ? { type: 'FeatureCollection', features } : null };
}
