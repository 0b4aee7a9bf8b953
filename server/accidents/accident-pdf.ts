import type { AccidentDetail } from '../../core/accidents/accident.schema.ts';
import type { AccidentCategory } from '../../core/accidents/accident-categories.ts';
import type { AccidentGrade } from '../../core/accidents/accident-grade.ts';
import type { InvestigationAuthority } from '../../core/accidents/investigation.ts';
import type { ReportingStepView } from '../../core/accidents/reporting-chain.ts';
import { formatWanYuan } from '../../core/shared/money.ts';
import { chineseDateTime, createPdf } from '../pdf/pdf-document.ts';
import { referenceData } from '../organisations/reference-data.ts';

/**
 * The printed record of an accident (a Chinese document, like the inspections' statutory ones): basic facts,
 * grade, casualties and losses, the reporting chain with its times and 迟报, the supplementary revisions. The
 * names are the web's zh-CN texts (a unit test keeps them equal).
 */

/** GB 6441-86 categories. */
export const CATEGORY_NAMES: Readonly<Record<AccidentCategory, string>> = {
  '01': '物体打击', '02': '车辆伤害', '03': '机械伤害', '04': '起重伤害', '05': '触电', '06': '淹溺', '07': '灼烫', '08': '火灾', '09': '高处坠落', '10': '坍塌',
  '11': '冒顶片帮', '12': '透水', '13': '放炮', '14': '火药爆炸', '15': '瓦斯爆炸', '16': '锅炉爆炸', '17': '容器爆炸', '18': '其它爆炸', '19': '中毒和窒息', '20': '其它伤害',
};
/** 493号令 Art. 3. */
export const GRADE_NAMES: Readonly<Record<AccidentGrade, string>> = { extraordinary: '特别重大', major: '重大', larger: '较大', general: '一般' };
export const LEVEL_NAMES: Readonly<Record<ReportingStepView['from'] | ReportingStepView['to'], string>> = {
  unit: '事故单位',
  county: '县级应急管理部门',
  city: '设区的市应急管理部门',
  province: '省级应急管理部门',
  ministry: '应急管理部',
};
export const AUTHORITY_NAMES: Readonly<Record<InvestigationAuthority, string>> = { state_council: '国务院', province: '省级人民政府', city: '设区的市人民政府', county: '县级人民政府' };
const SOURCE_NAMES = { report: '报告', import: '导入', demo: '演示' } as const;

/** Integer yuan as 万元 (core/shared/money.ts): 1,234,500 → "123.45万元". */
export const wanYuan = (yuan: number): string => `${formatWanYuan(yuan, 'zh-CN')}万元`;

function stepText(s: ReportingStepView, index: number): string {
  const rule = index === 0 ? '第九条，1小时' : '第十一条，每级2小时';
  const due = `时限 ${chineseDateTime(s.dueAt)}（493号令${rule}）`;
  switch (s.state) {
    case 'reported':
      return `${due}；${chineseDateTime(s.reportedAt!)} 已报告${s.recordedBy ? `，记录人：${s.recordedBy}` : ''}`;
    case 'late':
      return `${due}；${chineseDateTime(s.reportedAt!)} 报告，迟报${s.recordedBy ? `，记录人：${s.recordedBy}` : ''}`;
    case 'overdue':
      return `${due}；逾期未报告`;
    case 'pending':
      return `${due}；尚未报告`;
    case 'unknown':
      return `${due}；历史记录，报告时间不详`;
  }
}

