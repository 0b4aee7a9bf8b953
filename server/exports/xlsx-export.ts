import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { CITY_UTC_OFFSET_MS } from '../../core/shared/city-time.ts';
import { AppError } from '../http/errors.ts';
import { label, type ExportLanguage } from './export-labels.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * At most this many rows per workbook: a list past it answers 400 and asks for narrower filters, rather than
 * holding a workbook of unbounded size in memory (docs/adr/0047).
 */
export const EXPORT_MAX_ROWS = 10_000;

export type Cell = string | number | boolean | Date | null | undefined;

export interface ExportColumn<T> {
  /** A key of the web's locale files, or the header in each language. */
  header: string | Record<ExportLanguage, string>;
  width?: number;
  /** `datetime` / `date`: an instant shown as Asia/Shanghai wall time. */
  format?: 'datetime' | 'date' | 'percent';
  value: (row: T, language: ExportLanguage) => Cell;
}

/** An instant as the date Excel shows: Asia/Shanghai wall time (a workbook has no time zones). */
export const cityWallTime = (instant: string | Date | null | undefined): Date | null =>
  instant === null || instant === undefined || instant === '' ? null : new Date(new Date(instant).getTime() + CITY_UTC_OFFSET_MS);

const NUM_FMT = { datetime: 'yyyy-mm-dd hh:mm', date: 'yyyy-mm-dd', percent: '0.0%' } as const;

export const headerOf = (column: { header: ExportColumn<never>['header'] }, language: ExportLanguage) =>
  typeof column.header === 'string' ? label(language, column.header) : column.header[language];

/** Adds a sheet with a bold, frozen header row and one row per item. */
export function addSheet<T>(workbook: ExcelJS.Workbook, name: string, columns: readonly ExportColumn<T>[], rows: readonly T[], language: ExportLanguage) {
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  sheet.columns = columns.map((c, i) => ({
    key: String(i),
    header: headerOf(c, language),
    width: c.width ?? 16,
    ...(c.format && { style: { numFmt: NUM_FMT[c.format] } }),
  }));
  for (const row of rows) {
    sheet.addRow(columns.map((c) => {
      const v = c.value(row, language);
      return v === undefined ? null : v;
    }));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet;
}

export async function workbookOf<T>(sheetName: string, columns: readonly ExportColumn<T>[], rows: readonly T[], language: ExportLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Anquan 安全生产信息平台';
  addSheet(workbook, sheetName, columns, rows, language);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** 400 when a filtered list is longer than a workbook may be. */
export function refuseOverCap(total: number, cap = EXPORT_MAX_ROWS) {
  if (total > cap) {
    throw new AppError('VALIDATION_FAILED', `The filters match ${total} rows; at most ${cap} can be exported at once: narrow the filters`, [
      { path: 'filters', message: `match ${total} rows, more than the ${cap} an export may hold` },
    ]);
  }
}

/** A day stamp for file names, in the city's calendar: 20261203. */
export const cityDayStamp = (now = new Date()) => cityWallTime(now)!.toISOString().slice(0, 10).replaceAll('-', '');

/** Sends a workbook as a download named in the caller's language (RFC 6266 `filename*`). */
export function sendWorkbook(reply: FastifyReply, fileName: string, content: Buffer) {
  return reply
    .type(XLSX_TYPE)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('cache-control', 'no-store')
    .send(content);
}
