import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { parseLegalBasis } from '../../core/laws/citation.ts';
import { articleKey, lawImportSchema, type Citation, type Law, type LawDetail, type LawImport, type LawImportReport, type LawListQuery } from '../../core/laws/law.schema.ts';
import type { Page } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { invalid, notFound, type ErrorDetail } from '../http/errors.ts';
import { findLaw, findOrigins, listAmendments, listArticles, listCatalogue, listLaws as listLawRows, listUncitedChecklistItems, listUncitedFindings, setCitations, writeLaw } from './law.repository.ts';
import type { Database } from '../db/schema.ts';
import { catalogueEntryOf, presentAmendment, presentArticle, presentLaw } from './law.presenter.ts';

/** The law library (docs/adr/0049): readable by every signed-in user and, under /public, by anyone. */

export async function listLaws(db: Db, query: LawListQuery): Promise<Page<Law>> {
  const { rows, total } = await listLawRows(db, query);
  return { items: rows.map(presentLaw), total, page: query.page, pageSize: query.pageSize };
}

export async function getLaw(db: Db, id: string): Promise<LawDetail> {
  const row = await findLaw(db, id);
  if (!row) throw notFound('Law');
  const articles = await listArticles(db, id);
  return { ...presentLaw(row), aliases: row.aliases, source: row.source, articles: articles.map((a) => presentArticle(a, row.level)) };
}

export async function getLawChanges(db: Db, id: string) {
  const row = await findLaw(db, id);
  if (!row) throw notFound('Law');
  return { lawId: id, replacedBy: row.replaced_by, amendments: (await listAmendments(db, id)).map(presentAmendment) };
}

// —— Import ——

const pathOf = (p: ReadonlyArray<PropertyKey>) => p.map(String).join('.');

/**
 * Checks every act of the file: its shape (lawImportSchema), an id given twice, an article unit given twice, a
 * replacing act that is neither in the file nor in the library. Nothing is written unless every act passes.
 */
async function checkImport(db: Db, laws: unknown[]) {
  const parsed = laws.map((raw) => lawImportSchema.safeParse(raw));
  const ids = parsed.map((p) => (p.success ? p.data.id : null));
  const known = new Set((await findOrigins(db, [...new Set(parsed.flatMap((p) => (p.success && p.data.replacedBy ? [p.data.replacedBy] : [])))])).map((r) => r.id));
  return parsed.map((p, index) => {
    const problems: Array<{ path: string; message: string }> = [];
    if (!p.success) {
      problems.push(...p.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })));
      const id = (laws[index] as { id?: unknown } | null)?.id;
      return { index, id: typeof id === 'string' ? id : null, law: null, problems };
    }
    const law = p.data;
    if (ids.indexOf(law.id) !== index) problems.push({ path: 'id', message: `is given twice in the file (act ${ids.indexOf(law.id) + 1})` });
    if (law.replacedBy !== undefined) {
      if (law.replacedBy === law.id) problems.push({ path: 'replacedBy', message: 'cannot be the act itself' });
      else if (!ids.includes(law.replacedBy) && !known.has(law.replacedBy)) problems.push({ path: 'replacedBy', message: `names an act that is neither in the file nor in the library: ${law.replacedBy}` });
    }
    const seen = new Map<string, number>();
    law.articles.forEach((a, i) => {
      const key = `${articleKey(a.article)}/${a.paragraph ?? 0}/${a.item ?? 0}`;
      const first = seen.get(key);
      if (first !== undefined) problems.push({ path: `articles.${i}`, message: `repeats article ${articleKey(a.article)} (entry ${first + 1})` });
      else seen.set(key, i);
    });
    return { index, id: law.id, law: problems.length === 0 ? law : null, problems };
  });
}

/**
 * POST /laws/import: acts as JSON, each replacing the act of the same id whole (articles and amendments too).
 * A dry run reports and writes nothing; otherwise a file with a refused act writes nothing (400 with every
 * problem), and a good file is written in one transaction with an audit event per act.
 */
