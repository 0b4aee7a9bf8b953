import { z } from 'zod';
import { fromDecimal, type Rational } from '../shared/rational.ts';
import { TABLE1, TABLE2, TABLE3, TABLE4, type Table1Row } from './gb18218-tables.ts';
import { text } from '../shared/text.ts';

/**
 * Finding a substance's critical quantity Q and correction factor β in GB 18218-2018 (domain-rules §3.1–§3.4):
 * Q from Table 1 by name, alias, CAS or row, else from Table 2 by hazard category; β from Table 3 for the named
 * toxic gases, else from Table 4 by category.
 */

export const CATEGORY_SYMBOLS = TABLE2.map((r) => r.symbol) as [string, ...string[]];
export const categorySymbolSchema = z.enum(CATEGORY_SYMBOLS, { message: `must be a GB 18218 Table 2 category: ${CATEGORY_SYMBOLS.join(', ')}` });

export const substanceInputSchema = z
  .strictObject({
    name: text({ trim: true }).min(1, 'must not be empty').max(200).optional().describe('Table 1 name or alias, e.g. 液氨'),
    cas: z.string().trim().regex(/^\d{2,7}-\d{2}-\d$/, 'must be a CAS number such as 7664-41-7').optional(),
    row: z.number().int().min(1).max(TABLE1.length).optional().describe('Table 1 row (序号), to settle a CAS number several rows share'),
    category: z
      .union([categorySymbolSchema, z.array(categorySymbolSchema).min(1).max(6)])
      .optional()
      .describe('Table 2/4 symbol(s), e.g. W5.3: Q for a substance not in Table 1, β for one not in Table 3'),
    quantityTonnes: z.number({ message: 'must be a number of tonnes' }).positive('must be greater than 0').max(1e9, 'must be at most 1e9 tonnes'),
  })
  .refine((s) => s.name !== undefined || s.cas !== undefined || s.row !== undefined || s.category !== undefined, {
    message: 'give a name, a CAS number, a Table 1 row or a hazard category',
    path: ['name'],
  });
export type SubstanceInput = z.infer<typeof substanceInputSchema>;

/** Where β came from: Table 3, Table 4 by a given category, a shipped default category, or assumed 1. */
export type BetaSource = 'table3' | 'table4' | 'default' | 'assumed';

export interface ResolvedSubstance {
  substance: string;
  row: number | null;
  categories: string[];
  criticalQuantity: Rational;
  beta: Rational;
  betaSource: BetaSource;
}

