import type { HazardStatisticsRow } from '../../core/hazards/hazard-statistics.schema.ts';
import type { Hazard } from '../../core/hazards/hazard-view.schema.ts';
import type { Inspection } from '../../core/inspections/inspection.schema.ts';
import type { Alarm } from '../../core/monitoring/alarm.schema.ts';
import type { Sensor } from '../../core/monitoring/sensor.schema.ts';
import type { Enterprise } from '../../core/organisations/enterprise.schema.ts';
import type { UserListItem } from '../../core/organisations/user.schema.ts';
import { regionNameOf } from '../organisations/enterprise.service.ts';
import { enumLabel, label, type ExportLanguage } from './export-labels.ts';
import { cityWallTime, type ExportColumn } from './xlsx-export.ts';

/**
 * The columns of each exported list: what the list screen shows, with every enumeration as its label in the
 * caller's language and every instant as Asia/Shanghai wall time (docs/adr/0047).
 */

const yesNo = (language: ExportLanguage, value: boolean) => (language === 'en' ? (value ? 'Yes' : 'No') : value ? '是' : '否');

export const hazardColumns: ExportColumn<Hazard>[] = [
  { header: 'hazard.fields.title', width: 36, value: (h) => h.title },
  { header: 'hazard.fields.enterprise', width: 30, value: (h) => h.enterpriseName },
  { header: 'enterprise.fields.district', width: 18, value: (h) => regionNameOf(h.regionCode) },
  { header: 'hazard.fields.location', width: 24, value: (h) => h.location },
  { header: 'hazard.fields.grade', width: 14, value: (h, l) => enumLabel(l, 'hazard.grades', h.grade) },
  { header: 'hazard.fields.status', width: 12, value: (h, l) => enumLabel(l, 'hazard.statuses', h.status) },
  { header: 'hazard.fields.source', width: 12, value: (h, l) => enumLabel(l, 'hazard.sources', h.source) },
  { header: 'hazard.fields.category', width: 12, value: (h, l) => enumLabel(l, 'hazard.categories', h.category) },
  { header: 'hazard.fields.foundAt', width: 18, format: 'datetime', value: (h) => cityWallTime(h.foundAt) },
  { header: 'hazard.fields.deadline', width: 18, format: 'datetime', value: (h) => cityWallTime(h.deadline) },
  { header: 'hazard.fields.closedAt', width: 18, format: 'datetime', value: (h) => cityWallTime(h.closedAt) },
  { header: { 'zh-CN': '是否逾期', en: 'Overdue' }, width: 10, value: (h, l) => yesNo(l, h.overdue) },
  { header: { 'zh-CN': '挂牌督办', en: 'Listed for supervision' }, width: 12, value: (h, l) => yesNo(l, h.supervised) },
  { header: 'hazard.fields.legalBasis', width: 40, value: (h) => [h.legalBasis.standard, h.legalBasis.article, h.legalBasis.item].filter(Boolean).join(' ') },
  { header: 'hazard.fields.reportedBy', width: 14, value: (h) => h.reportedBy.name },
  { header: 'hazard.fields.description', width: 60, value: (h) => h.description },
  { header: { 'zh-CN': '编号', en: 'ID' }, width: 38, value: (h) => h.id },
];

export const enterpriseColumns: ExportColumn<Enterprise>[] = [
  { header: 'enterprise.fields.name', width: 36, value: (e) => e.name },
  { header: 'enterprise.fields.creditCode', width: 22, value: (e) => e.creditCode },
  { header: { 'zh-CN': '行业代码', en: 'Industry code' }, width: 10, value: (e) => e.industryCode },
  { header: 'enterprise.fields.industry', width: 28, value: (e) => e.industryName },
  { header: { 'zh-CN': '区划代码', en: 'Region code' }, width: 12, value: (e) => e.regionCode },
  { header: 'enterprise.fields.region', width: 28, value: (e) => e.regionName },
  { header: 'enterprise.fields.address', width: 40, value: (e) => e.address },
  { header: 'enterprise.fields.lng', width: 12, value: (e) => e.location?.lng ?? null },
  { header: 'enterprise.fields.lat', width: 12, value: (e) => e.location?.lat ?? null },
  { header: 'enterprise.fields.employees', width: 10, value: (e) => e.employees },
  { header: 'enterprise.fields.keyIndustries', width: 24, value: (e, l) => e.keyIndustries.map((k) => enumLabel(l, 'keyIndustries', k)).join(l === 'en' ? ', ' : '、') },
  { header: 'enterprise.fields.highRisk', width: 10, value: (e, l) => yesNo(l, e.highRisk) },
  { header: 'enterprise.fields.createdAt', width: 18, format: 'datetime', value: (e) => cityWallTime(e.createdAt) },
];

