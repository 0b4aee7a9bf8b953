import ExcelJS from 'exceljs';
import type { ZodError } from 'zod';
import { MAX_IMPORT_ROWS, type ImportProblem, type ImportReport, type ImportRowResult, type WorkbookImportQuery } from '../../core/shared/import-report.ts';
import { AppError, invalid } from '../http/errors.ts';
import { EXPORT_LANGUAGES, type ExportLanguage } from '../exports/export-labels.ts';
import { headerOf } from '../exports/xlsx-export.ts';

/**
 * The shared half of the workbook imports (enterprises, sensors): reading the sheet by its headers, the template,
 * and the report. Each domain gives its columns and checks one row; this file decides what is written (docs/adr/0047).
 */

export type Cell = string | number | boolean | Date | null;

export interface ImportColumn {
  field: string;
  /** As in the exports: a key of the web's locale files, or the header in each language. */
  header: string | Record<ExportLanguage, string>;
  required?: boolean;
  /** What the template's notes sheet says of the column, and an example value. */
  note: Record<ExportLanguage, string>;
  example: string | number;
}

export interface SheetRow {
  row: number;
  values: Record<string, Cell>;
}

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

function plain(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'result' in v) return plain(v.result as ExcelJS.CellValue);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
}

/**
 * The first sheet's rows, each as field → cell. A column is known by its header in either language or by the
 * API field's name, so a template in Chinese, one in English and an exported list all read back.
 */
export async function readSheetRows(base64: string, columns: readonly ImportColumn[]): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch {
    throw invalid([{ path: 'content', message: 'is not a readable .xlsx file' }]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid([{ path: 'content', message: 'has no sheet' }]);
  const byHeader = new Map<string, string>();
  for (const c of columns) {
    byHeader.set(normalise(c.field), c.field);
    for (const language of EXPORT_LANGUAGES) byHeader.set(normalise(headerOf(c, language)), c.field);
  }
  const fieldAt = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, col) => {
    const field = byHeader.get(normalise(String(plain(cell.value) ?? '')));
    if (field && ![...fieldAt.values()].includes(field)) fieldAt.set(col, field);
  });
  const missing = columns.filter((c) => c.required && ![...fieldAt.values()].includes(c.field));
  if (fieldAt.size === 0 || missing.length > 0) {
    const names = (missing.length > 0 ? missing : columns.filter((c) => c.required)).map((c) => headerOf(c, 'zh-CN'));
    throw invalid([{ path: 'content', message: `row 1 lacks the template's columns: ${names.join(', ')}` }]);
  }
  const rows: SheetRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: Record<string, Cell> = {};
    let any = false;
    for (const [col, field] of fieldAt) {
      let v = plain(row.getCell(col).value);
      if (typeof v === 'string') v = v.trim();
      if (v !== null && v !== '') any = true;
      values[field] = v === '' ? null : v;
    }
    if (any) rows.push({ row: r, values });
  }
  if (rows.length > MAX_IMPORT_ROWS) throw invalid([{ path: 'content', message: `has ${rows.length} rows, more than the ${MAX_IMPORT_ROWS} one import may hold` }]);
  return rows;
}

/** A cell as text: numbers as written (a credit code or a code typed as a number), dates as ISO. */
export const cellText = (v: Cell): string | undefined =>
  v === null ? undefined : v instanceof Date ? v.toISOString() : typeof v === 'number' ? String(v) : String(v);

/** A cell as a number when it reads as one; otherwise the text, so that the schema names the problem. */
export function cellNumber(v: Cell): number | string | undefined {
  if (v === null) return undefined;
  if (typeof v === 'number') return v;
  const s = String(v).replace(/,/g, '').trim();
  return /^-?\d+(?:\.\d+)?$/.test(s) ? Number(s) : s;
}

/** A refused row's problems from a schema's issues, one per field. */
export function problemsOf(error: ZodError, fieldOf: (path: PropertyKey[]) => string = (p) => String(p[0] ?? 'row')): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    if (!out.some((p) => p.field === field)) out.push({ field, message: issue.message });
  }
  return out;
}

export interface CheckedRow<T> {
  row: number;
  label: string;
  input?: T;
  problems: Array<{ field: string; message: string }>;
}

/**
 * The report, and what to write: with `dryRun` nothing; `all-or-nothing` nothing when any row is refused (400
 * with every problem, as the accident import); `valid-only` the good rows. `write` runs once, in one transaction
 * of the caller's, and returns the created ids in order: a refused row is never half-written.
 */
export async function settleImport<T>(
  checked: CheckedRow<T>[],
  query: WorkbookImportQuery,
  columns: readonly ImportColumn[],
  language: ExportLanguage,
  write: (inputs: Array<{ row: number; input: T }>) => Promise<string[]>,
): Promise<ImportReport> {
  const columnOf = (field: string) => {
    const c = columns.find((x) => x.field === field);
    return c ? headerOf(c, language) : field;
  };
  const refused = checked.filter((c) => c.problems.length > 0 || !c.input);
  const good = checked.filter((c) => c.problems.length === 0 && c.input) as Array<CheckedRow<T> & { input: T }>;
  if (!query.dryRun && query.mode === 'all-or-nothing' && refused.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${refused.length} of ${checked.length} rows are refused; nothing was imported`,
      refused.flatMap((c) => c.problems.map((p) => ({ path: `rows.${c.row}.${p.field}`, message: `${columnOf(p.field)}: ${p.message}` }))),
    );
  }
  const ids = query.dryRun || good.length === 0 ? [] : await write(good.map((g) => ({ row: g.row, input: g.input })));
  const idOf = new Map(good.map((g, i) => [g.row, ids[i] ?? null]));
  const results: ImportRowResult[] = checked.map((c) => {
    const ok = c.problems.length === 0 && c.input !== undefined;
    const problems: ImportProblem[] = c.problems.map((p) => ({ column: columnOf(p.field), field: p.field, message: p.message }));
    return { row: c.row, outcome: !ok ? 'refused' : query.dryRun ? 'valid' : 'created', id: ok ? (idOf.get(c.row) ?? null) : null, label: c.label, problems };
  });
  return { dryRun: query.dryRun, mode: query.mode, rows: checked.length, created: ids.length, refused: refused.length, results };
}

/** The template: the headers in the caller's language on the first sheet, and a notes sheet with an example. */
export async function templateWorkbook(sheetName: string, columns: readonly ImportColumn[], language: ExportLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Anquan 安全生产信息平台';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: headerOf(c, language), width: Math.max(14, headerOf(c, language).length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // Codes that look like numbers stay text (a credit code, a region code).
  columns.forEach((_, i) => (sheet.getColumn(i + 1).numFmt = '@'));
  const notes = workbook.addWorksheet(language === 'en' ? 'Notes' : '填写说明');
  const head = language === 'en' ? ['Column', 'Required', 'What to write', 'Example'] : ['列名', '必填', '填写说明', '示例'];
  notes.addRow(head).font = { bold: true };
  for (const c of columns) notes.addRow([headerOf(c, language), c.required ? (language === 'en' ? 'yes' : '是') : '', c.note[language], c.example]);
  notes.columns = [{ width: 22 }, { width: 8 }, { width: 70 }, { width: 28 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
