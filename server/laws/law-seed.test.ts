import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKLISTS } from '../../core/hazards/checklists/built-in-checklists.ts';
import { parseLegalBasis } from '../../core/laws/citation.ts';
import { articleKey } from '../../core/laws/law.schema.ts';
import { SEED_LAWS } from './law-seed.ts';

/** The seed (server/laws/data/laws.json) against what the platform cites (docs/adr/0049). */

const catalogue = SEED_LAWS.map((l) => ({ id: l.id, names: [l.title, l.shortTitle, ...(l.documentNumber ? [l.documentNumber] : []), ...l.aliases] }));

describe('the seeded law library', () => {
  it('holds every article the built-in checklists cite, read from their free-text basis', () => {
    const cited = BUILT_IN_CHECKLISTS.flatMap((library) => library.items.filter((i) => i.article !== null).map((i) => ({ code: i.code, basis: i })));
    expect(cited.length).toBeGreaterThan(20);
    const unresolved = cited.flatMap(({ code, basis }) => {
      const citation = parseLegalBasis(basis, catalogue);
      if (!citation) return [`${code}: ${basis.standard} ${basis.article}`];
      const law = SEED_LAWS.find((l) => l.id === citation.lawId)!;
      const listed = law.articles.some((a) => articleKey(a.article) === articleKey(citation.article) && (a.paragraph ?? undefined) === citation.paragraph);
      return listed ? [] : [`${code}: ${citation.lawId} ${String(citation.article)} not listed`];
    });
    expect(unresolved).toEqual([]);
  });

  it('names each act once: ids, and the names a free-text basis is matched by, are unambiguous where they must be', () => {
    expect(new Set(SEED_LAWS.map((l) => l.id)).size).toBe(SEED_LAWS.length);
    for (const law of SEED_LAWS) {
      if (law.replacedBy) expect(SEED_LAWS.map((l) => l.id)).toContain(law.replacedBy);
      // Every act is found by its 文号 (where it has one) or its full title.
      expect(parseLegalBasis({ standard: law.documentNumber ?? law.title, article: '第一条' }, catalogue)?.lawId).toBe(law.id);
    }
  });

  it('never ships article text: text comes only from an import of an official source', () => {
    expect(SEED_LAWS.flatMap((l) => l.articles.filter((a) => a.text !== undefined).map((a) => `${l.id} ${String(a.article)}`))).toEqual([]);
  });
});
