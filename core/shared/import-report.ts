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

// —— Row-by-row reports with coded reasons (the accident import, web/src/app/import/import-report.tsx) ——

/** How a whole import goes: by default a file with a bad row writes nothing; `valid-only` writes the good rows. */
export const importModeSchema = z.enum(['all-or-nothing', 'valid-only']);
export type ImportMode = z.infer<typeof importModeSchema>;

export const importIssueCodeSchema = z.enum([
  'required',
  'not_a_number',
  'not_whole_number',
  'negative',
  'too_large',
  'too_long',
  'not_a_date',
  'not_a_boolean',
  'invalid_code',
  'unknown_code',
  'whole_city',
  'outside_scope',
  'future',
  'before_occurrence',
  'no_mapping',
  'invalid',
]);
export type ImportIssueCode = z.infer<typeof importIssueCodeSchema>;

export const importIssueParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const rowIssueSchema = z.object({
  /** Row number in the file (the header is row 1). */
  row: z.number().int(),
  /** The field of the record the problem is in. */
  path: z.string(),
  code: importIssueCodeSchema,
  params: importIssueParamsSchema.optional(),
  message: z.string(),
});
export type RowIssue = z.infer<typeof rowIssueSchema>;

/**
 * The report of an import whose rows become records a screen shows column by column (the accidents'): counts,
 * every problem, and each row accepted with what it becomes, or refused with every reason, each a code the web
 * words in the user's language (the English `message` stays for API clients and for `invalid`).
 */
export function recordImportReportSchema<T extends z.ZodType>(record: T) {
  return z.object({
    mode: importModeSchema,
    /** A check only: nothing was written (`?dryRun=true`). */
    dryRun: z.boolean(),
    rows: z.number().int(),
    accepted: z.number().int().describe('rows that pass every check'),
    imported: z.number().int().describe('rows written (0 for a dry run)'),
    rejected: z.number().int(),
    errors: z.array(rowIssueSchema),
    items: z.array(
      z.object({
        row: z.number().int(),
        status: z.enum(['accepted', 'refused']),
        record: record.nullable(),
        issues: z.array(rowIssueSchema.omit({ row: true })),
      }),
    ),
  });
}

export interface RecordImportReport<T> {
  mode: ImportMode;
  dryRun: boolean;
  rows: number;
  accepted: number;
  imported: number;
  rejected: number;
  errors: RowIssue[];
  items: Array<{ row: number; status: 'accepted' | 'refused'; record: T | null; issues: Array<Omit<RowIssue, 'row'>> }>;
}

/** Assembles the report from each row's outcome, in file order. */
export function buildRecordImportReport<T>(
  outcomes: Array<{ row: number; record?: T; issues: RowIssue[] }>,
  mode: ImportMode,
  dryRun: boolean,
  imported: number,
): RecordImportReport<T> {
  const items = outcomes.map((o) => ({
    row: o.row,
    status: o.issues.length === 0 ? ('accepted' as const) : ('refused' as const),
    record: o.issues.length === 0 ? (o.record ?? null) : null,
    issues: o.issues.map(({ row: _row, ...rest }) => rest),
  }));
  const accepted = items.filter((i) => i.status === 'accepted').length;
  return { mode, dryRun, rows: outcomes.length, accepted, imported, rejected: outcomes.length - accepted, errors: outcomes.flatMap((o) => o.issues), items };
}

/**
 * The code of a schema's complaint about a cell. `value` is what the cell gave (undefined or '' when empty).
 * A custom check names its code in `params.code` (`ctx.addIssue({ …, params: { code: 'required' } })`); one
 * that does not is `invalid`, worded by its message.
 */
export function issueCodeOf(issue: z.core.$ZodIssue, value: unknown): { code: ImportIssueCode; params?: Record<string, string | number> } {
  const empty = value === undefined || value === null || value === '';
  switch (issue.code) {
    case 'invalid_type':
      if (empty) return { code: 'required' };
      if (issue.expected === 'int') return { code: 'not_whole_number' };
      if (issue.expected === 'number') return { code: 'not_a_number' };
      if (issue.expected === 'boolean') return { code: 'not_a_boolean' };
      if (issue.expected === 'date') return { code: 'not_a_date' };
      return { code: 'invalid' };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { code: 'required' };
      if (issue.origin === 'number' && Number(issue.minimum) === 0) return { code: 'negative' };
      return { code: 'invalid' };
    case 'too_big':
      if (issue.origin === 'number') return { code: 'too_large', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'string') return { code: 'too_long', params: { max: Number(issue.maximum) } };
      return { code: 'invalid' };
    case 'invalid_format':
    case 'invalid_value':
      return empty ? { code: 'required' } : { code: 'invalid_code' };
    case 'invalid_union':
      return empty ? { code: 'required' } : { code: 'invalid' };
    case 'custom': {
      const code = importIssueCodeSchema.safeParse((issue.params as { code?: unknown } | undefined)?.code);
      return code.success ? { code: code.data } : empty ? { code: 'required' } : { code: 'invalid' };
    }
    default:
      return { code: 'invalid' };
  }
}
