import { sensorCreateSchema, type SensorCreate } from '../../core/monitoring/sensor.schema.ts';
import { SENSOR_KINDS, type SensorRule } from '../../core/monitoring/sensor-rules.ts';
import type { ImportReport, WorkbookImportQuery } from '../../core/shared/import-report.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError, conflict } from '../http/errors.ts';
import { EXPORT_LANGUAGES, enumLabel, type ExportLanguage } from '../exports/export-labels.ts';
import { rulesOf } from '../monitoring/sensor.service.ts';
import { inScope } from '../organisations/scope-condition.ts';
import { cellNumber, cellText, problemsOf, readSheetRows, settleImport, type Cell, type CheckedRow, type ImportColumn } from './workbook-import.ts';

/** The columns: those of the sensor export (list-columns.ts) where they mean the same, and the enterprise's credit code. */
export const sensorImportColumns: ImportColumn[] = [
  { field: 'creditCode', header: { 'zh-CN': '企业统一社会信用代码', en: 'Enterprise credit code' }, note: { 'zh-CN': '测点所属企业；企业用户可不填（本企业）', en: 'The enterprise the sensor belongs to; an enterprise user may leave it empty (their own)' }, example: '91510113MA6C4WQX8B' },
  { field: 'code', header: { 'zh-CN': '测点编码', en: 'Sensor code' }, required: true, note: { 'zh-CN': '全市唯一；字母、数字、点、横线、下划线（MQTT 主题的一部分）', en: 'Unique in the city; letters, digits, dot, dash, underscore (part of the MQTT topic)' }, example: 'QBJ-CH4-001' },
  { field: 'name', header: { 'zh-CN': '测点名称', en: 'Sensor name' }, required: true, note: { 'zh-CN': '至多 100 字', en: 'At most 100 characters' }, example: '采煤工作面甲烷 T1' },
  { field: 'kind', header: { 'zh-CN': '类型', en: 'Kind' }, required: true, note: { 'zh-CN': `类型名称或代码：${SENSOR_KINDS.map((k) => enumLabel('zh-CN', 'monitoring.sensorKinds', k)).join('、')}`, en: `Kind name or code: ${SENSOR_KINDS.join(', ')}` }, example: '甲烷' },
  { field: 'unit', header: { 'zh-CN': '单位', en: 'Unit' }, required: true, note: { 'zh-CN': '如 %CH4、ppm、℃', en: 'e.g. %CH4, ppm, °C' }, example: '%CH4' },
  { field: 'rangeLow', header: { 'zh-CN': '量程下限', en: 'Range low' }, note: { 'zh-CN': '数字，可空', en: 'A number, optional' }, example: 0 },
  { field: 'rangeHigh', header: { 'zh-CN': '量程上限', en: 'Range high' }, note: { 'zh-CN': '数字，须大于下限，可空', en: 'A number above the low end, optional' }, example: 4 },
  { field: 'location', header: { 'zh-CN': '安装位置', en: 'Location' }, note: { 'zh-CN': '至多 200 字', en: 'At most 200 characters' }, example: '3号采煤工作面回风巷' },
  { field: 'expectedIntervalSec', header: { 'zh-CN': '上报间隔（秒）', en: 'Expected interval (s)' }, required: true, note: { 'zh-CN': '整数，1–86400', en: 'A whole number, 1–86400' }, example: 30 },
  { field: 'template', header: { 'zh-CN': '报警规则模板', en: 'Rule template' }, required: true, note: { 'zh-CN': '模板编号（GET /api/v1/sensor-templates），其类型须与测点类型一致', en: 'Template id (GET /api/v1/sensor-templates), of the sensor’s kind' }, example: 'methane-longwall-face' },
  { field: 'templateParams', header: { 'zh-CN': '模板参数', en: 'Template parameters' }, note: { 'zh-CN': '模板要求的参数，如 H=1.2; HH=1.5', en: 'Values the template asks for, e.g. H=1.2; HH=1.5' }, example: '' },
];

/** A kind from its code or its label in either language. */
const kindByText = new Map<string, string>(
  SENSOR_KINDS.flatMap((k) => [[k, k], ...EXPORT_LANGUAGES.map((l) => [enumLabel(l, 'monitoring.sensorKinds', k).toLowerCase(), k] as [string, string])]),
);

/** "H=1.2; HH=1.5" → {H: 1.2, HH: 1.5}, or the part that does not read. */
function paramsOf(text: string | undefined): { value?: Record<string, number>; error?: string } {
  if (!text) return {};
  const value: Record<string, number> = {};
  for (const part of text.split(/[;；,，\n]/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Za-z_][\w]*)\s*[=:：]\s*(-?\d+(?:\.\d+)?)$/.exec(part);
    if (!m) return { error: `cannot read ${JSON.stringify(part)}: write name=number; name=number` };
    value[m[1]!] = Number(m[2]);
  }
  return { value };
}

type Ready = { input: SensorCreate; rules: SensorRule[] };

