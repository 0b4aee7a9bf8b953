import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { statisticalReportDueDate } from '../../core/hazards/investigation-periods.ts';
import { periodBounds, periodLabel, reportPeriodSchema, type StatisticalReport } from '../../core/hazards/statistical-report.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';

/**
 * The enterprise's hazard investigation and governance statistical table for a quarter or a year (16号令
 * Art. 14), generated from the record, as JSON or as the .xlsx the principal signs.
 */
export async function statisticalReport(db: Db, actor: Actor, enterpriseId: string, text: string): Promise<StatisticalReport> {
  const period = reportPeriodSchema.parse(text);
  const enterprise = await findEnterpriseById(db, actor.scope, enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  const { start, end } = periodBounds(period);
  const inPeriod = (column: string) => sql`${sql.ref(column)} >= ${start} AND ${sql.ref(column)} < ${end}`;
  const [h, t] = await Promise.all([
    sql<Record<string, string>>`
      SELECT
        count(*) FILTER (WHERE ${inPeriod('found_at')} AND grade = 'general') AS "generalFound",
        count(*) FILTER (WHERE ${inPeriod('found_at')} AND grade = 'major') AS "majorFound",
        count(*) FILTER (WHERE ${inPeriod('closed_at')} AND grade = 'general') AS "generalClosed",
        count(*) FILTER (WHERE ${inPeriod('closed_at')} AND grade = 'major') AS "majorClosed",
        count(*) FILTER (WHERE ${inPeriod('closed_at')} AND (deadline IS NULL OR closed_at <= deadline)) AS "closedOnTime",
        coalesce(sum((lifecycle #>> '{rectification,fundsYuan}')::bigint) FILTER (WHERE ${inPeriod('closed_at')}), 0) AS "rectificationFundsYuan",
        count(*) FILTER (WHERE (lifecycle #>> '{supervision,listedAt}')::timestamptz >= ${start} AND (lifecycle #>> '{supervision,listedAt}')::timestamptz < ${end}) AS "majorListedForSupervision",
        count(*) FILTER (WHERE found_at < ${end} AND (closed_at IS NULL OR closed_at >= ${end})) AS "openAtEnd"
      FROM hazards WHERE enterprise_id = ${enterprise.id}`.execute(db),
    sql<Record<string, string>>`
      SELECT count(*) AS "tasksDue", count(*) FILTER (WHERE status = 'done') AS "tasksDone"
      FROM investigation_tasks WHERE enterprise_id = ${enterprise.id} AND due_at >= ${start} AND due_at < ${end}`.execute(db),
  ]);
  const n = (row: Record<string, string> | undefined, key: string) => Number(row?.[key] ?? 0);
  const hr = h.rows[0];
  const tr = t.rows[0];
  return {
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.name,
    creditCode: enterprise.credit_code,
    period: text,
    periodLabel: periodLabel(period),
    from: start.toISOString(),
    to: end.toISOString(),
    dueAt: statisticalReportDueDate(period).toISOString(),
    tasksDue: n(tr, 'tasksDue'),
    tasksDone: n(tr, 'tasksDone'),
    generalFound: n(hr, 'generalFound'),
    majorFound: n(hr, 'majorFound'),
    generalClosed: n(hr, 'generalClosed'),
    majorClosed: n(hr, 'majorClosed'),
    closedOnTime: n(hr, 'closedOnTime'),
    rectificationFundsYuan: n(hr, 'rectificationFundsYuan'),
    majorListedForSupervision: n(hr, 'majorListedForSupervision'),
    openAtEnd: n(hr, 'openAtEnd'),
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`);

/** The table as a workbook: the labels are the statutory form's, in Chinese. */
export async function statisticalReportXlsx(r: StatisticalReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Anquan 安全生产信息平台';
  const sheet = workbook.addWorksheet('隐患排查治理统计表');
  sheet.columns = [{ width: 34 }, { width: 22 }];
  sheet.mergeCells('A1:B1');
  sheet.getCell('A1').value = `${r.enterpriseName}事故隐患排查治理情况统计分析表（${r.periodLabel}）`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A1').alignment = { horizontal: 'center', wrapText: true };
  sheet.getRow(1).height = 36;
  const rows: Array<[string, string | number]> = [
    ['统一社会信用代码', r.creditCode],
    ['统计期间', r.periodLabel],
    ['报送截止时间（《安全生产事故隐患排查治理暂行规定》第十四条）', r.dueAt.slice(0, 10)],
    ['排查任务应完成（次）', r.tasksDue],
    ['排查任务已完成（次）', r.tasksDone],
    ['排查任务完成率', percent(r.tasksDone, r.tasksDue)],
    ['发现一般事故隐患（项）', r.generalFound],
    ['发现重大事故隐患（项）', r.majorFound],
    ['整改销号一般事故隐患（项）', r.generalClosed],
    ['整改销号重大事故隐患（项）', r.majorClosed],
    ['按期整改率', percent(r.closedOnTime, r.generalClosed + r.majorClosed)],
    ['落实整改资金（元）', r.rectificationFundsYuan],
    ['挂牌督办重大事故隐患（项）', r.majorListedForSupervision],
    ['期末尚未整改隐患（项）', r.openAtEnd],
    ['单位主要负责人（签字）', ''],
    ['填报日期', ''],
  ];
  rows.forEach(([label, value], i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(1).value = label;
    row.getCell(2).value = value;
    row.getCell(1).alignment = { wrapText: true };
    for (const c of [1, 2]) row.getCell(c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
