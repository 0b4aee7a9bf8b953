import type { z } from 'zod';
import type {
  documentSummarySchema,
  drawSchema,
  drawVerificationSchema,
  inspectionDetailSchema,
  inspectionPlanSchema,
  inspectionSchema,
  publicDrawSchema,
} from '../../../../core/inspections/inspection.schema.ts';

/** The shapes as JSON carries them: the core schemas with dates as ISO strings. */
type Wire<T> = T extends Date ? string : T extends readonly (infer U)[] ? Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

export type InspectionPlan = Wire<z.infer<typeof inspectionPlanSchema>>;
export type Draw = Wire<z.infer<typeof drawSchema>>;
export type DrawVerification = Wire<z.infer<typeof drawVerificationSchema>>;
export type Inspection = Wire<z.infer<typeof inspectionSchema>>;
export type InspectionDetail = Wire<z.infer<typeof inspectionDetailSchema>>;
export type DocumentSummary = Wire<z.infer<typeof documentSummarySchema>>;
export type { DocumentKind, ReinspectionResult } from '../../../../core/inspections/document-rules.ts';
export { DOCUMENT_KINDS, REINSPECTION_RESULTS } from '../../../../core/inspections/document-rules.ts';
export { INSPECTION_STATUSES, type InspectionStatus } from '../../../../core/inspections/inspection-status.ts';
export type PublicDraw = Wire<z.infer<typeof publicDrawSchema>>;

export const INSPECTION_KINDS = ['inspection', 're_inspection'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const MEASURE_KINDS = ['immediate_elimination', 'evacuation', 'suspension', 'stop_equipment'] as const;
