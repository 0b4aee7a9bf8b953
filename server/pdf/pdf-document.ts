import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

/**
 * The platform's printed documents: A4 pages with Noto Sans SC embedded (pdfkit embeds only the glyphs used, so
 * a page of Chinese text stays small). The inspections' statutory documents and the accident record use it.
 */

const fontsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/@expo-google-fonts/noto-sans-sc');
let fonts: { regular: Buffer; bold: Buffer } | undefined;
/** The regular and bold Noto Sans SC files, read once (for a renderer that sets up pdfkit itself). */
export const loadFonts = () =>
  (fonts ??= {
    regular: readFileSync(path.join(fontsDir, '400Regular/NotoSansSC_400Regular.ttf')),
    bold: readFileSync(path.join(fontsDir, '700Bold/NotoSansSC_700Bold.ttf')),
  });

/** A new A4 document with the fonts 'regular' and 'bold'; `done` resolves to the bytes once `doc.end()` is called. */
export function createPdf(info: { Title: string; Author: string }, margins = { top: 64, bottom: 64, left: 72, right: 72 }) {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({ size: 'A4', margins, info });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** Asia/Shanghai wall time: "2026年11月30日 14:05". */
export function chineseDateTime(iso: string, withTime = true): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  const date = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  return withTime ? `${date} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}` : date;
}

/**
 * An enforcement document (domain-rules §8.2) begun as every one begins: the issuing department, the title and the
 * 文号 centred at the top; `heading` and `line` ("标签：值", "—" when empty) write the body in the house style.
 */
export function createEnforcementDocument(c: { departmentName: string; title: string; number: string }) {
  const { doc, done } = createPdf({ Title: `${c.title} ${c.number}`, Author: c.departmentName });
  const heading = (text: string) => doc.moveDown(0.6).font('bold').fontSize(12).text(text).font('regular').fontSize(11);
  const line = (label: string, value: string) => doc.font('bold').text(`${label}：`, { continued: true }).font('regular').text(value || '—');
  doc.font('bold').fontSize(16).text(c.departmentName, { align: 'center' });
  doc.fontSize(20).text(c.title, { align: 'center' });
  doc.font('regular').fontSize(11).text(c.number, { align: 'center' }).moveDown();
  return { doc, done, heading, line };
}
