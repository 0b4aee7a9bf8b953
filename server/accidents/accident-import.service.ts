import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { mapRow, type AccidentImportReport, type ColumnMapping, type ImportedAccident, type ImportMode, type RowError, type SourceRow, type Cell } from '../../core/accidents/accident-import.ts';
import { gradeOf } from '../../core/accidents/accident-grade.ts';
import type { AccidentCreate } from '../../core/accidents/accident.schema.ts';
import { buildRecordImportReport } from '../../core/shared/import-report.ts';
import { coversEnterprise } from '../../core/organisations/scope.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { AppError, invalid } from '../http/errors.ts';
import { accidentRow, placeOf, type AccidentPlace } from './accident-record.ts';
import { insertAccidents } from './accident.repository.ts';

export const MAX_IMPORT_ROWS = 50_000;

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
 * POST /api/v1/accidents (codes, counts, no future dates, the caller's scope). By default a file with any bad row
 * is rejected as a whole (400 with every bad row); `valid-only` writes the good rows and reports the others; a
 * dry run writes nothing and reports each row as it would go — what a screen shows before the user confirms.
 */
export async function importAccidents(
  db: Db,
  actor: Actor,
  file: { format: 'csv' | 'xlsx'; content: string; mapping?: ColumnMapping | undefined },
  mode: ImportMode,
  options: { dryRun?: boolean; now?: Date } = {},
): Promise<AccidentImportReport> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  let source: SourceRow[];
  try {
    source = file.format === 'csv' ? csvRows(file.content) : await xlsxRows(Buffer.from(file.content, 'base64'));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid([{ path: 'content', message: `is not readable as ${file.format}: ${(error as Error).message}` }]);
  }
  if (source.length > MAX_IMPORT_ROWS) throw invalid([{ path: 'content', message: `has more than ${MAX_IMPORT_ROWS} rows` }]);
  const outcomes: Array<{ row: number; record?: ImportedAccident; issues: RowError[] }> = [];
  const good: Array<{ index: number; input: AccidentCreate; place: AccidentPlace }> = [];
  source.forEach((row, i) => {
    const rowNumber = i + 2;
    const mapped = mapRow(row, rowNumber, file.mapping ?? {});
    const issues: RowError[] = [...mapped.errors];
    // The checks beyond the schema run on what the row gave even when the schema refused it: a refused row
    // lists every reason at once, not one per attempt.
    const has = (path: string) => issues.some((e) => e.path === path);
    const given = mapped.input ?? {
      regionCode: typeof mapped.raw['regionCode'] === 'string' ? mapped.raw['regionCode'] : undefined,
      industryCode: typeof mapped.raw['industryCode'] === 'string' ? mapped.raw['industryCode'] : undefined,
      occurredAt: mapped.raw['occurredAt'] instanceof Date ? mapped.raw['occurredAt'] : undefined,
    };
    const result = placeOf(given, null);
    const place: AccidentPlace | undefined = result.place;
    for (const e of result.errors.filter((x) => !has(x.path))) {
      const missing = given[e.path as 'regionCode' | 'industryCode'] === undefined;
      issues.push(missing ? { row: rowNumber, path: e.path, code: 'required', message: 'is required when there is no enterprise' } : { row: rowNumber, ...e });
    }
    if (given.occurredAt && given.occurredAt > now && !has('occurredAt')) issues.push({ row: rowNumber, path: 'occurredAt', code: 'future', message: 'must not be in the future' });
    if (place && !coversEnterprise(actor.scope, { regionPath: place.regionPath, industryPath: place.industryPath }) && !has('regionCode')) {
      issues.push({ row: rowNumber, path: 'regionCode', code: 'outside_scope', message: 'lies outside your scope' });
    }
    if (issues.length > 0 || !mapped.input || !place) {
      outcomes.push({ row: rowNumber, issues });
      return;
    }
    const input = mapped.input;
    outcomes.push({
      row: rowNumber,
      issues,
      record: {
        number: null,
        id: null,
        occurredAt: input.occurredAt.toISOString(),
        regionCode: place.regionCode,
        industryCode: place.industryCode,
        category: input.category,
        grade: gradeOf(input),
        deaths: input.deaths,
        seriousInjuries: input.seriousInjuries,
        directLossYuan: input.directLossYuan,
        description: input.description,
      },
    });
    good.push({ index: outcomes.length - 1, input, place });
  });
  const errors = outcomes.flatMap((o) => o.issues);
  if (!dryRun && mode === 'all-or-nothing' && errors.length > 0) {
    throw invalid(errors.map((e) => ({ path: `rows.${e.row}.${e.path}`, message: e.message })));
  }
  if (!dryRun && good.length > 0) {
    await db.transaction().execute(async (tx) => {
      const by = { userId: actor.userId, name: actor.displayName, source: 'import' as const };
      for (let i = 0; i < good.length; i += 1000) {
        const batch = good.slice(i, i + 1000);
        const written = await insertAccidents(tx, batch.map((g) => accidentRow(g.input, g.place, by, now)));
        written.forEach((w, j) => Object.assign(outcomes[batch[j]!.index]!.record!, { id: w.id, number: w.number }));
        await recordAudit(tx, auditActorOf(actor), written.map((r, j) => ({ action: 'import', entity: 'accident', entityId: r.id, after: { number: r.number, ...batch[j]!.input } })));
      }
    });
  }
  return buildRecordImportReport(outcomes, mode, dryRun, dryRun ? 0 : good.length);
}
