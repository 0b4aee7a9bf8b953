import { existsSync, readFileSync } from 'node:fs';
import { checkDistrictMap, type DistrictMapCheck, type DistrictMapReport } from '../../core/organisations/district-map-check.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/errors.ts';
import { referenceData } from './reference-data.ts';

/**
 * The city's district map (docs/adr, any city by configuration): the one an administrator uploaded, else the
 * shipped file of the city (server/organisations/data/maps/, see SOURCE.md), else none. Each is checked against
 * the districts of the division table; only current, valid districts are served.
 */

export type MapSource = 'uploaded' | 'shipped' | 'none';

export interface CityMapStatus {
  cityCode: string;
  cityName: string;
  source: MapSource;
  fileName: string | null;
  uploadedAt: Date | null;
  uploadedBy: string | null;
  report: DistrictMapReport | null;
}

const EMPTY_MAP = '{"type":"FeatureCollection","features":[]}';

const shipped = new Map<string, DistrictMapCheck | null>();

/** The shipped map of the configured city, checked once per process; null when none is shipped. */
export function shippedMap(): DistrictMapCheck | null {
  const { cityCode, districts } = referenceData();
  if (!shipped.has(cityCode)) {
    const file = new URL(`./data/maps/${cityCode}.geojson`, import.meta.url);
    shipped.set(cityCode, existsSync(file) ? checkDistrictMap(cityCode, JSON.parse(readFileSync(file, 'utf8')), districts) : null);
  }
  return shipped.get(cityCode) ?? null;
}

const uploadedRow = (db: Db, cityCode: string) =>
  db
    .selectFrom('city_maps')
    .leftJoin('users', 'users.id', 'city_maps.uploaded_by')
    .select(['city_maps.geojson', 'city_maps.report', 'city_maps.file_name', 'city_maps.uploaded_at', 'users.username'])
    .where('city_maps.city_code', '=', cityCode)
    .executeTakeFirst();

/** The map to draw, as GeoJSON text: never fails for want of a map (an empty collection then). */
export async function currentMapJson(db: Db): Promise<string> {
  const row = await uploadedRow(db, referenceData().cityCode);
  if (row) return row.geojson;
  const ship = shippedMap();
  return ship?.map ? JSON.stringify(ship.map) : EMPTY_MAP;
}

export async function mapStatus(db: Db): Promise<CityMapStatus> {
  const { cityCode, cityName } = referenceData();
  const row = await uploadedRow(db, cityCode);
  if (row) {
    return { cityCode, cityName, source: 'uploaded', fileName: row.file_name, uploadedAt: row.uploaded_at, uploadedBy: row.username, report: row.report as DistrictMapReport };
  }
  const ship = shippedMap();
  return { cityCode, cityName, source: ship?.map ? 'shipped' : 'none', fileName: null, uploadedAt: null, uploadedBy: null, report: ship?.report ?? null };
}

/**
 * Checks and stores an uploaded map. A file that draws no current district (not GeoJSON, wrong city, codes
 * nowhere) is refused with a 400 naming why; a partial one is accepted and its report says what is missing.
 */
export async function uploadMap(db: Db, actor: AuditActor, geojson: unknown, fileName: string | null): Promise<CityMapStatus> {
  const { cityCode, districts } = referenceData();
  const { report, map } = checkDistrictMap(cityCode, geojson, districts);
  if (!map) {
    const details = [
      ...report.problems.map((message) => ({ path: '', message })),
      ...report.extra.slice(0, 20).map((e) => ({ path: 'features', message: `${e.code ?? '(no code)'} ${e.name} is no district of ${cityCode}` })),
      ...report.invalid.slice(0, 20).map((i) => ({ path: `features.${i.index}`, message: i.reason })),
    ];
    throw new AppError('VALIDATION_FAILED', `The map is not usable: ${report.problems.join('; ')}`, details);
  }
  await db.transaction().execute(async (tx) => {
    const row = { geojson: JSON.stringify(map), report: JSON.stringify(report), file_name: fileName, uploaded_by: actor.userId, uploaded_at: new Date() };
    await tx
      .insertInto('city_maps')
      .values({ city_code: cityCode, ...row })
      .onConflict((oc) => oc.column('city_code').doUpdateSet(row))
      .execute();
    await recordAudit(tx, actor, {
      action: 'city_map.upload',
      entity: 'city_map',
      entityId: cityCode,
      after: { fileName, matched: report.matched.map((d) => d.code), missing: report.missing.map((d) => d.code), extra: report.extra, invalid: report.invalid.length },
    });
  });
  return mapStatus(db);
}

/** Drops the uploaded map: the shipped one (if any) is served again. */
export async function removeUploadedMap(db: Db, actor: AuditActor): Promise<CityMapStatus> {
  const { cityCode } = referenceData();
  await db.transaction().execute(async (tx) => {
    const removed = await tx.deleteFrom('city_maps').where('city_code', '=', cityCode).returning('file_name').executeTakeFirst();
    if (!removed) throw new AppError('NOT_FOUND', 'No uploaded map to remove');
    await recordAudit(tx, actor, { action: 'city_map.remove', entity: 'city_map', entityId: cityCode, before: { fileName: removed.file_name } });
  });
  return mapStatus(db);
}

/** One line for the start-up log: what the map lacks and holds that the division table does not. */
export function describeReport(status: CityMapStatus): string {
  const { report } = status;
  if (!report) return `no district map for ${status.cityName} (${status.cityCode}); an administrator can upload one`;
  const list = (items: { code: string | null; name: string }[]) => items.map((d) => `${d.code ?? '?'} ${d.name}`).join(', ');
  const parts = [`district map of ${status.cityName} (${status.source}): ${report.matched.length} of ${report.matched.length + report.missing.length} districts`];
  if (report.missing.length > 0) parts.push(`lacks ${list(report.missing)}`);
  if (report.extra.length > 0) parts.push(`holds no-longer-current ${list(report.extra)} (left off)`);
  if (report.invalid.length > 0) parts.push(`${report.invalid.length} unusable feature(s) left off`);
  return parts.join('; ');
}