export async function importLaws(db: Db, actor: Actor, laws: unknown[], options: { dryRun: boolean }): Promise<LawImportReport> {
  const checked = await checkImport(db, laws);
  const refused = checked.filter((c) => c.law === null);
  if (!options.dryRun && refused.length > 0) {
    const details: ErrorDetail[] = refused.flatMap((c) => c.problems.map((p) => ({ path: p.path === '' ? `laws.${c.index}` : `laws.${c.index}.${p.path}`, message: p.message })));
    throw invalid(details);
  }
  const outcomes = new Map<number, 'created' | 'replaced'>();
  if (!options.dryRun) {
    await db.transaction().execute(async (tx) => {
      for (const c of checked) outcomes.set(c.index, await writeLaw(tx, c.law!, 'import'));
      await recordAudit(
        tx,
        auditActorOf(actor),
        checked.map((c) => ({
          action: 'import',
          entity: 'law',
          entityId: c.id!,
          after: { title: c.law!.title, status: c.law!.status, articles: c.law!.articles.length, amendments: c.law!.amendments.length, replaced: outcomes.get(c.index) === 'replaced' },
        })),
      );
      await citeLegalBases(tx);
    });
  }
  return {
    dryRun: options.dryRun,
    rows: checked.length,
    imported: outcomes.size,
    refused: refused.length,
    results: checked.map((c) => ({
      row: c.index + 1,
      id: c.id,
      outcome: c.law === null ? 'refused' : options.dryRun ? 'valid' : outcomes.get(c.index)!,
      problems: c.problems,
    })),
  };
}

// —— Start-up seed and citations ——

/** Serialises concurrent start-ups of several instances on one database. */
const SEED_LOCK = 72_616_049;

/**
 * Loads the acts the platform cites (server/laws/data/laws.json) — idempotent: a seeded act is rewritten from the
 * file, an act an administrator imported is left as it is — then reads the citations of checklist items and findings
 * that have none yet. One transaction; runs at every start-up.
 */
export async function seedLaws(db: Db, seed: readonly LawImport[]): Promise<{ written: number; cited: number }> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`.execute(tx);
    const imported = new Set((await findOrigins(tx, seed.map((l) => l.id))).filter((r) => r.origin === 'import').map((r) => r.id));
    let written = 0;
    for (const law of seed) {
      if (imported.has(law.id)) continue;
      await writeLaw(tx, law, 'seed');
      written++;
    }
    return { written, cited: await citeLegalBases(tx) };
  });
}

/** A citation as a jsonb column value (null stays SQL null). */
export const citationJson = (citation: Citation | null): string | null => (citation === null ? null : JSON.stringify(citation));

/** The acts with the names they are cited by: what free-text legal bases are matched against. */
export const lawCatalogue = async (db: Kysely<Database>) => (await listCatalogue(db)).map(catalogueEntryOf);

/**
 * Fills the citation of checklist items and inspection findings (the lines of rectification orders) where the
 * free-text basis names one act and one article with certainty; the rest keep their text only.
 */
export async function citeLegalBases(db: Kysely<Database>): Promise<number> {
  const catalogue = await lawCatalogue(db);
  const read = (rows: Array<{ id: string; standard: string; article: string | null; item: string | null }>) =>
    rows.flatMap((r) => {
      const citation = parseLegalBasis(r, catalogue);
      return citation ? [{ id: r.id, citation }] : [];
    });
  const items = read(await listUncitedChecklistItems(db));
  const findings = read(await listUncitedFindings(db));
  await setCitations(db, 'checklist_items', items);
  await setCitations(db, 'inspection_findings', findings);
  return items.length + findings.length;
}

/** The seed file, checked with the import's own schema (a broken seed stops the start-up, loudly). */
export const seedFileSchema = z.object({ SOURCE: z.string(), laws: z.array(lawImportSchema) });
