import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Scope } from '../../core/organisations/scope.ts';

/**
 * Tables that belong to enterprises and carry their ancestor paths (`region_path`, `industry_path`), and the
 * column that names the enterprise: the scope of docs/adr/0007 applies to all of them the same way.
 */
const scopedTables = {
  enterprises: 'id',
  hazards: 'enterprise_id',
  accidents: 'enterprise_id',
  /** The change feeds' log (server/partners), which copies the enterprise's paths at each change. */
  change_log: 'enterprise_id',
} as const;
export type ScopedTable = keyof typeof scopedTables;

/**
 * The caller's scope as a WHERE condition on `table` (coversEnterprise in core/organisations/scope.ts is the
 * same rule in memory). Array overlap on the stored ancestor paths is served by GIN indexes.
 */
export function inScope(scope: Scope, table: ScopedTable): RawBuilder<SqlBool> {
  switch (scope.kind) {
    case 'city':
      return sql<SqlBool>`true`;
    case 'department': {
      const conditions = [sql`true`];
      if (scope.regionCodes) conditions.push(sql`${sql.ref(`${table}.region_path`)} && ${scope.regionCodes}::text[]`);
      if (scope.industryCodes) conditions.push(sql`${sql.ref(`${table}.industry_path`)} && ${scope.industryCodes}::text[]`);
      return sql<SqlBool>`(${sql.join(conditions, sql` AND `)})`;
    }
    case 'enterprise':
      return sql<SqlBool>`${sql.ref(`${table}.${scopedTables[table]}`)} = ${scope.enterpriseId}`;
  }
}
