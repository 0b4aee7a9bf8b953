import type { Generated } from 'kysely';
import type { Timestamp } from './timestamp.ts';

/** The law library (server/laws, docs/adr/0049). */

export interface LawsTable {
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
  aliases: string[];
  source: string | null;
  origin: 'seed' | 'import';
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface LawArticlesTable {
  id: Generated<string>;
  law_id: string;
  article: string;
  paragraph: number | null;
  item: number | null;
  subject: string;
  text: string | null;
}

export interface LawAmendmentsTable {
  id: Generated<string>;
  law_id: string;
  effective_on: string;
  amending_act: string;
  summary: string;
  changes: unknown;
}

export interface LawTables {
  laws: LawsTable;
  law_articles: LawArticlesTable;
  law_amendments: LawAmendmentsTable;
}
