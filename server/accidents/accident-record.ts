import { gradeOf } from '../../core/accidents/accident-grade.ts';
import type { AccidentCreate } from '../../core/accidents/accident.schema.ts';
import { isLateReport, reportingChain } from '../../core/accidents/reporting-chain.ts';
import { supplementaryWindowEndsAt } from '../../core/accidents/supplementary-window.ts';
import { regionLevelOf } from '../../core/organisations/regions.ts';
import type { Db } from '../db/database.ts';
import type { NewAccidentRow } from './accident.repository.ts';
import type { ErrorDetail } from '../http/errors.ts';
import type { ImportIssueCode } from '../../core/shared/import-report.ts';
import { referenceData } from '../organisations/reference-data.ts';
import type { EnterpriseRow } from '../organisations/enterprise.repository.ts';

/** Where an accident belongs: its enterprise's place, or the region and industry given for one outside any. */
export interface AccidentPlace {
  enterpriseId: string | null;
  regionCode: string;
  districtCode: string;
  regionPath: string[];
  industryCode: string;
  industrySection: string;
  industryPath: string[];
}

/** A problem with the place, with the code an import's report words it by. */
export type PlaceError = ErrorDetail & { code: ImportIssueCode };

/** Checks region and industry codes against the shipped reference data; unknown codes are validation errors. */
export function placeOf(input: { regionCode?: string | undefined; industryCode?: string | undefined }, enterprise: Pick<EnterpriseRow, 'id' | 'region_code' | 'industry_code'> | null, path = ''): { place?: AccidentPlace; errors: PlaceError[] } {
  const ref = referenceData();
  const errors: PlaceError[] = [];
  const regionCode = input.regionCode ?? enterprise?.region_code;
  const industryCode = input.industryCode ?? enterprise?.industry_code;
  const region = regionCode ? ref.region(regionCode) : undefined;
  if (!regionCode || !region) errors.push({ path: `${path}regionCode`, code: 'unknown_code', message: 'is not a region of the city' });
  else if (regionLevelOf(regionCode) === 'city') errors.push({ path: `${path}regionCode`, code: 'whole_city', message: 'must be a district or a street, not the whole city' });
  const industry = industryCode ? ref.industry(industryCode) : undefined;
  if (!industryCode || !industry) errors.push({ path: `${path}industryCode`, code: 'unknown_code', message: 'is not a GB/T 4754-2017 code' });
  if (errors.length > 0 || !regionCode || !industryCode || !industry) return { errors };
  return {
    errors,
    place: {
      enterpriseId: enterprise?.id ?? null,
      regionCode,
      districtCode: regionCode.slice(0, 6),
      regionPath: ref.regionPath(regionCode),
      industryCode,
      industrySection: industry.path[0]!,
      industryPath: industry.path,
    },
  };
}

export interface RecordedBy {
  userId: string | null;
  name: string;
  source: 'report' | 'import' | 'demo';
}

/**
 * The stored row of a new accident with everything derived by the core: grade (493号令 Art. 3), reporting chain
 * (Arts. 9–11; a live report is the unit's step, made when the platform received it), supplementary window
 * (Art. 13) and 迟报 (only for live reports: an imported or seeded record's report time is unknown). Its number
 * comes with the insert (insertAccidents).
 */
export function accidentRow(input: AccidentCreate, place: AccidentPlace, by: RecordedBy, reportedAt: Date): NewAccidentRow {
  const knownAt = input.knownAt ?? input.occurredAt;
  const grade = gradeOf(input);
  const chain = reportingChain(grade, knownAt);
  if (by.source === 'report') chain[0] = { ...chain[0]!, reportedAt: reportedAt.toISOString(), recordedBy: by.name };
  return {
    enterprise_id: place.enterpriseId,
    region_code: place.regionCode,
    district_code: place.districtCode,
    region_path: place.regionPath,
    industry_code: place.industryCode,
    industry_section: place.industrySection,
    industry_path: place.industryPath,
    occurred_at: input.occurredAt,
    known_at: knownAt,
    reported_at: reportedAt,
    category: input.category,
    deaths: input.deaths,
    missing: input.missing,
    serious_injuries: input.seriousInjuries,
    minor_injuries: input.minorInjuries,
    direct_loss_yuan: input.directLossYuan,
    is_road_traffic: input.isRoadTraffic,
    is_fire: input.isFire,
    description: input.description,
    grade,
    reporting_chain: JSON.stringify(chain),
    supplementary_ends_at: supplementaryWindowEndsAt(input.occurredAt, input),
    late_report: by.source === 'report' ? isLateReport(knownAt, reportedAt) : null,
    source: by.source,
    reported_by: by.userId,
    reported_by_name: by.name,
  };
}

export type { Db };
