-- The law library (法规库, issue 14, docs/adr/0049): acts, their articles (number / paragraph / item, a one-line
-- subject, the text only when imported from an official source), and what changed when an act was amended.
-- An act's id is a stable slug, so that built-in data and citations can name it before anything is imported.
-- The acts the platform cites are loaded at start-up from server/laws/data/laws.json (idempotent upsert).
CREATE TABLE laws (
  id               text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title            text NOT NULL,
  short_title      text NOT NULL,
  title_en         text,
  document_number  text,
  issuer           text NOT NULL,
  level            text NOT NULL CHECK (level IN ('law', 'administrative_regulation', 'departmental_rule', 'local', 'standard')),
  effective_on     date,
  status           text NOT NULL CHECK (status IN ('current', 'amended', 'repealed')),
  -- No foreign key: an import may name the replacing act before it is imported itself.
  replaced_by      text,
  aliases          text[] NOT NULL DEFAULT '{}',
  source           text,
  -- 'seed': from laws.json (replaced by the next start-up's seed); 'import': an administrator's import, which the
  -- seed never overwrites.
  origin           text NOT NULL CHECK (origin IN ('seed', 'import')),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (replaced_by IS NULL OR replaced_by <> id)
);
-- Search (part of a title or 文号, Chinese included) by trigram: pg_trgm is there since the organisations.
CREATE INDEX laws_title_trgm_idx ON laws USING gin (title gin_trgm_ops);
CREATE INDEX laws_short_title_trgm_idx ON laws USING gin (short_title gin_trgm_ops);
CREATE INDEX laws_document_number_trgm_idx ON laws USING gin (document_number gin_trgm_ops);
-- Filters, and the list's order (level, then title).
CREATE INDEX laws_level_idx ON laws (level, title);
CREATE INDEX laws_status_idx ON laws (status, title);

-- One row per cited unit: an article, or one of its paragraphs (款) or items (项). `article` is the number as text
-- ('102') or a standard's clause ('4.2.2'); lists order by it as numbers (string_to_array(article, '.')::int[]).
CREATE TABLE law_articles (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  law_id     text NOT NULL REFERENCES laws (id) ON DELETE CASCADE,
  article    text NOT NULL CHECK (article ~ '^\d{1,4}(\.\d{1,3}){0,4}$'),
  paragraph  integer CHECK (paragraph BETWEEN 1 AND 99),
  item       integer CHECK (item BETWEEN 1 AND 99),
  subject    text NOT NULL,
  text       text
);
-- One row per unit of an act (the .xlsx import's ON CONFLICT target); serves the act page by law_id too.
CREATE UNIQUE INDEX law_articles_unit_idx ON law_articles (law_id, article, (coalesce(paragraph, 0)), (coalesce(item, 0)));
CREATE INDEX law_articles_subject_trgm_idx ON law_articles USING gin (subject gin_trgm_ops);
CREATE INDEX law_articles_text_trgm_idx ON law_articles USING gin (text gin_trgm_ops);

-- What changed when an act was amended: one row per amendment, its changes article by article.
CREATE TABLE law_amendments (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  law_id         text NOT NULL REFERENCES laws (id) ON DELETE CASCADE,
  effective_on   date NOT NULL,
  amending_act   text NOT NULL,
  summary        text NOT NULL,
  -- [{kind: added|amended|deleted|renumbered, article, previousArticle, note}]
  changes        jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX law_amendments_law_idx ON law_amendments (law_id, effective_on);

-- Structured citations beside today's free-text legal bases (kept as they are): filled where the text can be read
-- with certainty (core/laws/citation.ts parseLegalBasis), null otherwise. {lawId, article, paragraph?, item?}.
-- Written with each new row; rows from before, and rows an import makes readable, are filled at start-up and after
-- an import (server/laws/law.service.ts citeLegalBases). The lines of a rectification order are its findings.
ALTER TABLE checklist_items ADD COLUMN citation jsonb;
ALTER TABLE inspection_findings ADD COLUMN citation jsonb;
-- Which citations an amendment or a repeal touches: rows by act.
CREATE INDEX checklist_items_citation_law_idx ON checklist_items ((citation->>'lawId')) WHERE citation IS NOT NULL;
CREATE INDEX inspection_findings_citation_law_idx ON inspection_findings ((citation->>'lawId')) WHERE citation IS NOT NULL;
