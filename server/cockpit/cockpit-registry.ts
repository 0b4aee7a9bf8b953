import { sql } from 'kysely';
import type { CockpitPanel } from '../../core/cockpit/cockpit.schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';

export interface CockpitContext {
  db: Db;
  actor: Actor;
  /** A district (drill-down) or undefined for the whole city. */
  districtCode: string | undefined;
  now: Date;
  /** Start of this year and of the year before (Asia/Shanghai), and now one year ago. */
  yearStart: Date;
  previousYearStart: Date;
  yearAgo: Date;
  year: number;
}

/**
 * A domain's contribution to the cockpit. `requiresTable` names the table whose existence decides whether the
 * panel is shown: a domain merged later registers its panel here and it appears once its migration ran.
 *
 *   registerCockpitPanel({ key: 'alarms', requiresTable: 'alarms', load: alarmsPanel });
 */
export interface CockpitPanelSource {
  key: string;
  requiresTable: string;
  load(ctx: CockpitContext): Promise<CockpitPanel>;
}

const sources: CockpitPanelSource[] = [];

export function registerCockpitPanel(source: CockpitPanelSource): void {
  if (!sources.some((s) => s.key === source.key)) sources.push(source);
}

/** The sources whose tables exist, looked up once per database (tables appear only with a migration at start). */
const available = new WeakMap<Db, Promise<CockpitPanelSource[]>>();

export function availablePanels(db: Db): Promise<CockpitPanelSource[]> {
  let found = available.get(db);
  if (!found) {
    found = (async () => {
      const out: CockpitPanelSource[] = [];
      for (const s of sources) {
        const { rows } = await sql<{ t: string | null }>`SELECT to_regclass(${`public.${s.requiresTable}`})::text AS t`.execute(db);
        if (rows[0]?.t) out.push(s);
      }
      return out;
    })();
    available.set(db, found);
  }
  return found;
}
