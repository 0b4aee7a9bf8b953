import type { Selectable } from 'kysely';
import type { Accident, AccidentDetail, AccidentRevision, Figures } from '../../core/accidents/accident.schema.ts';
import type { AccidentCategory } from '../../core/accidents/accident-categories.ts';
import type { AccidentGrade } from '../../core/accidents/accident-grade.ts';
import { investigationOf } from '../../core/accidents/investigation.ts';
import { reportingProgress, type ReportingStep } from '../../core/accidents/reporting-chain.ts';
import type { AccidentRevisionsTable } from '../db/schema.ts';
import type { AccidentRow } from './accident.repository.ts';

type Finding = { evidence: string; by: string; at: string } | null;

export function presentAccident(r: AccidentRow, now = new Date()): Accident {
  const chain = r.reporting_chain as ReportingStep[];
  const grade = r.grade as AccidentGrade;
  // A historical record (imported, or seeded without times) never showed the platform its reports.
  const known = r.source === 'report' || chain[0]?.reportedAt !== undefined;
  return {
    id: r.id,
    number: r.number,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    regionCode: r.region_code,
    districtCode: r.district_code,
    industryCode: r.industry_code,
    occurredAt: r.occurred_at.toISOString(),
    knownAt: r.known_at.toISOString(),
    reportedAt: r.reported_at.toISOString(),
    category: r.category as AccidentCategory,
    deaths: r.deaths,
    missing: r.missing,
    seriousInjuries: r.serious_injuries,
    minorInjuries: r.minor_injuries,
    directLossYuan: r.direct_loss_yuan,
    isRoadTraffic: r.is_road_traffic,
    isFire: r.is_fire,
    description: r.description,
    grade,
    reporting: { unitDeadline: chain[0]!.dueAt, chain: reportingProgress(chain, now, known) },
    supplementaryWindowEndsAt: r.supplementary_ends_at.toISOString(),
    lateReport: r.late_report,
    concealed: r.concealed as Finding,
    falseReport: r.false_report as Finding,
    investigation: investigationOf(grade, r.occurred_at, {
      extendedByDays: r.investigation_extended_days,
      reportSubmittedAt: r.investigation_report_at,
      repliedAt: r.investigation_replied_at,
    }),
    source: r.source,
  };
}

export function presentRevision(r: Selectable<AccidentRevisionsTable>): AccidentRevision {
  return {
    id: r.id,
    at: r.at.toISOString(),
    recordedAt: r.recorded_at.toISOString(),
    by: r.actor_name,
    before: r.before as Figures,
    after: r.after as Figures,
    gradeFrom: r.grade_from as AccidentGrade,
    gradeTo: r.grade_to as AccidentGrade,
    outsideSupplementaryWindow: r.outside_window,
    reason: r.reason,
  };
}

export const presentAccidentDetail = (r: AccidentRow, revisions: Selectable<AccidentRevisionsTable>[]): AccidentDetail => ({
  ...presentAccident(r),
  revisions: revisions.map(presentRevision),
});
