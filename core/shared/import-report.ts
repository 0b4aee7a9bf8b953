import { z } from 'zod';
import { text } from './text.ts';

/**
 * Imports of records from a workbook (enterprises, sensors): the body, the modes and the row-by-row report. The
 * accident import (core/accidents/accident-import.ts) is the model: by default a file with a refused row writes
 * nothing; `valid-only` writes the good rows; `dryRun` checks every row and writes nothing at all.
 */

/** At most this many data rows per file. */
export const MAX_IMPORT_ROWS = 5_000;

export const workbookImportBodySchema = z.strictObject({
  content: text({ multiline: true }).min(1).describe('the .xlsx file in base64 (first sheet; row 1 holds the headers)'),
  fileName: text({ trim: true }).max(200).optional(),
});
export type WorkbookImportBody = z.output<typeof workbookImportBodySchema>;

export const workbookImportQuerySchema = z.object({
  mode: z.enum(['all-or-nothing', 'valid-only']).default('all-or-nothing'),
  dryRun: z.enum(['true', 'false']).transform((v) => v === 'true').default(false).describe('check every row, write nothing'),
});
export type WorkbookImportQuery = z.output<typeof workbookImportQuerySchema>;

export const importProblemSchema = z.object({
  column: z.string().describe('the column’s header as the template names it in the caller’s language'),
  field: z.string().describe('the API field'),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importRowResultSchema = z.object({
  row: z.number().int().describe('row number in the sheet (the headers are row 1)'),
  outcome: z.enum(['created', 'valid', 'refused']).describe('valid: would be created (dry run, or all-or-nothing with refusals elsewhere)'),
  id: z.uuid().nullable(),
  label: z.string().describe('what the row is (a name, a code)'),
  problems: z.array(importProblemSchema),
});
export type ImportRowResult = z.infer<typeof importRowResultSchema>;

export const importReportSchema = z.object({
  dryRun: z.boolean(),
  mode: z.enum(['all-or-nothing', 'valid-only']),
  rows: z.number().int(),
  created: z.number().int(),
  refused: z.number().int(),
  results: z.array(importRowResultSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;
