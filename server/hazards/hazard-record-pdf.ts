import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import type { HazardDetail } from '../../core/hazards/hazard-view.schema.ts';
import { enumLabel, label, type ExportLanguage } from '../exports/export-labels.ts';
import { cityWallTime } from '../exports/xlsx-export.ts';
import { loadFonts } from '../pdf/pdf-document.ts';

/** At most this many photos are printed, each scaled down: a record, not an album. */
export const PRINTED_PHOTOS = 6;

const headings: Record<string, Record<ExportLanguage, string>> = {
  title: { 'zh-CN': '事故隐患排查治理记录', en: 'Hidden hazard record' },
  printed: { 'zh-CN': '打印时间', en: 'Printed' },
  id: { 'zh-CN': '隐患编号', en: 'Hazard ID' },
  overdue: { 'zh-CN': '已逾期', en: 'overdue' },
  more: { 'zh-CN': '另有 {{n}} 张照片未打印', en: '{{n}} more photos not printed' },
  page: { 'zh-CN': '第 {{n}} 页', en: 'Page {{n}}' },
};
const h = (key: string, language: ExportLanguage) => headings[key]![language];

/** Asia/Shanghai wall time: 2026-12-03 14:05. */
const wall = (iso: string | null | undefined) => (iso ? cityWallTime(iso)!.toISOString().slice(0, 16).replace('T', ' ') : '—');

/** The texts a timeline step's body carries (note, comment, reason, measures …), whatever its action. */
function bodyTexts(body: unknown, language: ExportLanguage): string[] {
  if (!body || typeof body !== 'object') return [];
  const b = body as Record<string, unknown>;
  const fields: Array<[string, string]> = [
    ['note', 'hazard.timeline.note'], ['comment', 'hazard.timeline.comment'], ['reason', 'hazard.timeline.reason'],
    ['measures', 'hazard.timeline.measures'], ['responsiblePerson', 'hazard.timeline.responsible'], ['documentNo', 'hazard.timeline.documentNo'],
  ];
  return fields.flatMap(([field, key]) => (typeof b[field] === 'string' && b[field] ? [`${label(language, key)}：${String(b[field])}`] : []));
}

/** Each photo as a small JPEG pdfkit can embed (it reads no WebP); one that does not decode is left out. */
export async function printablePhotos(photos: Buffer[]): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const p of photos) {
    try {
      out.push(await sharp(p).rotate().resize({ width: 640, height: 480, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 70 }).toBuffer());
    } catch {
      // a damaged file in storage must not stop the record from printing
    }
  }
  return out;
}

/**
 * A hazard's record on paper (A4, Noto Sans SC as the statutory documents, server/pdf/pdf-document.ts):
 * its facts, rectification, governance plan, supervision, extensions, photos and lifecycle history, in the
 * caller's language with the web's labels.
 */
