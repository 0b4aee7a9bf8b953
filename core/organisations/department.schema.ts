import { z } from 'zod';
import { text } from '../shared/text.ts';
import { pageQuerySchema } from '../shared/pagination.ts';

const code = z.string().regex(/^([A-T]|\d{2,4})$/, 'must be a GB/T 4754-2017 section letter or 2–4 digit code');

export const departmentCreateSchema = z.strictObject({
  name: text({ trim: true }).min(1).max(100),
  regionCodes: z.array(z.string().regex(/^\d{6}(\d{3})?$/)).min(1).max(500),
  /** Industries the department supervises (三管三必须): any level of GB/T 4754-2017. */
  industryCodes: z.array(code).min(1).max(2000),
});
export type DepartmentCreate = z.output<typeof departmentCreateSchema>;

export const departmentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  regionCodes: z.array(z.string()),
  industryCodes: z.array(z.string()),
  active: z.boolean().describe('false: deactivated; no account may be assigned to it'),
  createdAt: z.string(),
});
export type Department = z.infer<typeof departmentSchema>;

/** An edit of a department: a field left out keeps its value. */
export const departmentUpdateSchema = departmentCreateSchema.partial().refine((d) => Object.keys(d).length > 0, { message: 'change at least one field' });
export type DepartmentUpdate = z.output<typeof departmentUpdateSchema>;

export const departmentListQuerySchema = pageQuerySchema.extend({
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
