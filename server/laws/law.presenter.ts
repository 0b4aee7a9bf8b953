import type { CatalogueEntry } from '../../core/laws/citation.ts';
import type { ArticleNumber, Law, LawAmendment, LawArticle, LawLevel, LawStatus } from '../../core/laws/law.schema.ts';

/**
 * An article key as the API has it: a number for 第N条; a standard's clause as text ('4.2.2', and '3' too: a
 * standard has clauses, not 条).
 */
export const articleNumberOf = (key: string, level: string): ArticleNumber => (level !== 'standard' && /^\d+$/.test(key) ? Number(key) : key);

interface LawRow {
  id: string;
  title: string;
  short_title: string;
  title_en: string | null;
  document_number: string | null;
  issuer: string;
  level: string;
  effective_on: string | null;
  status: string;
  replaced_by: string | null;
  article_count: number;
}

export const presentLaw = (r: LawRow): Law => ({
  id: r.id,
  title: r.title,
  shortTitle: r.short_title,
  titleEn: r.title_en,
  documentNumber: r.document_number,
  issuer: r.issuer,
  level: r.level as LawLevel,
  effectiveOn: r.effective_on,
  status: r.status as LawStatus,
  replacedBy: r.replaced_by,
  articleCount: r.article_count,
});

export const presentArticle = (r: { article: string; paragraph: number | null; item: number | null; subject: string; text: string | null }, level: string): LawArticle => ({
  article: articleNumberOf(r.article, level),
  paragraph: r.paragraph,
  item: r.item,
  subject: r.subject,
  text: r.text,
});

export const presentAmendment = (r: { effective_on: string; amending_act: string; summary: string; changes: unknown }): LawAmendment => ({
  effectiveOn: r.effective_on,
  amendingAct: r.amending_act,
  summary: r.summary,
  changes: r.changes as LawAmendment['changes'],
});

/** The names an act is cited by, for the citation parser. */
export const catalogueEntryOf = (r: { id: string; title: string; short_title: string; document_number: string | null; aliases: string[] }): CatalogueEntry => ({
  id: r.id,
  names: [r.title, r.short_title, ...(r.document_number ? [r.document_number] : []), ...r.aliases],
});
