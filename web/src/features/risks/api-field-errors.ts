import type { ApiErrorDetail } from '../../app/api-client.ts';

/** A 400's details as antd field errors: `substances.1.row` → `['substances', 1, 'row']`. */
export const apiFieldErrors = (details: readonly ApiErrorDetail[]) =>
  details.map((d) => ({ name: d.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [d.message] }));