const normalise = (s: string) => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/［/g, '[').replace(/］/g, ']').toLowerCase();
/** "硝酸铵(含可燃物≤0.2%)" → "硝酸铵"; "甲烷,天然气" → both; "1,3-丁二烯" stays whole. */
function keysOf(text: string): string[] {
  const base = text.replace(/[([].*$/, '');
  return [text, base, ...base.split(/(?<!\d)[,，]/)].map(normalise).filter(Boolean);
}

const byKey = new Map<string, Set<Table1Row>>();
const byCas = new Map<string, Table1Row[]>();
for (const row of TABLE1) {
  for (const key of [row.name, ...row.aliases].flatMap(keysOf)) {
    if (!byKey.has(key)) byKey.set(key, new Set());
    byKey.get(key)?.add(row);
  }
  for (const cas of row.cas) byCas.set(cas, [...(byCas.get(cas) ?? []), row]);
}

const table2 = new Map(TABLE2.map((r) => [r.symbol, r]));
const table4 = new Map(TABLE4.map((r) => [r.symbol, fromDecimal(r.beta)]));
const table3 = new Map(TABLE3.map((r) => [normalise(r.name), fromDecimal(r.beta)]));

/**
 * Categories shipped for Table 1 rows that Table 3 does not name, where the class is unambiguous [L]: the
 * explosives (any W1 division has β 2), the flammable gases (W2) and oxygen (W4); 煤气 takes 一氧化碳's β from
 * Table 3 as its toxic component [L]. A category given with the substance overrides these; any other Table 1
 * substance without one gets β = 1 (the Table 4 value of 17 of its 24 categories) and a warning.
 */
const DEFAULT_CATEGORY: ReadonlyMap<number, string> = new Map([
  ...[31, 32, 33, 34, 35, 36, 37, 38, 43].map((row) => [row, 'W1.1'] as const),
  ...[47, 48, 49, 50, 51, 52, 53, 54, 55].map((row) => [row, 'W2'] as const),
  [56, 'W4'],
]);
const DEFAULT_TABLE3: ReadonlyMap<number, string> = new Map([[13, '一氧化碳']]);

const maxOf = (values: Rational[]) => values.reduce((a, b) => (a.n * b.d >= b.n * a.d ? a : b));
const minOf = (values: Rational[]) => values.reduce((a, b) => (a.n * b.d <= b.n * a.d ? a : b));

function table3Beta(names: string[]): Rational | undefined {
  for (const key of names.flatMap(keysOf)) {
    const beta = table3.get(key);
    if (beta) return beta;
  }
  return undefined;
}

/** β of several categories: the highest (domain-rules §3.2 open point [L]: take the maximum and record it). */
const table4Beta = (categories: string[]) => maxOf(categories.map((c) => table4.get(c) as Rational));

export type Resolution = { ok: true; substance: ResolvedSubstance } | { ok: false; path: string; message: string };

const rowLabel = (r: Table1Row) => `row ${r.row} ${r.name}`;

function table1Rows(input: SubstanceInput): Resolution | Table1Row | undefined {
  if (input.row !== undefined) return TABLE1[input.row - 1];
  if (input.cas !== undefined) {
    const rows = byCas.get(input.cas) ?? [];
    if (rows.length > 1) {
      return { ok: false, path: 'row', message: `CAS ${input.cas} is shared by Table 1 ${rows.map(rowLabel).join('; ')}: give the row` };
    }
    if (rows.length === 1) return rows[0];
  }
  if (input.name !== undefined) {
    const rows = [...(byKey.get(normalise(input.name)) ?? [])];
    if (rows.length > 1) {
      return { ok: false, path: 'row', message: `${input.name} matches Table 1 ${rows.map(rowLabel).join('; ')}: give the row` };
    }
    return rows[0];
  }
  return undefined;
}

export function resolveSubstance(input: SubstanceInput): Resolution {
  const categories = input.category === undefined ? [] : Array.isArray(input.category) ? [...new Set(input.category)] : [input.category];
  const found = table1Rows(input);
  if (found && 'ok' in found) return found;
  if (found) {
    const named = table3Beta([found.name, ...found.aliases]);
    const fallback = DEFAULT_TABLE3.get(found.row);
    const defaultCategory = DEFAULT_CATEGORY.get(found.row);
    let beta: Rational;
    let betaSource: BetaSource;
    if (named) [beta, betaSource] = [named, 'table3'];
    else if (categories.length > 0) [beta, betaSource] = [table4Beta(categories), 'table4'];
    else if (fallback) [beta, betaSource] = [table3.get(fallback) as Rational, 'default'];
    else if (defaultCategory) [beta, betaSource] = [table4Beta([defaultCategory]), 'default'];
    else [beta, betaSource] = [fromDecimal(1), 'assumed'];
    return {
      ok: true,
      substance: {
        substance: found.name,
        row: found.row,
        categories: categories.length > 0 ? categories : defaultCategory ? [defaultCategory] : [],
        criticalQuantity: fromDecimal(found.q),
        beta,
        betaSource,
      },
    };
  }
  const what = input.name ?? input.cas;
  if (categories.length === 0) {
    return {
      ok: false,
      path: input.cas !== undefined && input.name === undefined ? 'cas' : 'name',
      message: `${what} is not in GB 18218 Table 1: give its hazard category (Table 2, e.g. W5.3 or J3) instead`,
    };
  }
  // Table 2: several categories take the lowest critical quantity (domain-rules §3.1 [M]).
  const named = what === undefined ? undefined : table3Beta([what]);
  const label = categories.map((c) => `${c} ${table2.get(c)?.category ?? ''}`).join(' / ');
  return {
    ok: true,
    substance: {
      substance: what === undefined ? label : `${what} (${label})`,
      row: null,
      categories,
      criticalQuantity: minOf(categories.map((c) => fromDecimal((table2.get(c) as { q: string }).q))),
      beta: named ?? table4Beta(categories),
      betaSource: named ? 'table3' : 'table4',
    },
  };
}
