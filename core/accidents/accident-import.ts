import { z } from 'zod';
import { cityDayStart, isCivilDate } from '../shared/city-time.ts';
import { accidentCreateSchema, type AccidentCreate } from './accident.schema.ts';
import { issueCodeOf, recordImportReportSchema, type ImportIssueCode, type RecordImportReport, type RowIssue } from '../shared/import-report.ts';
import { accidentCategorySchema } from './accident-categories.ts';
import { accidentGradeSchema } from './accident-grade.ts';
import { text } from '../shared/text.ts';

export { importModeSchema, type ImportMode } from '../shared/import-report.ts';

/** The fields an imported row fills: those of POST /api/v1/accidents. */
export const IMPORT_FIELDS = [
  'occurredAt', 'knownAt', 'regionCode', 'industryCode', 'category', 'deaths', 'missing', 'seriousInjuries',
  'minorInjuries', 'directLossYuan', 'isRoadTraffic', 'isFire', 'description',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * How a column of the file becomes a field: `column` names the source column (its header), `values` translates
 * its texts (e.g. "Explosion" → "15"), `value` is a constant for every row, `template` joins columns
 * ("{Mine Name}, {City}"). Without a mapping a field is read from the column of its own name (the export's).
 */
export const fieldMappingSchema = z.union([
  z.strictObject({ column: text().min(1), values: z.record(text(), z.union([text(), z.number(), z.boolean()])).optional() }),
  z.strictObject({ value: z.union([text(), z.number(), z.boolean()]) }),
  z.strictObject({ template: text().min(1) }),
]);
export const columnMappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), fieldMappingSchema);
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** A problem of a row: where, why in English, and a code (with its figures) the web words in the user's language. */
export type RowError = RowIssue;

export type Cell = string | number | boolean | Date | null | undefined;
export type SourceRow = Record<string, Cell>;

const NUMERIC_FIELDS = new Set<ImportField>(['deaths', 'missing', 'seriousInjuries', 'minorInjuries', 'directLossYuan']);
const BOOLEAN_FIELDS = new Set<ImportField>(['isRoadTraffic', 'isFire']);
const TRUE = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE = new Set(['false', '0', 'no', 'n', '否', '']);

const trimmed = (cell: Cell) => (typeof cell === 'string' ? cell.trim() : cell);

/** A cell as the field's type; texts stay texts when they do not convert, so that the schema names the problem. */
function convert(field: ImportField, cell: Cell): unknown {
  const v = trimmed(cell);
  if (v === null || v === undefined || v === '') return field === 'missing' || field === 'minorInjuries' || BOOLEAN_FIELDS.has(field) || field === 'knownAt' ? undefined : v;
  if (NUMERIC_FIELDS.has(field) && typeof v === 'string' && /^-?\d+(?:\.\d+)?$/.test(v.replace(/,/g, ''))) return Number(v.replace(/,/g, ''));
  if (BOOLEAN_FIELDS.has(field) && typeof v === 'string') {
    const lower = v.toLowerCase();
    if (TRUE.has(lower)) return true;
    if (FALSE.has(lower)) return false;
  }
  if ((field === 'occurredAt' || field === 'knownAt') && typeof v === 'string') {
    // Historical records often carry only a date: the start of that day in the city.
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
    if (m && isCivilDate(Number(m[1]), Number(m[2]), Number(m[3]))) return cityDayStart({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  }
  if (field === 'category' && typeof v === 'number') return String(v).padStart(2, '0');
  if ((field === 'regionCode' || field === 'industryCode' || field === 'description') && typeof v === 'number') return String(v);
  return v;
}

type FieldError = { code: ImportIssueCode; params?: Record<string, string | number>; message: string };

function fieldValue(field: ImportField, row: SourceRow, mapping: ColumnMapping): { value?: unknown; error?: FieldError } {
  const m = mapping[field] ?? { column: field };
  if ('value' in m) return { value: m.value };
  if ('template' in m) return { value: m.template.replace(/\{([^}]+)\}/g, (_, name: string) => String(trimmed(row[name]) ?? '')).trim() };
  const cell = row[m.column];
  if (m.values) {
    const key = String(trimmed(cell) ?? '');
    if (key === '') return { error: { code: 'required', message: 'is empty' } };
    if (!(key in m.values)) return { error: { code: 'no_mapping', params: { value: key, column: m.column }, message: `has no mapping for ${JSON.stringify(key)} in column ${JSON.stringify(m.column)}` } };
    return { value: m.values[key] };
  }
  return { value: convert(field, cell) };
}

const DATE_FIELDS = new Set(['occurredAt', 'knownAt']);

/**
 * One source row through the mapping and the API's own schema: the input of POST /api/v1/accidents, or its
 * errors; `raw` is what the cells gave, for the checks a caller makes beyond the schema on a row that failed it.
 */
export function mapRow(row: SourceRow, rowNumber: number, mapping: ColumnMapping): { input?: AccidentCreate; errors: RowError[]; raw: Record<string, unknown> } {
  const raw: Record<string, unknown> = {};
  const errors: RowError[] = [];
  for (const field of IMPORT_FIELDS) {
    const { value, error } = fieldValue(field, row, mapping);
    if (error) errors.push({ row: rowNumber, path: field, ...error });
    else if (value !== undefined) raw[field] = value;
  }
  const parsed = accidentCreateSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.') || 'row';
      if (errors.some((e) => e.path === path)) continue;
      let { code, params } = issueCodeOf(issue, raw[path]);
      // A date cell that does not read as one: the instant's own check has no code of its own.
      if (DATE_FIELDS.has(path) && code === 'invalid') code = 'not_a_date';
      errors.push({ row: rowNumber, path, code, ...(params ? { params } : {}), message: issue.message });
    }
  }
  return parsed.success && errors.length === 0 ? { input: parsed.data, errors, raw } : { errors, raw };
}

/** What an accepted row becomes, as the import's report shows it; number and id once written. */
export const importedAccidentSchema = z.object({
  number: z.string().nullable(),
  id: z.uuid().nullable(),
  occurredAt: z.iso.datetime({ offset: true }),
  regionCode: z.string(),
  industryCode: z.string(),
  category: accidentCategorySchema,
  grade: accidentGradeSchema,
  deaths: z.number().int(),
  seriousInjuries: z.number().int(),
  directLossYuan: z.number().int(),
  description: z.string(),
});
export type ImportedAccident = z.infer<typeof importedAccidentSchema>;

export const accidentImportReportSchema = recordImportReportSchema(importedAccidentSchema);
export type AccidentImportReport = RecordImportReport<ImportedAccident>;
