import { z } from 'zod';
import { text } from '../shared/text.ts';

/** The record kinds a partner can follow as change feeds (`GET /api/v1/<domain>/changes`). */
export const feedDomainSchema = z.enum(['enterprises', 'hazards', 'alarms', 'inspections', 'accidents']);
export type FeedDomain = z.infer<typeof feedDomainSchema>;

export const changeOpSchema = z.enum(['insert', 'update', 'delete']);

export const FEED_MAX_LIMIT = 500;

/** ANQUAN_CHANGE_LOG_RETENTION_DAYS' default: a partner that syncs at least once a quarter never has to resync. */
export const DEFAULT_CHANGE_LOG_RETENTION_DAYS = 90;

export const changesQuerySchema = z.object({
  /** nextCursor of the previous page, as issued; absent: from the beginning. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(FEED_MAX_LIMIT).default(100),
});
export type ChangesQuery = z.output<typeof changesQuerySchema>;

/** One change: the record as the domain's API shows it now (null when deleted, or gone since). */
export const changeItemSchema = <T extends z.ZodType>(record: T) =>
  z.object({
    id: z.uuid(),
    op: changeOpSchema,
    changedAt: z.string(),
    record: record.nullable(),
  });

export const changePageSchema = <T extends z.ZodType>(record: T) =>
  z.object({
    items: z.array(changeItemSchema(record)),
    /** Pass it back as `cursor` for the changes after these; it is issued even for an empty page. */
    nextCursor: z.string(),
  });

/** A district, street or the city (GB/T 2260 + 3 digits for a street). */
export const regionCode = z.string().regex(/^\d{6}(\d{3})?$/, 'a region code has 6 or 9 digits');
/** GB/T 4754-2017 at any level: a section letter or a 2–4 digit code. */
export const industryCode = z.string().regex(/^([A-T]|\d{2,4})$/, 'must be a GB/T 4754-2017 section letter or 2–4 digit code');

export const partnerClientCreateSchema = z.strictObject({
  name: text({ trim: true }).min(1).max(100),
  /** Feeds the client may read. */
  domains: z.array(feedDomainSchema).min(1).max(5),
  /** Districts (or the city code for all of it) whose enterprises' records the client sees. */
  regionCodes: z.array(regionCode).min(1).max(500),
  /** GB/T 4754-2017 codes at any level (section letters A–T for all). */
  industryCodes: z.array(industryCode).min(1).max(2000),
  requestsPerMinute: z.number().int().min(1).max(6000).default(60),
});
export type PartnerClientCreate = z.output<typeof partnerClientCreateSchema>;

/** PATCH: the name, feeds, scope or rate of an active client; its secret stays. */
export const partnerClientUpdateSchema = partnerClientCreateSchema
  .extend({ requestsPerMinute: z.number().int().min(1).max(6000) })
  .partial()
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'give at least one field to change' });
export type PartnerClientUpdate = z.output<typeof partnerClientUpdateSchema>;

export const partnerClientSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  domains: z.array(feedDomainSchema),
  regionCodes: z.array(z.string()),
  industryCodes: z.array(z.string()),
  requestsPerMinute: z.number().int(),
  createdAt: z.string(),
  secretRotatedAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  /** Shown once, at issue and at rotation: send it as `Authorization: Bearer <secret>`. */
  secret: z.string().optional(),
});
export type PartnerClient = z.infer<typeof partnerClientSchema>;

export const partnerAccessSchema = z.object({
  id: z.string(),
  at: z.string(),
  method: z.string(),
  path: z.string(),
  status: z.number().int(),
  items: z.number().int().nullable(),
  address: z.string(),
});