export const inspectionColumns: ExportColumn<Inspection>[] = [
  { header: 'inspections.fields.enterprise', width: 32, value: (i) => i.enterpriseName },
  { header: 'inspections.fields.kind', width: 12, value: (i, l) => enumLabel(l, 'inspections.kinds', i.kind) },
  { header: 'inspections.fields.place', width: 28, value: (i) => i.place },
  { header: 'inspections.fields.startedAt', width: 18, format: 'datetime', value: (i) => cityWallTime(i.startedAt) },
  { header: 'inspections.fields.endedAt', width: 18, format: 'datetime', value: (i) => cityWallTime(i.endedAt) },
  { header: 'inspections.fields.department', width: 24, value: (i) => i.departmentName },
  { header: 'inspections.fields.createdBy', width: 14, value: (i) => i.createdByName },
  { header: { 'zh-CN': '编号', en: 'ID' }, width: 38, value: (i) => i.id },
];

export const alarmColumns: ExportColumn<Alarm>[] = [
  { header: 'monitoring.fields.openedAt', width: 18, format: 'datetime', value: (a) => cityWallTime(a.openedAt) },
  { header: 'monitoring.fields.enterprise', width: 30, value: (a) => a.enterpriseName },
  { header: 'monitoring.fields.sensor', width: 24, value: (a) => `${a.sensorName}（${a.sensorCode}）` },
  { header: 'monitoring.fields.kind', width: 12, value: (a, l) => enumLabel(l, 'monitoring.kinds', a.kind) },
  { header: 'monitoring.fields.severity', width: 10, value: (a, l) => enumLabel(l, 'monitoring.severities', a.severity) },
  { header: { 'zh-CN': '最高级别', en: 'Peak severity' }, width: 10, value: (a, l) => enumLabel(l, 'monitoring.severities', a.peakSeverity) },
  { header: 'monitoring.fields.status', width: 10, value: (a, l) => enumLabel(l, 'monitoring.statuses', a.status) },
  { header: { 'zh-CN': '报警值', en: 'Value at opening' }, width: 12, value: (a) => a.openValue },
  { header: { 'zh-CN': '峰值', en: 'Peak value' }, width: 12, value: (a) => a.peakValue },
  { header: 'monitoring.fields.limit', width: 10, value: (a) => a.limit },
  { header: { 'zh-CN': '单位', en: 'Unit' }, width: 8, value: (a) => a.unit },
  { header: 'monitoring.fields.acknowledged', width: 18, format: 'datetime', value: (a) => cityWallTime(a.acknowledgedAt) },
  { header: { 'zh-CN': '确认人', en: 'Acknowledged by' }, width: 12, value: (a) => a.acknowledgedBy },
  { header: 'monitoring.fields.clearedAt', width: 18, format: 'datetime', value: (a) => cityWallTime(a.clearedAt) },
  { header: 'monitoring.fields.message', width: 48, value: (a) => a.message },
];