export function renderAccidentPdf(a: AccidentDetail, printedAt: Date): Promise<Buffer> {
  const ref = referenceData();
  const { doc, done } = createPdf({ Title: `生产安全事故记录 ${a.number}`, Author: ref.cityName });
  const heading = (text: string) => doc.moveDown(0.6).font('bold').fontSize(12).text(text).moveDown(0.2).font('regular').fontSize(10.5);
  const line = (label: string, value: string) => doc.font('bold').text(`${label}：`, { continued: true }).font('regular').text(value || '—');

  const district = ref.region(a.districtCode)?.name ?? a.districtCode;
  const place = a.regionCode === a.districtCode ? district : `${district}${ref.region(a.regionCode)?.name ?? a.regionCode}`;
  const industry = ref.industry(a.industryCode)?.row.name;
  const flags = [a.lateReport ? '迟报' : '', a.concealed ? '瞒报' : '', a.falseReport ? '谎报' : ''].filter(Boolean);

  doc.font('bold').fontSize(18).text('生产安全事故记录', { align: 'center' });
  doc.font('regular').fontSize(11).text(`事故编号：${a.number}`, { align: 'center' }).moveDown(0.8).fontSize(10.5);

  heading('一、基本情况');
  line('事故单位', a.enterpriseName ?? '非登记企业');
  line('发生地区', `${ref.cityName}${place}`);
  line('所属行业', industry ? `${industry}（GB/T 4754-2017 ${a.industryCode}）` : a.industryCode);
  line('事故类别', `${CATEGORY_NAMES[a.category]}（GB 6441-86 ${a.category}）${a.isRoadTraffic ? '，道路交通事故' : ''}${a.isFire ? '，火灾事故' : ''}`);
  line('发生时间', chineseDateTime(a.occurredAt));
  line('单位负责人接报时间', chineseDateTime(a.knownAt));
  line('平台接报时间', `${chineseDateTime(a.reportedAt)}（${SOURCE_NAMES[a.source]}）`);
  if (flags.length > 0) line('报告认定', flags.join('、'));
  line('事故简要经过', a.description);

  heading('二、事故等级与伤亡、损失');
  line('事故等级', `${GRADE_NAMES[a.grade]}事故（《生产安全事故报告和调查处理条例》第三条）`);
  line('伤亡情况', `死亡 ${a.deaths} 人，下落不明 ${a.missing} 人，重伤 ${a.seriousInjuries} 人，轻伤 ${a.minorInjuries} 人`);
  line('直接经济损失', wanYuan(a.directLossYuan));
  line('补报期限', `${chineseDateTime(a.supplementaryWindowEndsAt)}（第十三条）`);

  heading('三、报告时限与上报情况');
  a.reporting.chain.forEach((s, i) => {
    doc.font('bold').text(`${i + 1}. ${LEVEL_NAMES[s.from]} → ${LEVEL_NAMES[s.to]}`).font('regular');
    doc.text(stepText(s, i), { indent: 14 });
  });
  if (a.concealed) line('瞒报认定', `${a.concealed.evidence}（${a.concealed.by}，${chineseDateTime(a.concealed.at)}）`);
  if (a.falseReport) line('谎报认定', `${a.falseReport.evidence}（${a.falseReport.by}，${chineseDateTime(a.falseReport.at)}）`);

  heading('四、补报记录');
  if (a.revisions.length === 0) doc.text('无补报。');
  a.revisions.forEach((r, i) => {
    const figures = (f: typeof r.before) => `死亡${f.deaths}、下落不明${f.missing}、重伤${f.seriousInjuries}、损失${wanYuan(f.directLossYuan)}`;
    doc.font('bold').text(`${i + 1}. ${chineseDateTime(r.at)}${r.outsideSupplementaryWindow ? '（超出补报期限）' : ''}`).font('regular');
    doc.text(`记录人：${r.by}`, { indent: 14 });
    doc.text(`补报前：${figures(r.before)}；补报后：${figures(r.after)}`, { indent: 14 });
    if (r.gradeFrom !== r.gradeTo) doc.text(`事故等级：${GRADE_NAMES[r.gradeFrom]} → ${GRADE_NAMES[r.gradeTo]}`, { indent: 14 });
    if (r.reason) doc.text(`原因：${r.reason}`, { indent: 14 });
  });

  heading('五、事故调查');
  const inv = a.investigation;
  line('调查主体', `${AUTHORITY_NAMES[inv.authority]}（第十九条）`);
  line('调查报告期限', `${chineseDateTime(inv.reportDueAt)}${inv.extendedByDays ? `（已延长${inv.extendedByDays}日）` : ''}`);
  line('调查报告提交', inv.reportSubmittedAt ? chineseDateTime(inv.reportSubmittedAt) : '尚未提交');
  if (inv.replyDueAt) line('批复期限', chineseDateTime(inv.replyDueAt));
  if (inv.repliedAt) line('批复时间', chineseDateTime(inv.repliedAt));

  doc.moveDown(1.2).fontSize(9).fillColor('#555').text(`打印时间：${chineseDateTime(printedAt.toISOString())}　　${ref.cityName}安全生产信息平台`, { align: 'right' });
  doc.end();
  return done;
}
