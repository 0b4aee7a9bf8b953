import type { z } from 'zod';
import type {
  Enterprise as EnterpriseRecord,
  enterpriseCreateSchema,
} from '../../../../core/organisations/enterprise.schema.ts';
import { keyIndustrySchema, type KeyIndustry as KeyIndustryCode } from '../../../../core/organisations/industries.ts';

/** Shapes come from the core schemas shared with the server; the web only names them. */
export type Enterprise = EnterpriseRecord;
export type KeyIndustry = KeyIndustryCode;

/** Body of POST /api/v1/enterprises; PATCH takes any non-empty subset. */
export type EnterpriseInput = z.input<typeof enterpriseCreateSchema>;

/** Key-industry codes in the order the core lists them; labels live in the locale files. */
export const KEY_INDUSTRIES: readonly KeyIndustry[] = keyIndustrySchema.options;

export function isKeyIndustry(value: unknown): value is KeyIndustry {
  return typeof value === 'string' && (KEY_INDUSTRIES as readonly string[]).includes(value);
}

export interface EnterpriseListParams {
  q?: string;
  regionCode?: string;
  industryCode?: string;
  keyIndustry?: KeyIndustry;
  page: number;
  pageSize: number;
}
