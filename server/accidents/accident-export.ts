import ExcelJS from 'exceljs';
import type { Accident } from '../../core/accidents/accident.schema.ts';
import type { AccidentStatistics } from '../../core/accidents/accident-statistics.schema.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Columns of the exported list. Their headers are the API's field names, so that an exported file imports
 * again without a column mapping (accident-import.ts).
 */
const LIST_COLUMNS: Array<{ key: keyof Accident; width: number }> = [
  { key: 'occurredAt', width: 26 }, { key: 'knownAt', width: 26 }, { key: 'regionCode', width: 12 }, { key: 'industryCode', width: 10 },
  { key: 'category', width: 9 }, { key: 'grade', width: 14 }, { key: 'deaths', width: 8 }, { key: 'missing', width: 8 },
  { key: 'seriousInjuries', width: 10 }, { key: 'minorInjuries', width: 10 }, { key: 'directLossYuan', width: 16 },
  { key: 'isRoadTraffic', width: 8 }, { key: 'isFire', width: 8 }, { key: 'lateReport', width: 8 }, { key: 'enterpriseName', width: 28 },
  { key: 'description', width: 60 }, { key: 'number', width: 16 }, { key: 'id', width: 38 },
];

export async function accidentListXlsx(items: Accident[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('accidents');
  sheet.columns = LIST_COLUMNS.map((c) => ({ header: c.key, key: c.key, width: c.width }));
  for (const a of items) sheet.addRow(Object.fromEntries(LIST_COLUMNS.map((c) => [c.key, a[c.key] ?? ''])));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A statistics table as the screen shows it: each group beside the year before and the change. */
export async function accidentStatisticsXlsx(s: AccidentStatistics, labelOf: (key: string) => string = (k) => k): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`by ${s.groupBy}`);
  sheet.addRow([`${s.from} – ${s.to}`, '', '', '', '', `${s.previousFrom} – ${s.previousTo}`]);
  const header = ['key', 'name', 'accidents', 'deaths', 'seriousInjuries', 'directLossYuan', 'previousAccidents', 'previousDeaths', 'accidentsChangePercent', 'deathsChangePercent', 'deathsPer100MillionYuanGdp', 'deathsPer100kWorkers'];
  sheet.addRow(header).font = { bold: true };
  for (const r of [...s.rows, s.total]) {
    sheet.addRow([
      r.key, r.key === 'total' ? '' : labelOf(r.key), r.accidents, r.deaths, r.seriousInjuries, r.directLossYuan, r.previous.accidents, r.previous.deaths,
      r.change.accidents, r.change.deaths, r.rates?.deathsPer100MillionYuanGdp ?? null, r.rates?.deathsPer100kWorkers ?? null,
    ]);
  }
  sheet.columns.forEach((c, i) => (c.width = i === 1 ? 24 : 16));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
