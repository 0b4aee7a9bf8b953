import { sql, type Kysely } from 'kysely';
import { articleKey, type LawImport, type LawListQuery } from '../../core/laws/law.schema.ts';
import { offsetOf } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

/** Laws, their articles and amendments (docs/adr/0049). The library is public: no scope applies. */

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const lawColumns = [
  'laws.id',
  'laws.title',
  'laws.short_title',
  'laws.title_en',
  'laws.document_number',
  'laws.issuer',
  'laws.level',
  sql<string | null>`to_char(laws.effective_on, 'YYYY-MM-DD')`.as('effective_on'),
  'laws.status',
  'laws.replaced_by',
  'laws.aliases',
  'laws.source',
  'laws.origin',
] as const;

const articleCount = sql<number>`(SELECT count(*) FROM law_articles a WHERE a.law_id = laws.id)::int`.as('article_count');

/**
 * Part of the title, short title or 文号, or of an article's subject or text (trigram indexes, docs/adr/0049);
 * filters by level and status; ordered by level (law first), then title.
 */
export async function listLaws(db: Db, q: LawListQuery) {
  let query = db.selectFrom('laws');
  if (q.level) query = query.where('laws.level', '=', q.level);
  if (q.status) query = query.where('laws.status', '=', q.status);
  if (q.q) {
    const pattern = `%${escapeLike(q.q)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('laws.title', 'ilike', pattern),
        eb('laws.short_title', 'ilike', pattern),
        eb('laws.document_number', 'ilike', pattern),
        eb.exists(
          eb
            .selectFrom('law_articles as a')
            .select(sql`1`.as('one'))
            .whereRef('a.law_id', '=', 'laws.id')
            .where((e) => e.or([e('a.subject', 'ilike', pattern), e('a.text', 'ilike', pattern)])),
        ),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    query
      .select([...lawColumns, articleCount])
      .orderBy(sql`array_position(ARRAY['law','administrative_regulation','departmental_rule','local','standard']::text[], laws.level)`)
      .orderBy('laws.title')
      .orderBy('laws.id')
      .limit(q.pageSize)
      .offset(offsetOf(q))
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export const findLaw = (db: Kysely<Database>, id: string) => db.selectFrom('laws').select([...lawColumns, articleCount]).where('laws.id', '=', id).executeTakeFirst();

/** In the act's order: 第二条 before 第十条, clause 4.2 before 4.10, the article before its paragraphs and items. */
export const listArticles = (db: Db, lawId: string) =>
  db
    .selectFrom('law_articles')
    .select(['article', 'paragraph', 'item', 'subject', 'text'])
    .where('law_id', '=', lawId)
    .orderBy(sql`string_to_array(article, '.')::int[]`)
    .orderBy(sql`coalesce(paragraph, 0)`)
    .orderBy(sql`coalesce(item, 0)`)
    .execute();

/**
 * Adds or updates article units (the .xlsx import): the subject always, the text when given. One statement;
 * the ids come back in the order of `rows`.
 */
export async function upsertArticles(db: Kysely<Database>, rows: Array<{ lawId: string; article: string; paragraph: number | null; item: number | null; subject: string; text: string | null }>): Promise<string[]> {
  if (rows.length === 0) return [];
  const values = sql.join(rows.map((r) => sql`(${r.lawId}, ${r.article}, ${r.paragraph}::int, ${r.item}::int, ${r.subject}, ${r.text})`));
  const result = await sql<{ id: string }>`
    INSERT INTO law_articles (law_id, article, paragraph, item, subject, text)
    VALUES ${values}
    ON CONFLICT (law_id, article, (coalesce(paragraph, 0)), (coalesce(item, 0)))
    DO UPDATE SET subject = excluded.subject, text = coalesce(excluded.text, law_articles.text)
    RETURNING id`.execute(db);
  return result.rows.map((r) => r.id);
}

export const listAmendments = (db: Db, lawId: string) =>
  db
    .selectFrom('law_amendments')
    .select([sql<string>`to_char(effective_on, 'YYYY-MM-DD')`.as('effective_on'), 'amending_act', 'summary', 'changes'])
    .where('law_id', '=', lawId)
    .orderBy('effective_on')
    .orderBy('id')
    .execute();

/** Every act with the names it is cited by: what the citation parser matches free text against. */
export const listCatalogue = (db: Kysely<Database>) => db.selectFrom('laws').select(['id', 'title', 'short_title', 'document_number', 'aliases']).execute();

export async function findOrigins(db: Kysely<Database>, ids: string[]): Promise<Array<{ id: string; origin: 'seed' | 'import' }>> {
  if (ids.length === 0) return [];
  return db.selectFrom('laws').select(['id', 'origin']).where('id', 'in', ids).execute();
}

/**
 * Writes an act whole: the row (inserted or replaced), then its articles and amendments replaced in two batch
 * inserts. Returns whether the act existed before.
 */
export async function writeLaw(tx: Kysely<Database>, law: LawImport, origin: 'seed' | 'import'): Promise<'created' | 'replaced'> {
  const row = {
    id: law.id,
    title: law.title,
    short_title: law.shortTitle,
    title_en: law.titleEn ?? null,
    document_number: law.documentNumber ?? null,
    issuer: law.issuer,
    level: law.level,
    effective_on: law.effectiveOn ?? null,
    status: law.status,
    replaced_by: law.replacedBy ?? null,
    aliases: law.aliases,
    source: law.source ?? null,
    origin,
  };
  const { created } = await tx
    .insertInto('laws')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, updated_at: sql`now()` }))
    .returning(sql<boolean>`(xmax = 0)`.as('created'))
    .executeTakeFirstOrThrow();
  await tx.deleteFrom('law_articles').where('law_id', '=', law.id).execute();
  await tx.deleteFrom('law_amendments').where('law_id', '=', law.id).execute();
  if (law.articles.length > 0) {
    await tx
      .insertInto('law_articles')
      .values(
        law.articles.map((a) => ({
          law_id: law.id,
          article: articleKey(a.article),
          paragraph: a.paragraph ?? null,
          item: a.item ?? null,
          subject: a.subject,
          text: a.text ?? null,
        })),
      )
      .execute();
  }
  if (law.amendments.length > 0) {
    await tx
      .insertInto('law_amendments')
      .values(law.amendments.map((m) => ({ law_id: law.id, effective_on: m.effectiveOn, amending_act: m.amendingAct, summary: m.summary, changes: JSON.stringify(m.changes) })))
      .execute();
  }
  return created ? 'created' : 'replaced';
}

/** Rows whose free-text basis names an article but that have no citation yet: checklist items and findings. */
export const listUncitedChecklistItems = (db: Kysely<Database>) =>
  db.selectFrom('checklist_items').select(['id', 'standard', 'article', 'item']).where('citation', 'is', null).where('article', 'is not', null).execute();

export const listUncitedFindings = (db: Kysely<Database>) =>
  db
    .selectFrom('inspection_findings')
    .select([
      'id',
      sql<string>`legal_basis->>'standard'`.as('standard'),
      sql<string | null>`legal_basis->>'article'`.as('article'),
      sql<string | null>`legal_basis->>'item'`.as('item'),
    ])
    .where('citation', 'is', null)
    .where(sql<boolean>`legal_basis->>'article' IS NOT NULL`)
    .execute();

/** One statement per table: `UPDATE … FROM (VALUES …)`, in chunks. */
export async function setCitations(db: Kysely<Database>, table: 'checklist_items' | 'inspection_findings', rows: Array<{ id: string; citation: unknown }>) {
  for (let i = 0; i < rows.length; i += 1000) {
    const values = sql.join(rows.slice(i, i + 1000).map((r) => sql`(${r.id}::uuid, ${JSON.stringify(r.citation)}::jsonb)`));
    await sql`UPDATE ${sql.table(table)} AS t SET citation = v.citation FROM (VALUES ${values}) AS v (id, citation) WHERE t.id = v.id AND t.citation IS NULL`.execute(db);
  }
}
