import { LEC_C_SCORES, LEC_E_SCORES, LEC_L_SCORES } from '../../../../core/risks/lec.ts';
import { LS_SCORES } from '../../../../core/risks/ls.ts';
import { controlLevelSchema, controlMeasureKindSchema, riskObjectKindSchema } from '../../../../core/risks/risk-point.schema.ts';
import { hazardFactorClassSchema } from '../../../../core/risks/hazard-factors.ts';
import { riskLevelSchema } from '../../../../core/risks/risk-levels.ts';

/** Shapes and codes come from the core schemas shared with the server; the web only names them. */
export type { RiskPoint, RiskPointCreate, RiskPointUpdate, RiskDistribution, ControlMeasure, ControlLevel } from '../../../../core/risks/risk-point.schema.ts';
export type { RiskReview, RiskReviewCreate, RiskPointHistoryEntry } from '../../../../core/risks/risk-review.ts';
export { nextReviewDate, RISK_REVIEW_INTERVAL_MONTHS } from '../../../../core/risks/risk-review.ts';
export type { RiskEvaluation, RiskEvaluationInput } from '../../../../core/risks/risk-evaluation.ts';
export type { RiskLevel, RiskColor } from '../../../../core/risks/risk-levels.ts';
export { SUGGESTED_CONTROL_LEVEL } from '../../../../core/risks/risk-point.schema.ts';

export const RISK_LEVELS = riskLevelSchema.options;
export const CONTROL_LEVELS = controlLevelSchema.options;
export const MEASURE_KINDS = controlMeasureKindSchema.options;
export const OBJECT_KINDS = riskObjectKindSchema.options;
export const FACTOR_CLASSES = hazardFactorClassSchema.options;
export const SCORES = { lecL: LEC_L_SCORES, lecE: LEC_E_SCORES, lecC: LEC_C_SCORES, ls: LS_SCORES } as const;

/** domain-rules §4.1's suggested colour values (cosmetic). */
export const COLOR_HEX = { red: '#FD0314', orange: '#FC5D07', yellow: '#FDE41B', blue: '#1153FD' } as const;
export const LEVEL_HEX = { major: COLOR_HEX.red, larger: COLOR_HEX.orange, general: COLOR_HEX.yellow, low: COLOR_HEX.blue } as const;
