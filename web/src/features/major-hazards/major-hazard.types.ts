export type { Assessment, AssessInput } from '../../../../core/major-hazards/assess.ts';
export type {
  MajorHazardSource,
  MajorHazardSourceCreate,
  MajorHazardSourceUpdate,
  GuarantorView,
  GuarantorRole,
  GuarantorCheckInput,
  GuarantorCheckRecord,
} from '../../../../core/major-hazards/major-hazard-source.schema.ts';
export { CHECK_INTERVAL_DAYS, nextCheckDue, guarantorRoleSchema } from '../../../../core/major-hazards/major-hazard-source.schema.ts';

export const GUARANTOR_ROLES = ['principal', 'technical', 'operational'] as const;
export type { SubstanceInput } from '../../../../core/major-hazards/substances.ts';
export { CATEGORY_SYMBOLS } from '../../../../core/major-hazards/substances.ts';
export { TABLE1 } from '../../../../core/major-hazards/gb18218-tables.ts';

/** Colours of levels 1–4 (一级 highest), matching the four risk colours. */
export const SOURCE_LEVEL_HEX: Record<number, string> = { 1: '#FD0314', 2: '#FC5D07', 3: '#FDE41B', 4: '#1153FD' };
