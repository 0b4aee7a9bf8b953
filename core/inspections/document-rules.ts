import { addCivilDays, cityDateOf, cityDayEnd, type CivilDate } from '../shared/city-time.ts';

/**
 * Rules of the statutory enforcement documents (执法文书, domain-rules §8.2 [M]; 《安全生产执法程序规定》
 * 安监总政法〔2016〕72号). Pure: the server allocates serial numbers and renders PDFs from these.
 */

export const DOCUMENT_KINDS = ['inspection_record', 'rectification_order', 'reinspection_opinion'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Title printed on each document (domain-rules §8.2 table). */
export const DOCUMENT_TITLES: Readonly<Record<DocumentKind, string>> = {
  inspection_record: '现场检查记录',
  rectification_order: '责令限期整改指令书',
  reinspection_opinion: '整改复查意见书',
};

/**
 * The kind word inside a 文号, e.g. "应急责改〔2024〕X号" (domain-rules §8.2: the prefix convention varies by province
 * [M], so this table is configuration). Each kind has its own gap-free sequence per department and year.
 */
export const DOCUMENT_NUMBER_WORDS: Readonly<Record<DocumentKind, string>> = {
  inspection_record: '检记',
  rectification_order: '责改',
  reinspection_opinion: '复查',
};

/** Usual short forms of department names in 文号 (configuration; unknown names fall back to two characters). */
const DEPARTMENT_SHORT_FORMS: readonly [suffix: string, short: string][] = [
  ['应急管理局', '应急'],
  ['住房和城乡建设局', '住建'],
  ['市场监督管理局', '市监'],
  ['经济和信息化局', '经信'],
  ['交通运输局', '交运'],
  ['消防救援支队', '消'],
  ['城市管理委员会', '城管'],
  ['文化广电旅游局', '文旅'],
  ['农业农村局', '农'],
  ['公安局', '公'],
  ['商务局', '商务'],
  ['水务局', '水务'],
];

const REGION_MARKERS = /^(.+?[省市区县])/u;

/** "成都市应急管理局" → "成应急"; "锦江区应急管理局" → "锦应急": first character of the area + the department's short form. */
export function departmentNumberPrefix(departmentName: string): string {
  const area = REGION_MARKERS.exec(departmentName)?.[1] ?? '';
  const rest = departmentName.slice(area.length);
  const short = DEPARTMENT_SHORT_FORMS.find(([suffix]) => rest.endsWith(suffix))?.[1] ?? [...rest].slice(0, 2).join('');
  return `${[...area][0] ?? ''}${short}`;
}

/** The 文号: prefix, kind word, year in 〔〕 and the serial, e.g. "成应急责改〔2026〕7号". */
export function documentNumber(departmentName: string, kind: DocumentKind, year: number, serial: number): string {
  return `${departmentNumberPrefix(departmentName)}${DOCUMENT_NUMBER_WORDS[kind]}〔${year}〕${serial}号`;
}

/**
 * The word of a draw's number (双随机抽查), e.g. "成应急抽查〔2026〕3号": a draw is a record people name on the phone
 * and in a report, so it carries a number of the same pattern as a 文号, with its own sequence per department
 * and year (configuration, like the document words).
 */
export const DRAW_NUMBER_WORD = '抽查';

/** A draw's number: department prefix, 抽查, year in 〔〕 and the serial. */
export function drawNumber(departmentName: string, year: number, serial: number): string {
  return `${departmentNumberPrefix(departmentName)}${DRAW_NUMBER_WORD}〔${year}〕${serial}号`;
}

/** The numbering year of a document: the civil year in Asia/Shanghai at issue. */
export const numberingYear = (issuedAt: Date): number => cityDateOf(issuedAt).year;

/**
 * Days after an order's latest deadline by which the re-inspection falls due. No national figure exists for
 * ordinary orders; "within 10 days" of the deadline or of the unit's application is common local practice
 * (domain-rules §8.2 [L]) — configuration.
 */
export const DEFAULT_REINSPECTION_DAYS = 10;

const civil = (d: CivilDate) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const parseCivil = (s: string): CivilDate => {
  const [year, month, day] = s.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

/**
 * When the re-inspection of an order falls due: the latest line deadline plus `days` (a line "立即" counts as the
 * order's issue day). Returns a civil date `YYYY-MM-DD` in Asia/Shanghai.
 */
export function reinspectionDueDate(issuedAt: Date, lineDeadlines: readonly (string | null)[], days = DEFAULT_REINSPECTION_DAYS): string {
  const issued = civil(cityDateOf(issuedAt));
  const latest = lineDeadlines.reduce<string>((max, d) => (d !== null && d > max ? d : max), issued);
  return civil(addCivilDays(parseCivil(latest), days));
}

/** How a line's deadline is printed on an order: "立即" or "于 YYYY年M月D日 前整改完毕" (domain-rules §8.2). */
export function deadlineText(deadline: string | null): string {
  if (deadline === null) return '立即整改';
  const d = parseCivil(deadline);
  return `于${d.year}年${d.month}月${d.day}日前整改完毕`;
}

/**
 * The hazard deadline an order line sets (hazards' `deadline`, the last allowed instant): a dated line ends at
 * 23:59:59.999 +08:00 of its date, as every bare-date deadline does (core/shared/deadline.ts). A line "立即整改" is
 * due by the end of the day of the act that orders it — the day the inspection is recorded, then the day the
 * order is issued. 安全生产法 2021 Art. 65 (一) has an officer order a hazard found "立即排除" on the spot, so the
 * period cannot run past the day it is ordered; ending it with that day rather than at the instant keeps it
 * consistent with the lifecycle's own "immediate" rectification (core/hazards/hazard-lifecycle.ts: end of the
 * current day) and with `reinspectionDueDate`, which counts a "立即" line as the order's issue day.
 */
export function lineDeadline(deadline: string | null, orderedAt: Date): Date {
  return cityDayEnd(deadline === null ? cityDateOf(orderedAt) : parseCivil(deadline));
}

/** The civil date (YYYY-MM-DD, Asia/Shanghai) of an instant. */
export const civilDateOf = (instant: Date): string => civil(cityDateOf(instant));

/** Results of a re-inspection item (domain-rules §8.2: 已整改 / 未整改 / 部分整改). */
export const REINSPECTION_RESULTS = ['rectified', 'partially_rectified', 'not_rectified'] as const;
export type ReinspectionResult = (typeof REINSPECTION_RESULTS)[number];
export const REINSPECTION_RESULT_TEXT: Readonly<Record<ReinspectionResult, string>> = {
  rectified: '已整改',
  partially_rectified: '部分整改',
  not_rectified: '未整改',
};

/** At least two enforcement officers with certificate numbers take part (domain-rules §8.2 minimum fields; 行政处罚法 Art. 42). */
export const MIN_OFFICERS = 2;
