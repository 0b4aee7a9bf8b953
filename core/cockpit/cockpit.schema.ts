import { z } from 'zod';
import { alarmFactsSchema } from '../monitoring/alarm.schema.ts';
import { regionCodeSchema } from '../organisations/regions.ts';

/**
 * The leaders' cockpit (领导驾驶舱): one answer with a panel per domain that exists. Each domain contributes its
 * KPIs, its map indicators, its monthly trend and its recent items; the web shows what is there.
 */

export const kpiSchema = z.object({
  key: z.string(),
  value: z.number(),
  /** The same figure one year earlier (as of the same day), for the year-on-year arrow; null when not comparable. */
  previous: z.number().nullable(),
});
export type Kpi = z.infer<typeof kpiSchema>;

export const regionValueSchema = z.object({ regionCode: z.string(), value: z.number() });

export const monthlySeriesSchema = z.object({
  key: z.string(),
  /** 12 values, January to December of the year, and the year before. */
  values: z.array(z.number()),
  previous: z.array(z.number()),
});

export const recentItemSchema = z.object({
  type: z.string(),
  id: z.string(),
  at: z.string(),
  title: z.string(),
  districtCode: z.string(),
  enterpriseId: z.string().nullable(),
  severity: z.string(),
  /** An alarm's fields, for the screen to word it in the reader's language (alarm items only). */
  alarm: alarmFactsSchema.optional(),
});
export type RecentItem = z.infer<typeof recentItemSchema>;

export const enterpriseItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  value: z.number(),
});

export const cockpitPanelSchema = z.object({
  kpis: z.array(kpiSchema),
  /** Map indicators: indicator key → value per district. */
  byRegion: z.record(z.string(), z.array(regionValueSchema)),
  monthly: z.array(monthlySeriesSchema),
  recent: z.array(recentItemSchema),
  /** Drill-down to enterprises: the units that weigh most in this panel (in the chosen district, or city-wide). */
  enterprises: z.array(enterpriseItemSchema),
});
export type CockpitPanel = z.infer<typeof cockpitPanelSchema>;

export const cockpitQuerySchema = z.object({ regionCode: regionCodeSchema.optional() });

export const cockpitSchema = z.object({
  regionCode: z.string().nullable(),
  year: z.number().int(),
  asOf: z.string(),
  /** Panels by domain: `accidents`, `hazards` now; `alarms`, `risks` once their domains are merged. */
  panels: z.record(z.string(), cockpitPanelSchema),
});
export type Cockpit = z.infer<typeof cockpitSchema>;
