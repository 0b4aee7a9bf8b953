import { fromChineseNumeral, toChineseNumeral } from './chinese-numerals.ts';
import type { ArticleNumber, Citation } from './law.schema.ts';

/** What a citation shows of its act: the short title (《安全生产法》) and the English title of English screens. */
export interface CitedLaw {
  shortTitle: string;
  titleEn?: string | null;
}

type ArticleRef = Pick<Citation, 'article' | 'paragraph' | 'item'>;

/** The article part of a citation in Chinese: 第一百零二条第一款第三项; a standard's clause keeps its digits (4.2.2). */
export function articleLabel(ref: ArticleRef): string {
  const head = typeof ref.article === 'string' ? ref.article : `第${toChineseNumeral(ref.article)}条`;
  return head + (ref.paragraph !== undefined ? `第${toChineseNumeral(ref.paragraph)}款` : '') + (ref.item !== undefined ? `第${toChineseNumeral(ref.item)}项` : '');
}

/** The article part in English: Art. 102(1)(3); an item without a paragraph "Art. 97, item (4)"; a clause as is. */
export function articleLabelEn(ref: ArticleRef): string {
  const head = typeof ref.article === 'string' ? ref.article : `Art. ${ref.article}`;
  if (ref.paragraph !== undefined) return `${head}(${ref.paragraph})${ref.item !== undefined ? `(${ref.item})` : ''}`;
  return ref.item !== undefined ? `${head}, item (${ref.item})` : head;
}

/**
 * A citation as Chinese legal writing has it: 《安全生产法》第一百零二条第一款第三项 (条 / 款 / 项 in Chinese numerals);
 * a standard's clause keeps its digits: 《危险化学品重大危险源辨识》4.2.2.
 */
export const formatCitation = (citation: Citation, law: CitedLaw): string => `《${law.shortTitle}》${articleLabel(citation)}`;

/**
 * The English form of English screens: "Work Safety Law, Art. 102(1)(3)"; an item without a paragraph is
 * "Art. 102, item (3)"; a standard's clause "GB 18218-2018, 4.2.2". Without an English title, the Chinese one.
 */
export const formatCitationEn = (citation: Citation, law: CitedLaw): string => `${law.titleEn ?? law.shortTitle}, ${articleLabelEn(citation)}`;

/** The citation in the screen's language. */
export const formatCitationIn = (language: 'zh-CN' | 'en', citation: Citation, law: CitedLaw): string =>
  language === 'en' ? formatCitationEn(citation, law) : formatCitation(citation, law);

// —— Reading free-text legal bases ——

/** An act as the parser knows it: its id and every name it is cited by (title, short title, 文号, aliases). */
export interface CatalogueEntry {
  id: string;
  names: readonly string[];
}

/**
 * A name as compared: no spaces, no 《》, no leading 中华人民共和国, full-width brackets as half-width; 〔〕 and
 * [] alike (文号 are written both ways).
 */
export function normaliseLawName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s《》〈〉"“”]/g, '')
    .replace(/[〔［【]/g, '[')
    .replace(/[〕］】]/g, ']')
    .replace(/^中华人民共和国/, '');
}

/** The name itself, without its parentheticals, and each parenthetical: （2021年修正）, （应急管理部令第10号）. */
function nameCandidates(raw: string): string[] {
  const name = normaliseLawName(raw);
  const inner = [...name.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!);
  const bare = name.replace(/\([^()]*\)/g, '');
  return [...new Set([name, bare, ...inner].filter((s) => s !== ''))];
}

/**
 * The one act a name denotes, or null: nothing matched, or more than one act (煤矿安全规程 without its edition) —
 * a guess would put a wrong article in an enforcement document. Names compare whole, never as parts.
 */
export function matchLaw(name: string, catalogue: readonly CatalogueEntry[]): string | null {
  const candidates = nameCandidates(name);
  const exact = new Set<string>();
  const hits = new Set<string>();
  for (const entry of catalogue) {
    const names = entry.names.map(normaliseLawName);
    // The full name first: a name with its edition in brackets picks that edition.
    if (names.includes(candidates[0]!)) exact.add(entry.id);
    const known = new Set(names.flatMap((n) => [n, n.replace(/\([^()]*\)/g, '')]));
    if (candidates.some((c) => known.has(c))) hits.add(entry.id);
  }
  const pick = exact.size > 0 ? exact : hits;
  return pick.size === 1 ? [...pick][0]! : null;
}

const NUMERAL = '[零〇一二两三四五六七八九十百千0-9]+';

/**
 * 第N条 [第N款] [第N项 | （N）] — exactly one article, nothing else but spaces and punctuation; anything more
 * ("第九条、第十一条", "第二章") is not a single citation and yields null.
 */
export function parseArticleText(text: string): { article: ArticleNumber; paragraph?: number; item?: number } | null {
  const s = text.normalize('NFKC').replace(/\s/g, '');
  const m = new RegExp(`^第(${NUMERAL})条(?:第(${NUMERAL})款)?(?:第(${NUMERAL})项|\\((${NUMERAL})\\))?[。.,，;；]?$`).exec(s);
  if (!m) return null;
  const article = fromChineseNumeral(m[1]!);
  if (article === null) return null;
  const out: { article: ArticleNumber; paragraph?: number; item?: number } = { article };
  if (m[2] !== undefined) {
    const paragraph = fromChineseNumeral(m[2]);
    if (paragraph === null || paragraph > 99) return null;
    out.paragraph = paragraph;
  }
  const itemText = m[3] ?? m[4];
  if (itemText !== undefined) {
    const item = fromChineseNumeral(itemText);
    if (item === null || item > 99) return null;
    out.item = item;
  }
  return out;
}

/**
 * The citation a stored legal basis (`{standard, article?, item?}` of checklist items, findings, order lines) denotes,
 * or null when it cannot be read with certainty — then the text stays the only record.
 */
export function parseLegalBasis(basis: { standard: string; article?: string | null; item?: string | null }, catalogue: readonly CatalogueEntry[]): Citation | null {
  if (!basis.article) return null;
  const lawId = matchLaw(basis.standard, catalogue);
  if (lawId === null) return null;
  const parsed = parseArticleText(`${basis.article}${basis.item ?? ''}`);
  return parsed === null ? null : { lawId, ...parsed };
}

/** A whole citation in one text, "《安全生产法》第四十一条第一款", or null. The title must be in 《》. */
export function parseCitationText(text: string, catalogue: readonly CatalogueEntry[]): Citation | null {
  const m = /^\s*《([^《》]+)》\s*((?:[(（][^()（）]*[)）])?)\s*(.*)$/.exec(text);
  if (!m) return null;
  return parseLegalBasis({ standard: `${m[1]!}${m[2]!}`, article: m[3]! }, catalogue);
}
