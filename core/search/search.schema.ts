import { z } from 'zod';
import { text } from '../shared/text.ts';

/** GET /api/v1/search: the header's search box, across the records a person looks up by name or number. */
export const SEARCH_KINDS = ['enterprise', 'hazard', 'inspection', 'accident', 'document'] as const;
export const searchKindSchema = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof searchKindSchema>;

/** Results per group: the box shows a handful; the lists behind the links have the rest. */
export const SEARCH_GROUP_LIMIT = 5;

export const searchQuerySchema = z.object({
  q: text({ trim: true }).min(2, 'must be at least 2 characters').max(100),
});

export const searchHitSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  detail: z.string().describe('a second line: the enterprise, a code, a date'),
  path: z.string().describe('the web app’s page of the record'),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  q: z.string(),
  groups: z.array(z.object({ kind: searchKindSchema, items: z.array(searchHitSchema), more: z.boolean().describe(`more than ${SEARCH_GROUP_LIMIT} matched`) })),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