function checkRow(row: number, v: Record<string, Cell>, enterpriseId: string | undefined, enterpriseProblem: string | undefined): CheckedRow<Ready> {
  const code = cellText(v['code'] ?? null) ?? '';
  const problems: CheckedRow<Ready>['problems'] = [];
  if (enterpriseProblem) problems.push({ field: 'creditCode', message: enterpriseProblem });
  const kindText = cellText(v['kind'] ?? null) ?? '';
  const kind = kindByText.get(kindText.toLowerCase()) ?? kindText;
  const params = paramsOf(cellText(v['templateParams'] ?? null));
  if (params.error) problems.push({ field: 'templateParams', message: params.error });
  const raw: Record<string, unknown> = {
    enterpriseId: enterpriseId ?? '00000000-0000-0000-0000-000000000000',
    code,
    name: cellText(v['name'] ?? null) ?? '',
    kind,
    unit: cellText(v['unit'] ?? null) ?? '',
    rangeLow: cellNumber(v['rangeLow'] ?? null) ?? null,
    rangeHigh: cellNumber(v['rangeHigh'] ?? null) ?? null,
    location: cellText(v['location'] ?? null) ?? '',
    expectedIntervalSec: cellNumber(v['expectedIntervalSec'] ?? null),
    template: cellText(v['template'] ?? null) ?? '',
    ...(params.value && { templateParams: params.value }),
  };
  const parsed = sensorCreateSchema.safeParse(raw);
  if (!parsed.success) {
    for (const p of problemsOf(parsed.error, (path) => String(path[0] ?? 'row'))) if (!problems.some((x) => x.field === p.field)) problems.push(p);
  }
  if (!parsed.success || problems.length > 0) return { row, label: code, problems };
  try {
    return { row, label: code, input: { input: parsed.data, rules: rulesOf(parsed.data) }, problems };
  } catch (error) {
    if (error instanceof AppError && error.details) return { row, label: code, problems: error.details.map((d) => ({ field: d.path.split('.')[0]!, message: d.message })) };
    throw error;
  }
}

/**
 * Registers sensors from a workbook: each row through POST /sensors' schema and template checks, its enterprise
 * found by credit code within the caller's scope, a code already taken or repeated in the file refused; the good
 * rows written with their audit events in one transaction.
 */
export async function importSensors(db: Db, actor: Actor, content: string, query: WorkbookImportQuery, language: ExportLanguage): Promise<ImportReport> {
  const rows = await readSheetRows(content, sensorImportColumns);
  const codes = [...new Set(rows.flatMap((r) => (cellText(r.values['creditCode'] ?? null) ?? '').toUpperCase() || []))];
  const enterprises = new Map(
    codes.length === 0
      ? []
      : (await db.selectFrom('enterprises').select(['id', 'credit_code']).where('credit_code', 'in', codes).where(inScope(actor.scope, 'enterprises')).execute()).map((e) => [e.credit_code, e.id]),
  );
  const checked = rows.map((r) => {
    const creditCode = (cellText(r.values['creditCode'] ?? null) ?? '').toUpperCase();
    let enterpriseId: string | undefined;
    let problem: string | undefined;
    if (creditCode) {
      enterpriseId = enterprises.get(creditCode);
      // An enterprise outside the scope is as unknown as one that does not exist.
      if (!enterpriseId) problem = 'names no enterprise within your scope';
    } else if (actor.scope.kind === 'enterprise') enterpriseId = actor.scope.enterpriseId;
    else problem = 'is required';
    return checkRow(r.row, r.values, enterpriseId, problem);
  });
  const sensorCodes = checked.flatMap((c) => (c.input ? [c.input.input.code] : []));
  const taken = new Set(sensorCodes.length === 0 ? [] : (await db.selectFrom('sensors').select('code').where('code', 'in', sensorCodes).execute()).map((r) => r.code));
  const seen = new Map<string, number>();
  for (const c of checked) {
    if (!c.input) continue;
    const code = c.input.input.code;
    if (taken.has(code)) c.problems.push({ field: 'code', message: 'is taken' });
    else if (seen.has(code)) c.problems.push({ field: 'code', message: `repeats row ${seen.get(code)}` });
    else seen.set(code, c.row);
  }
  try {
    return await settleImport(checked, query, sensorImportColumns, language, (good) =>
      db.transaction().execute(async (tx) => {
        const ids: string[] = [];
        for (const { input: { input, rules } } of good) {
          const row = await tx
            .insertInto('sensors')
            .values({
              enterprise_id: input.enterpriseId,
              code: input.code,
              name: input.name,
              kind: input.kind,
              unit: input.unit,
              range_low: input.rangeLow ?? null,
              range_high: input.rangeHigh ?? null,
              location: input.location ?? '',
              expected_interval_sec: input.expectedIntervalSec,
              template_id: input.template ?? null,
              rules: JSON.stringify(rules),
              template_params: input.templateParams ? JSON.stringify(input.templateParams) : null,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await recordAudit(tx, auditActorOf(actor), { action: 'import', entity: 'sensor', entityId: row.id, after: { ...input, rules } });
          ids.push(row.id);
        }
        return ids;
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('A sensor code of the file was taken meanwhile; nothing was imported: try again');
    throw error;
  }
}