export function renderHazardRecordPdf(hz: HazardDetail, photos: Buffer[], totalPhotos: number, language: ExportLanguage, now = new Date()): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 64, right: 64 }, bufferPages: true, info: { Title: `${h('title', language)} ${hz.title}`, Author: 'Anquan' } });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const l = (key: string, values?: Record<string, string | number>) => label(language, key, values);
  const colon = language === 'en' ? ': ' : '：';
  const heading = (text: string) => doc.moveDown(0.8).font('bold').fontSize(12).text(text).font('regular').fontSize(10.5).moveDown(0.2);
  const line = (name: string, value: string | null | undefined) => doc.font('bold').text(`${name}${colon}`, { continued: true }).font('regular').text(value || '—');

  doc.font('bold').fontSize(18).text(h('title', language), { align: 'center' });
  doc.font('regular').fontSize(9).fillColor('#555').text(`${h('id', language)}${colon}${hz.id}    ${h('printed', language)}${colon}${wall(now.toISOString())}`, { align: 'center' });
  doc.fillColor('#000').fontSize(10.5).moveDown(0.8);

  heading(l('hazard.detail.basic'));
  line(l('hazard.fields.title'), hz.title);
  line(l('hazard.fields.enterprise'), hz.enterpriseName);
  line(l('hazard.fields.location'), hz.location);
  line(l('hazard.fields.grade'), enumLabel(language, 'hazard.grades', hz.grade));
  line(l('hazard.fields.status'), `${enumLabel(language, 'hazard.statuses', hz.status)}${hz.overdue ? `（${h('overdue', language)}）` : ''}`);
  line(l('hazard.fields.source'), enumLabel(language, 'hazard.sources', hz.source));
  line(l('hazard.fields.category'), enumLabel(language, 'hazard.categories', hz.category));
  line(l('hazard.fields.foundAt'), wall(hz.foundAt));
  line(l('hazard.fields.deadline'), wall(hz.deadline));
  if (hz.closedAt) line(l('hazard.fields.closedAt'), wall(hz.closedAt));
  line(l('hazard.fields.reportedBy'), hz.reportedBy.name);
  line(l('hazard.fields.legalBasis'), [hz.legalBasis.standard, hz.legalBasis.article, hz.legalBasis.item].filter(Boolean).join(' '));
  line(l('hazard.fields.description'), hz.description);

  if (hz.rectification) {
    heading(l('hazard.detail.rectification'));
    line(l('hazard.detail.mode'), enumLabel(language, 'hazard.modes', hz.rectification.mode));
    line(l('hazard.detail.responsiblePerson'), hz.rectification.responsiblePerson);
    line(l('hazard.detail.measures'), hz.rectification.measures);
    line(l('hazard.detail.funds'), l('hazard.detail.fundsValue', { formatted: hz.rectification.fundsYuan.toLocaleString(language) }));
    line(l('hazard.fields.deadline'), wall(hz.rectification.deadline));
  }
  if (hz.governancePlan) {
    heading(l('hazard.detail.governancePlan'));
    for (const [key, value] of Object.entries(hz.governancePlan)) if (typeof value === 'string') line(l(`hazard.governancePlan.${key}`), value);
  }
  if (hz.supervision) {
    heading(l('hazard.detail.supervision'));
    line(l('hazard.detail.level'), enumLabel(language, 'hazard.supervisionLevels', hz.supervision.level));
    line(l('hazard.detail.authority'), hz.supervision.authority);
    line(l('hazard.detail.documentNo'), hz.supervision.documentNo);
    line(l('hazard.detail.supervisionDeadline'), wall(hz.supervision.deadline));
    line(l('hazard.detail.listedAt'), `${wall(hz.supervision.listedAt)} ${hz.supervision.listedBy}`);
  }
  if (hz.extensions.length > 0) {
    heading(l('hazard.detail.extensions'));
    for (const x of hz.extensions) {
      const decision = x.decision ? `${x.decision.granted ? l('hazard.detail.granted') : l('hazard.detail.refused')}（${x.decision.by} ${wall(x.decision.at)}）` : l('hazard.detail.pending');
      doc.text(`${wall(x.requestedAt)} ${x.requestedBy}：${wall(x.previousDeadline)} → ${wall(x.requestedDeadline)}；${x.reason}；${decision}`);
    }
  }

  heading(l('hazard.detail.timeline'));
  for (const e of hz.timeline) {
    const status = e.fromStatus ? `${enumLabel(language, 'hazard.statuses', e.fromStatus)} → ${enumLabel(language, 'hazard.statuses', e.toStatus)}` : enumLabel(language, 'hazard.statuses', e.toStatus);
    doc.font('bold').text(`${wall(e.at)}  ${l(`hazard.events.${e.action}`)}`, { continued: true }).font('regular').text(`  ${e.actorName} · ${status}`);
    const extra = [...(e.deadlineTo ? [l('hazard.timeline.deadlineChange', { from: wall(e.deadlineFrom), to: wall(e.deadlineTo) })] : []), ...bodyTexts(e.body, language)];
    for (const text of extra) doc.fontSize(9.5).text(text, { indent: 16 }).fontSize(10.5);
  }

  if (photos.length > 0) {
    heading(l('hazard.detail.photos'));
    const width = (doc.page.width - 64 * 2 - 12) / 2;
    const height = width * 0.75;
    photos.forEach((photo, i) => {
      if (i % 2 === 0 && doc.y + height > doc.page.height - 56) doc.addPage();
      const x = 64 + (i % 2) * (width + 12);
      const y = doc.y;
      doc.image(photo, x, y, { fit: [width, height], align: 'center', valign: 'center' });
      if (i % 2 === 1 || i === photos.length - 1) doc.y = y + height + 8;
    });
    doc.x = 64;
    if (totalPhotos > photos.length) doc.fontSize(9).text(h('more', language).replace('{{n}}', String(totalPhotos - photos.length)));
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin pdfkit would start a new page: the footer writes with the margin lifted.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(8).fillColor('#888').text(h('page', language).replace('{{n}}', String(i + 1)), 64, doc.page.height - 40, { align: 'center', width: doc.page.width - 128, lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
