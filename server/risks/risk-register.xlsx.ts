import ExcelJS from 'exceljs';
import { HAZARD_FACTOR_CODE } from '../../core/risks/hazard-factors.ts';
import type { RiskPoint } from '../../core/risks/risk-point.schema.ts';

/**
 * The risk register (安全风险分级管控清单) of one enterprise as .xlsx: one row per risk point, highest level first,
 * each row's level cell in its colour. Labels are Chinese: the register is a document for the enterprise and the
 * regulator (api.md: labels come from the web's locale files for the API; a document carries its own).
 */
const LEVEL = { major: '重大风险', larger: '较大风险', general: '一般风险', low: '低风险' } as const;
const FILL = { major: 'FFFD0314', larger: 'FFFC5D07', general: 'FFFDE41B', low: 'FF1153FD' } as const; // domain-rules §4.1
const FACTOR = { human: '人的因素', physical: '物的因素', environmental: '环境因素', management: '管理因素' } as const;
const CONTROL_LEVEL = { company: '公司级', workshop: '车间级', team: '班组级', post: '岗位级' } as const;
const MEASURE = { engineering: '工程技术', management: '管理', training: '培训教育', ppe: '个体防护', emergency: '应急处置' } as const;
const OBJECT = { activity: '作业活动', equipment: '设备设施' } as const;

function scores(p: RiskPoint): string {
  const e = p.evaluation;
  return e.method === 'lec' ? `LEC: L=${e.l} E=${e.e} C=${e.c} D=${p.result.score}` : `LS: L=${e.l} S=${e.s} R=${p.result.score}`;
}

export async function riskRegisterXlsx(enterpriseName: string, points: readonly RiskPoint[], today: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Anquan 安全生产信息平台';
  const sheet = workbook.addWorksheet('安全风险分级管控清单');
  sheet.mergeCells('A1:L1');
  sheet.getCell('A1').value = `${enterpriseName} 安全风险分级管控清单`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.mergeCells('A2:L2');
  sheet.getCell('A2').value = `导出日期：${today}　依据：《中华人民共和国安全生产法》第四十一条`;
  const header = ['序号', '风险点', '位置', '类型', '作业活动/设备设施', '危险有害因素 (GB/T 13861)', '评价方法与分值', '风险等级', '管控措施', '管控层级', '责任人', '复评日期'];
  sheet.addRow(header).font = { bold: true };
  points.forEach((p, i) => {
    const row = sheet.addRow([
      i + 1,
      p.name,
      p.location,
      OBJECT[p.objectKind],
      p.object,
      p.hazardFactors.map((f) => `${HAZARD_FACTOR_CODE[f.class]} ${FACTOR[f.class]}：${f.description}`).join('\n'),
      scores(p),
      LEVEL[p.level],
      p.controlMeasures.map((m) => `【${MEASURE[m.kind]}】${m.content}`).join('\n'),
      CONTROL_LEVEL[p.controlLevel],
      p.responsiblePerson,
      p.reviewOverdue ? `${p.reviewDate}（已逾期）` : p.reviewDate,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    const level = row.getCell(8);
    level.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[p.level] } };
    level.font = { bold: true, color: { argb: p.level === 'general' ? 'FF000000' : 'FFFFFFFF' } };
  });
  [6, 20, 20, 10, 24, 36, 24, 10, 48, 10, 10, 16].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
