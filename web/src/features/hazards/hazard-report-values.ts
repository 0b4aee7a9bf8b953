import type { Dayjs } from 'dayjs';
import type { HazardCategory, HazardCreateInput, HazardGrade, HazardSource } from './hazard.types.ts';
import type { FieldPath } from './hazard-form-errors.ts';
import { toCityDateTime } from './hazard-time.ts';
import { photoIdsOf, type PhotoFile } from './photo-upload-field.tsx';

/** What the report form holds; selects start empty so that nothing is chosen by accident. */
export interface HazardReportValues {
  enterpriseId: string | undefined;
  title: string;
  description: string;
  location: string;
  source: HazardSource | undefined;
  category: HazardCategory | undefined;
  grade: HazardGrade | undefined;
  /** City wall clock (Asia/Shanghai). */
  foundAt: Dayjs | undefined;
  legalBasis: { standard: string; article: string; item: string };
  photos: PhotoFile[];
}

export function emptyReportValues(enterpriseId: string | undefined, now: Dayjs): HazardReportValues {
  return {
    enterpriseId,
    title: '',
    description: '',
    location: '',
    source: undefined,
    category: undefined,
    grade: undefined,
    foundAt: now.second(0).millisecond(0),
    legalBasis: { standard: '', article: '', item: '' },
    photos: [],
  };
}

const optional = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/** The body of `POST /api/v1/hazards`; validation has already made every required value present. */
export function toCreateInput(values: HazardReportValues): HazardCreateInput {
  return {
    enterpriseId: values.enterpriseId ?? '',
    title: values.title.trim(),
    description: values.description.trim(),
    location: values.location.trim(),
    source: values.source ?? 'other',
    category: values.category ?? 'management',
    grade: values.grade ?? 'general',
    foundAt: values.foundAt ? toCityDateTime(values.foundAt) : '',
    legalBasis: {
      standard: values.legalBasis.standard.trim(),
      article: optional(values.legalBasis.article),
      item: optional(values.legalBasis.item),
    },
    photoIds: photoIdsOf(values.photos),
  };
}

/** Fields that can show a server error, by API path. */
export const REPORT_FIELDS: readonly FieldPath[] = [
  ['enterpriseId'],
  ['title'],
  ['description'],
  ['location'],
  ['source'],
  ['category'],
  ['grade'],
  ['foundAt'],
  ['legalBasis', 'standard'],
  ['legalBasis', 'article'],
  ['legalBasis', 'item'],
  ['photos'],
];
