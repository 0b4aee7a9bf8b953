import type { RiskEvaluationInput } from '../../core/risks/risk-evaluation.ts';
import type { ControlMeasure, RiskPoint } from '../../core/risks/risk-point.schema.ts';
import type { HazardFactor } from '../../core/risks/hazard-factors.ts';
import { RISK_COLOR, type RiskLevel } from '../../core/risks/risk-levels.ts';
import type { RiskPointRow } from './risk-point.repository.ts';

export function presentRiskPoint(row: RiskPointRow, today: string): RiskPoint {
  const level = row.level as RiskLevel;
  const evaluation = row.evaluation as RiskEvaluationInput;
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    name: row.name,
    location: row.location,
    objectKind: row.object_kind as RiskPoint['objectKind'],
    object: row.object,
    hazardFactors: row.hazard_factors as HazardFactor[],
    evaluation,
    method: evaluation.method,
    result: { score: Number(row.score), ...(row.band === null ? {} : { band: row.band }), level, color: RISK_COLOR[level] },
    level,
    color: RISK_COLOR[level],
    controlMeasures: row.control_measures as ControlMeasure[],
    controlLevel: row.control_level as RiskPoint['controlLevel'],
    responsiblePerson: row.responsible_person,
    reviewDate: row.review_date,
    reviewOverdue: row.active && row.review_date < today,
    active: row.active,
    deactivatedAt: row.deactivated_at ? new Date(row.deactivated_at).toISOString() : null,
    deactivationReason: row.deactivation_reason,
    lastReviewedOn: row.last_reviewed_on,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
