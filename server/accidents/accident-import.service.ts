import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { mapRow, type ColumnMapping, type ImportMode, type RowError, type SourceRow, type Cell } from '../../core/accidents/accident-import.ts';
import type { AccidentCreate } from '../../core/accidents/accident.schema.ts';
import { coversEnterprise } from '../../core/organisations/scope.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { AppError, invalid } from '../http/errors.ts';
import { accidentRow, placeOf } from './accident-record.ts';
import { insertAccidents } from './accident.repository.ts';

export const MAX_IMPORT_ROWS = 50_000;

export interface ImportReport {
  mode: ImportMode;
  rows: number;
  imported: number;
  rejected: number;
  errors: RowError[];
}

function csvRows(content: string): SourceRow[] {
  // The BOM of a file saved by Excel is not part of the first header.
  return parse(content.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, relax_column_count: true, trim: false }) as SourceRow[];
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'result' in v) return cellValue(v.result as ExcelJS.CellValue);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
}

async function xlsxRows(content: Buffer): Promise<SourceRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw invalid([{ path: 'content', message: 'is not a readable .xlsx file' }]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => (headers[col] = String(cellValue(cell.value) ?? '').trim()));
  const rows: SourceRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const out: SourceRow = {};
    headers.forEach((h, col) => h && (out[h] = cellValue(row.getCell(col).value)));
    rows.push(out);
  }
  return rows;
}

/**
 * Imports historical accidents: every row goes through the column mapping and the same schema and checks as
 * POST /api/v1/accidents (codes, counts, no future dates). By default a file with any bad row is rejected as a
 * whole (400 with every bad row); `valid-only` writes the good rows and reports the others.
 */
export async function importAccidents(
  db: Db,
  actor: Actor,
  file: { format: 'csv' | 'xlsx'; content: string; mapping?: ColumnMapping | undefined },
  mode: ImportMode,
  now = new Date(),
): Promise<ImportReport> {
  let source: SourceRow[];
  try {
    source = file.format === 'csv' ? csvRows(file.content) : await xlsxRows(Buffer.from(file.content, 'base64'));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid([{ path: 'content', message: `is not readable as ${file.format}: ${(error as Error).message}` }]);
  }
  if (source.length > MAX_IMPORT_ROWS) throw invalid([{ path: 'content', message: `has more than ${MAX_IMPORT_ROWS} rows` }]);
  const errors: RowError[] = [];
  const good: Array<{ input: AccidentCreate; place: NonNullable<ReturnType<typeof placeOf>['place']> }> = [];
  source.forEach((row, i) => {
    const rowNumber = i + 2;
    const mapped = mapRow(row, rowNumber, file.mapping ?? {});
    const rowErrors = [...mapped.errors];
    let place: ReturnType<typeof placeOf>['place'];
    if (mapped.input) {
      const result = placeOf(mapped.input, null);
      place = result.place;
      rowErrors.push(...result.errors.map((e) => ({ row: rowNumber, ...e })));
      if (mapped.input.occurredAt > now) rowErrors.push({ row: rowNumber, path: 'occurredAt', message: 'must not be in the future' });
      if (place && !coversEnterprise(actor.scope, { regionPath: place.regionPath, industryPath: place.industryPath })) {
        rowErrors.push({ row: rowNumber, path: 'regionCode', message: 'lies outside your scope' });
      }
    }
    if (rowErrors.length > 0 || !mapped.input || !place) errors.push(...rowErrors);
    else good.push({ input: mapped.input, place });
  });
  const rejectedRows = new Set(errors.map((e) => e.row)).size;
  if (mode === 'all-or-nothing' && errors.length > 0) {
    throw invalid(errors.map((e) => ({ path: `rows.${e.row}.${e.path}`, message: e.message })));
  }
  if (good.length > 0) {
    await db.transaction().execute(async (tx) => {
      const by = { userId: actor.userId, name: actor.displayName, source: 'import' as const };
      for (let i = 0; i < good.length; i += 1000) {
        const batch = good.slice(i, i + 1000);
        const ids = await insertAccidents(tx, batch.map((g) => accidentRow(g.input, g.place, by, now)));
        await recordAudit(tx, auditActorOf(actor), ids.map((r, j) => ({ action: 'import', entity: 'accident', entityId: r.id, after: batch[j]!.input })));
      }
    });
  }
  return { mode, rows: source.length, imported: good.length, rejected: rejectedRows, errors };
}
