import { sql } from 'kysely';

/** A timestamptz column as `Date.prototype.toISOString()` writes it (UTC, milliseconds), for JSON built in SQL. */
export const isoUtc = (column: string) => sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
