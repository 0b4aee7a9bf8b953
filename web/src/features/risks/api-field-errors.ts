import type { TFunction } from 'i18next';
import type { ApiErrorDetail } from '../../app/api-client.ts';
import { fieldErrorText } from '../../app/api-error-text.ts';

/** A 400's details as antd field errors, in the user's language: `substances.1.row` → `['substances', 1, 'row']`. */
export const apiFieldErrors = (t: TFunction, details: readonly ApiErrorDetail[]) =>
  details.map((d) => ({ name: d.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [fieldErrorText(t, d)] }));
