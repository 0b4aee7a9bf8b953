import type { Role } from '../organisations/roles.ts';

/**
 * Who may do what with accidents, where the web needs the same list to show or hide a button. Named lists, so
 * that they convert mechanically into the shared permission table.
 */

/** POST /accidents/import: historical records enter through a regulator or the administrator. */
export const ACCIDENT_IMPORTERS: readonly Role[] = ['regulator', 'admin'];

/** POST /accidents/{id}/reporting: a level's report up the chain is recorded by the regulators who made it. */
export const REPORTING_RECORDERS: readonly Role[] = ['regulator', 'inspector'];

/** PUT /statistics/accident-denominators: GDP and workforce are configuration, set by the administrator. */
export const DENOMINATOR_EDITORS: readonly Role[] = ['admin'];
