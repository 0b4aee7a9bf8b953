import { chineseDateTime, createEnforcementDocument } from '../pdf/pdf-document.ts';
import type { DocumentContent } from './document-content.ts';

export { chineseDateTime };

const MEASURE_TEXT: Record<string, string> = {
  immediate_elimination: '责令立即排除事故隐患',
  evacuation: '从危险区域内撤出作业人员',
  suspension: '责令暂时停产停业或者停止使用相关设施、设备',
  stop_equipment: '责令停止使用相关设施、设备',
};

/** Renders a statutory document (domain-rules §8.2) as an A4 PDF (server/pdf/pdf-document.ts). */
export function renderDocumentPdf(c: DocumentContent): Promise<Buffer> {
  const { doc, done, heading, line } = createEnforcementDocument(c);
  if (c.correctsNumber) doc.text(`本文书更正 ${c.correctsNumber}，原文书作废。`).moveDown(0.5);

  line('被检查单位', c.enterprise.name);
  line('统一社会信用代码', c.enterprise.creditCode);
  line('地址', c.enterprise.address);
  if (c.enterpriseParticipants.length > 0) line('被检查单位人员', c.enterpriseParticipants.map((p) => (p.title ? `${p.name}（${p.title}）` : p.name)).join('、'));
  line('检查场所', c.place);
  line('检查时间', `${chineseDateTime(c.startedAt)} 至 ${chineseDateTime(c.endedAt)}`);
  line('执法人员', c.officers.map((o) => `${o.name}（执法证号：${o.certificateNo}）`).join('、'));

  if (c.kind === 'inspection_record') {
    heading('检查情况');
    if (c.summary) doc.text(c.summary);
    if (c.findings.length === 0) doc.text('未发现问题。');
    c.findings.forEach((f) => doc.text(`${f.no}. ${f.checkItem}：${f.description}（位置：${f.location}；依据：${f.legalBasis}${f.photoCount > 0 ? `；照片${f.photoCount}张` : ''}）`));
    if (c.measures.length > 0) {
      heading('现场处理措施');
      c.measures.forEach((m, i) => doc.text(`${i + 1}. ${MEASURE_TEXT[m.kind] ?? m.kind}：${m.scope}${m.liftingConditions ? `（解除条件：${m.liftingConditions}）` : ''}`));
    }
  }

  if (c.kind === 'rectification_order') {
    doc.moveDown(0.5).text(`${c.enterprise.name}：`);
    doc.text(`经查，你单位存在下列问题，依据所列规定，责令你单位按期限整改：`);
    heading('存在问题、依据及整改期限');
    c.findings.forEach((f) => {
      doc.font('bold').text(`${f.no}. ${f.checkItem}`).font('regular');
      doc.text(`问题：${f.description}（${f.location}）`, { indent: 14 });
      doc.text(`依据：${f.legalBasis}`, { indent: 14 });
      doc.text(`期限：${f.deadlineText}`, { indent: 14 });
    });
    heading('整改期间的安全措施');
    doc.text(c.safetyMeasures || '整改期间，你单位应当采取有效措施，防止事故发生。');
    doc.moveDown(0.5).text(`整改完毕后，请向本机关提出复查申请。本机关将于${c.reinspectionDue ? chineseDateTime(`${c.reinspectionDue}T00:00:00+08:00`, false) : '期限届满后'}前进行复查。`);
    doc.text('如不服本指令，可以依法在六十日内申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。');
  }

  if (c.kind === 'reinspection_opinion') {
    doc.moveDown(0.5).text(`${c.enterprise.name}：`);
    doc.text(`本机关于${chineseDateTime(c.startedAt, false)}对你单位执行《责令限期整改指令书》（${c.referencesNumber ?? ''}）的情况进行了复查，逐项结果如下：`);
    heading('复查结果');
    (c.results ?? []).forEach((r) => doc.text(`${r.no}. ${r.checkItem}：${r.resultText}${r.note ? `（${r.note}）` : ''}`));
    heading('复查意见');
    doc.text(c.opinion || ((c.results ?? []).every((r) => r.resultText === '已整改') ? '所列问题已整改完毕，予以销案。' : '未整改完毕的问题，责令继续整改，本机关将依法处理。'));
  }

  doc.moveDown(1.5);
  doc.text(`执法人员（签名）：________________    ________________`);
  doc.text(`被检查单位负责人（签名）：________________`);
  doc.moveDown();
  doc.text(c.departmentName, { align: 'right' });
  doc.text(`（印章）  ${chineseDateTime(c.issuedAt, false)}`, { align: 'right' });
  doc.end();
  return done;
}
