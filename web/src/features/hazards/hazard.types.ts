import type { z } from 'zod';
import type { HazardListQuery } from '../../../../core/hazards/hazard-view.schema.ts';
import { hazardSortSchema, photoSchema } from '../../../../core/hazards/hazard-view.schema.ts';
import {
  hazardCategorySchema,
  hazardGradeSchema,
  hazardSourceSchema,
  hazardStatusSchema,
} from '../../../../core/hazards/hazard.schema.ts';
import {
  hazardActionSchema,
  rectificationModeSchema,
  supervisionLevelSchema,
} from '../../../../core/hazards/hazard-transition.schema.ts';

/** Shapes and codes come from the core schemas shared with the server; the web only names them. */
export type {
  Hazard,
  HazardDetail,
  HazardPhoto,
  HazardTimelineEntry,
  Photo,
} from '../../../../core/hazards/hazard-view.schema.ts';
export type {
  HazardCategory,
  HazardCreateInput,
  HazardGrade,
  HazardSource,
  HazardStatus,
} from '../../../../core/hazards/hazard.schema.ts';
export type {
  RectificationMode,
  SupervisionLevel,
  TransitionBodyInput,
} from '../../../../core/hazards/hazard-transition.schema.ts';

export const HAZARD_STATUSES = hazardStatusSchema.options;
export const HAZARD_GRADES = hazardGradeSchema.options;
export const HAZARD_SOURCES = hazardSourceSchema.options;
export const HAZARD_CATEGORIES = hazardCategorySchema.options;
/**
 * The actions of the hazard screen. `reinspect` is taken by a re-inspection (整改复查, features/inspections), never
 * from the hazard's own buttons, and `allowedActions` never lists it.
 */
export type HazardAction = Exclude<z.infer<typeof hazardActionSchema>, 'reinspect'>;
export const HAZARD_ACTIONS = hazardActionSchema.options.filter((a): a is HazardAction => a !== 'reinspect');
export const HAZARD_SORTS = hazardSortSchema.options;
export const RECTIFICATION_MODES = rectificationModeSchema.options;
export const SUPERVISION_LEVELS = supervisionLevelSchema.options;
/** The image types the photo endpoint accepts (checked again by content on the server). */
export const PHOTO_CONTENT_TYPES = photoSchema.shape.contentType.options;
/** 413 PAYLOAD_TOO_LARGE above this (hazards issue "Photos"). */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

export type HazardSort = (typeof HAZARD_SORTS)[number];

function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

export const isHazardStatus = (value: unknown) => isOneOf(HAZARD_STATUSES, value);
export const isHazardGrade = (value: unknown) => isOneOf(HAZARD_GRADES, value);
export const isHazardSource = (value: unknown) => isOneOf(HAZARD_SOURCES, value);
export const isHazardSort = (value: unknown) => isOneOf(HAZARD_SORTS, value);
export const isHazardAction = (value: unknown) => isOneOf(HAZARD_ACTIONS, value);

/** The list filters the screen offers, as the URL carries them; names follow `hazardListQuerySchema`. */
export type HazardListParams = Pick<HazardListQuery, 'q' | 'status' | 'grade' | 'source' | 'overdue' | 'regionCode'> & {
  /** City dates `YYYY-MM-DD`, both ends included. */
  foundFrom?: string;
  foundTo?: string;
  sort: HazardSort;
  page: number;
  pageSize: number;
};

export const isSupervisionLevel = (value: unknown) => isOneOf(SUPERVISION_LEVELS, value);
