import { z } from 'zod';
import { cityDayStart, isCivilDate } from '../shared/city-time.ts';
import { accidentCreateSchema, type AccidentCreate } from './accident.schema.ts';
import { text } from '../shared/text.ts';

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

export const importModeSchema = z.enum(['all-or-nothing', 'valid-only']);
export type ImportMode = z.infer<typeof importModeSchema>;

export interface RowError {
  /** Row number in the file (the header is row 1). */
  row: number;
  path: string;
  message: string;
}

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

function fieldValue(field: ImportField, row: SourceRow, mapping: ColumnMapping): { value?: unknown; error?: string } {
  const m = mapping[field] ?? { column: field };
  if ('value' in m) return { value: m.value };
  if ('template' in m) return { value: m.template.replace(/\{([^}]+)\}/g, (_, name: string) => String(trimmed(row[name]) ?? '')).trim() };
  const cell = row[m.column];
  if (m.values) {
    const key = String(trimmed(cell) ?? '');
    if (!(key in m.values)) return { error: key === '' ? 'is empty' : `has no mapping for ${JSON.stringify(key)} in column ${JSON.stringify(m.column)}` };
    return { value: m.values[key] };
  }
  return { value: convert(field, cell) };
}

/** One source row through the mapping and the API's own schema: the input of POST /api/v1/accidents, or its errors. */
export function mapRow(row: SourceRow, rowNumber: number, mapping: ColumnMapping): { input?: AccidentCreate; errors: RowError[] } {
  const raw: Record<string, unknown> = {};
  const errors: RowError[] = [];
  for (const field of IMPORT_FIELDS) {
    const { value, error } = fieldValue(field, row, mapping);
    if (error) errors.push({ row: rowNumber, path: field, message: error });
    else if (value !== undefined) raw[field] = value;
  }
  const parsed = accidentCreateSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.') || 'row';
      if (!errors.some((e) => e.path === path)) errors.push({ row: rowNumber, path, message: issue.message });
    }
  }
  return parsed.success && errors.length === 0 ? { input: parsed.data, errors } : { errors };
}
