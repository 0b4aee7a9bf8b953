import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { industryRowSchema, type IndustryRow } from '../../core/organisations/industries.ts';
import { regionNodeSchema, type RegionNode } from '../../core/organisations/regions.ts';
import type { MultiPolygon, Position } from '../../core/organisations/geo.ts';
import { cityRegions } from '../organisations/divisions.ts';

/**
 * Loads the shipped reference data the demo city is built from (server/organisations/data, see SOURCE.md).
 * Files are read on the first call, not at import time, and validated once: a broken regeneration should fail
 * here with a field path rather than as odd demo data.
 */

const DATA_DIR = new URL('../organisations/data/', import.meta.url);

const positionSchema = z.tuple([z.number(), z.number()]);

const districtsSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      properties: z.object({ adcode: z.number().int(), name: z.string(), center: positionSchema, centroid: positionSchema }),
      geometry: z.object({
        type: z.literal('MultiPolygon'),
        coordinates: z.array(z.array(z.array(positionSchema).min(4)).min(1)).min(1),
      }),
    }),
  ),
});

export interface DistrictShape {
  code: string;
  name: string;
  center: Position;
  centroid: Position;
  shape: MultiPolygon;
}

export interface DemoInputs {
  industries: IndustryRow[];
  regions: RegionNode;
  districts: DistrictShape[];
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, DATA_DIR), 'utf8'));
}

let cached: DemoInputs | undefined;

export function loadDemoInputs(): DemoInputs {
  if (cached) return cached;
  const industries = z.array(industryRowSchema).parse(readJson('industries-gbt4754-2017.json'));
  // The demo city is 成都市 whatever ANQUAN_CITY says; the platform seeds it only when the city is 510100.
  const chengdu = cityRegions('510100');
  if (!chengdu.ok) throw new Error(`the division table lacks 成都市: ${chengdu.reason}`);
  const regions = regionNodeSchema.parse(chengdu.tree);
  const districts = districtsSchema.parse(readJson('maps/510100.geojson')).features.map((f) => ({
    code: String(f.properties.adcode),
    name: f.properties.name,
    center: f.properties.center,
    centroid: f.properties.centroid,
    shape: f.geometry.coordinates,
  }));
  cached = { industries, regions, districts };
  return cached;
}
