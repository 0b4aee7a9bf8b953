import type { Cockpit } from '../../core/cockpit/cockpit.schema.ts';
import { regionLevelOf } from '../../core/organisations/regions.ts';
import { cityDateOf, cityDayStart } from '../../core/shared/city-time.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { invalid } from '../http/errors.ts';
import { referenceData } from '../organisations/reference-data.ts';
import { availablePanels } from './cockpit-registry.ts';

/** All panels of the domains that exist, for the city or one district (drill-down), within the caller's scope. */
export async function cockpit(db: Db, actor: Actor, regionCode: string | undefined, now = new Date()): Promise<Cockpit> {
  if (regionCode && (regionLevelOf(regionCode) !== 'district' || !referenceData().region(regionCode))) {
    throw invalid([{ path: 'regionCode', message: 'must be a district of the city' }]);
  }
  const today = cityDateOf(now);
  const ctx = {
    db,
    actor,
    districtCode: regionCode,
    now,
    year: today.year,
    yearStart: cityDayStart({ year: today.year, month: 1, day: 1 }),
    previousYearStart: cityDayStart({ year: today.year - 1, month: 1, day: 1 }),
    yearAgo: new Date(now.getTime() - 365 * 86_400_000),
  };
  const sources = await availablePanels(db);
  const loaded = await Promise.all(sources.map(async (s) => [s.key, await s.load(ctx)] as const));
  return { regionCode: regionCode ?? null, year: today.year, asOf: now.toISOString(), panels: Object.fromEntries(loaded) };
}
