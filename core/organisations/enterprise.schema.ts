import { z } from 'zod';
import { explainCreditCode } from './credit-code.ts';
import { keyIndustrySchema } from './industries.ts';
import { regionCodeSchema } from './regions.ts';
import { text } from '../shared/text.ts';

/** One schema per shape: request validation, TypeScript types, OpenAPI and the web form all come from here. */

const creditCodeMessages = {
  length: 'must be 18 characters (GB 32100-2015)',
  charset: 'may contain only digits and capital letters other than I, O, Z, S, V (GB 32100-2015)',
  check: 'check character does not match (GB 32100-2015)',
} as const;

export const creditCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((code, ctx) => {
    const problem = explainCreditCode(code);
    if (problem) ctx.addIssue({ code: 'custom', message: creditCodeMessages[problem], params: { reason: problem } });
  })
  .describe('统一社会信用代码 (GB 32100-2015), validated with its check character');

/** GB/T 4754-2017 class code (2, 3 or 4 digits); whether it exists is checked against the shipped table. */
export const industryCodeSchema = z.string().regex(/^\d{2,4}$/, 'must be a GB/T 4754-2017 code of 2–4 digits');


/** Mainland China's bounding box: a typo such as swapped lng/lat is caught here. */
export const locationSchema = z.strictObject({
  lng: z.number().min(73).max(136),
  lat: z.number().min(3).max(54),
});

const fields = {
  name: text({ trim: true }).min(1, 'is required').max(100, 'must be at most 100 characters'),
  creditCode: creditCodeSchema,
  industryCode: industryCodeSchema,
  regionCode: regionCodeSchema,
  address: text({ trim: true }).max(200, 'must be at most 200 characters'),
  location: locationSchema.nullable(),
  employees: z.number().int('must be a whole number').min(0).max(1_000_000),
};

export const enterpriseCreateSchema = z.strictObject({
  ...fields,
  address: fields.address.default(''),
  location: fields.location.optional(),
  employees: fields.employees.default(0),
});
export type EnterpriseCreate = z.output<typeof enterpriseCreateSchema>;

export const enterprisePatchSchema = z
  .strictObject(fields)
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'at least one field is required');
export type EnterprisePatch = z.output<typeof enterprisePatchSchema>;

export const enterpriseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  creditCode: z.string(),
  industryCode: z.string(),
  industryName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  address: z.string(),
  location: z.object({ lng: z.number(), lat: z.number() }).nullable(),
  employees: z.number().int(),
  keyIndustries: z.array(keyIndustrySchema),
  highRisk: z.boolean().describe('high-risk group of 安全生产法 2021 Art. 24'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Enterprise = z.infer<typeof enterpriseSchema>;

export const enterpriseSortSchema = z.enum(['-createdAt', 'createdAt', 'name', '-name', 'employees', '-employees']);

export const enterpriseListQuerySchema = z.object({
  q: text({ trim: true }).max(100).optional().describe('part of the name, or the start of the credit code'),
  regionCode: regionCodeSchema.optional(),
  industryCode: z.string().regex(/^([A-T]|\d{2,4})$/).optional().describe('section letter or 2–4 digit code'),
  keyIndustry: keyIndustrySchema.optional(),
  sort: enterpriseSortSchema.default('-createdAt'),
});
