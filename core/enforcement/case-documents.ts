import { departmentNumberPrefix } from '../inspections/document-rules.ts';
import type { CaseAction } from './case.schema.ts';

/**
 * The documents a penalty case issues (domain-rules §8.2 statutory set, issue 14), each by the step that makes it,
 * numbered gap-free per department, civil year and kind. The number words follow the common pattern of
 * 应急管理 enforcement documents ("罚告", "罚决"); like the inspection documents' words they are configuration.
 */
export const CASE_DOCUMENT_KINDS = ['case_filing', 'penalty_notice', 'penalty_decision', 'case_closing'] as const;
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];

export const CASE_DOCUMENT_TITLES: Readonly<Record<CaseDocumentKind, string>> = {
  case_filing: '立案审批表',
  penalty_notice: '行政处罚告知书',
  penalty_decision: '行政处罚决定书',
  case_closing: '结案审批表',
};

export const CASE_DOCUMENT_WORDS: Readonly<Record<CaseDocumentKind, string>> = {
  case_filing: '立审',
  penalty_notice: '罚告',
  penalty_decision: '罚决',
  case_closing: '结审',
};

/** The step that issues each document: 立案 approved, notice served, decision taken, case closed. */
const ISSUED_BY: Partial<Record<CaseAction, CaseDocumentKind>> = {
  approve_filing: 'case_filing',
  serve_notice: 'penalty_notice',
  decide: 'penalty_decision',
  close: 'case_closing',
};
export const documentIssuedBy = (action: CaseAction): CaseDocumentKind | undefined => ISSUED_BY[action];

/** e.g. "成应急罚决〔2026〕7号". */
export function caseDocumentNumber(departmentName: string, kind: CaseDocumentKind, year: number, serial: number): string {
  return `${departmentNumberPrefix(departmentName)}${CASE_DOCUMENT_WORDS[kind]}〔${year}〕${serial}号`;
}

/** A sum of fen as yuan with two decimals, for documents: 15000000 → "150000.00". Exact: integer arithmetic only. */
export function fenText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const DIGITS = '零一二三四五六七八九';

/** 1–9999 in Chinese numerals as articles are numbered: 10 → 十, 28 → 二十八, 102 → 一百零二, 1010 → 一千零一十. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + units[i];
  });
  return n >= 10 && n < 20 ? out.replace(/^一十/, '十') : out;
}

/** 《安全生产法》第九十七条第一款第（四）项 — the citation as documents write it (issue 14 "Law library" display). */
export function articleText(ref: { law: string; article: number; paragraph?: number | undefined; item?: number | undefined }): string {
  const paragraph = ref.paragraph ? `第${chineseNumeral(ref.paragraph)}款` : '';
  const item = ref.item ? `第（${chineseNumeral(ref.item)}）项` : '';
  return `《${ref.law}》第${chineseNumeral(ref.article)}条${paragraph}${item}`;
}