export const sensorColumns: ExportColumn<Sensor>[] = [
  { header: { 'zh-CN': '测点编码', en: 'Sensor code' }, width: 22, value: (s) => s.code },
  { header: { 'zh-CN': '测点名称', en: 'Sensor name' }, width: 24, value: (s) => s.name },
  { header: 'monitoring.fields.enterprise', width: 30, value: (s) => s.enterpriseName },
  { header: { 'zh-CN': '类型', en: 'Kind' }, width: 14, value: (s, l) => enumLabel(l, 'monitoring.sensorKinds', s.kind) },
  { header: { 'zh-CN': '单位', en: 'Unit' }, width: 8, value: (s) => s.unit },
  { header: { 'zh-CN': '量程下限', en: 'Range low' }, width: 10, value: (s) => s.rangeLow },
  { header: { 'zh-CN': '量程上限', en: 'Range high' }, width: 10, value: (s) => s.rangeHigh },
  { header: { 'zh-CN': '安装位置', en: 'Location' }, width: 24, value: (s) => s.location },
  { header: { 'zh-CN': '上报间隔（秒）', en: 'Expected interval (s)' }, width: 12, value: (s) => s.expectedIntervalSec },
  { header: { 'zh-CN': '报警规则模板', en: 'Rule template' }, width: 24, value: (s) => s.template },
  { header: { 'zh-CN': '最新读数', en: 'Latest reading' }, width: 12, value: (s) => s.lastReading?.value ?? null },
  { header: { 'zh-CN': '读数时间', en: 'Reading time' }, width: 18, format: 'datetime', value: (s) => cityWallTime(s.lastReading?.ts) },
  { header: { 'zh-CN': '当前状态', en: 'Current state' }, width: 10, value: (s, l) => enumLabel(l, 'monitoring.states', s.alarmState ?? 'normal') },
];

export const userColumns: ExportColumn<UserListItem>[] = [
  { header: 'admin.users.fields.username', width: 18, value: (u) => u.username },
  { header: 'admin.users.fields.displayName', width: 16, value: (u) => u.displayName },
  { header: 'admin.users.fields.role', width: 14, value: (u, l) => enumLabel(l, 'roles', u.role) },
  { header: 'admin.users.fields.organisation', width: 32, value: (u) => u.organisationName ?? '' },
  {
    header: 'admin.users.fields.status',
    width: 14,
    value: (u, l) => [label(l, `admin.users.status.${u.active ? 'active' : 'inactive'}`), u.mustChangePassword ? label(l, 'admin.users.status.mustChange') : ''].filter(Boolean).join(l === 'en' ? ', ' : '，'),
  },
  { header: { 'zh-CN': '创建时间', en: 'Created' }, width: 18, format: 'datetime', value: (u) => cityWallTime(u.createdAt) },
];

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** A 排查不力 reason as the statistics screen words it. */
function reasonText(r: HazardStatisticsRow, reason: HazardStatisticsRow['reasons'][number], language: ExportLanguage) {
  const rate = reason.code === 'low_completion' ? r.completionRate : r.onTimeRate;
  return label(language, `statistics.reasons.${reason.code}`, { rate: percent(rate), threshold: reason.thresholdPercent ?? '', count: r.overdueMajor });
}

export const hazardStatisticsColumns = (groupBy: string): ExportColumn<HazardStatisticsRow>[] => [
  { header: 'statistics.columns.rank', width: 8, value: (r) => r.rank },
  { header: `statistics.groupBy.${groupBy}`, width: 32, value: (r) => r.name },
  { header: { 'zh-CN': '应完成任务', en: 'Tasks due' }, width: 10, value: (r) => r.tasksDue },
  { header: 'statistics.columns.tasks', width: 10, value: (r) => r.tasksDone },
  { header: 'statistics.columns.completionRate', width: 10, format: 'percent', value: (r) => r.completionRate },
  { header: 'statistics.columns.hazardsFound', width: 10, value: (r) => r.hazardsFound },
  { header: 'statistics.columns.hazardsClosed', width: 10, value: (r) => r.hazardsClosed },
  { header: 'statistics.columns.onTimeRate', width: 12, format: 'percent', value: (r) => r.onTimeRate },
  { header: 'statistics.columns.overdueNow', width: 10, value: (r) => r.overdueNow },
  { header: 'statistics.columns.openMajor', width: 12, value: (r) => r.openMajor },
  { header: 'statistics.columns.repeatHazards', width: 10, value: (r) => r.repeatHazards },
  { header: 'statistics.columns.flag', width: 10, value: (r, l) => (r.flagged ? yesNo(l, true) : '') },
  { header: { 'zh-CN': '原因', en: 'Reasons' }, width: 40, value: (r, l) => r.reasons.map((x) => reasonText(r, x, l)).join(l === 'en' ? '; ' : '；') },
];
