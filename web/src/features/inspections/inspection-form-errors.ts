import type { TFunction } from 'i18next';
import { fieldErrorText } from '../../app/api-error-text.ts';
import type { ApiErrorDetail } from '../../app/api-client.ts';
import type { FieldName, ServerFieldErrorOptions } from '../../app/use-server-field-errors.ts';
import { i18n } from '../../i18n/i18n.ts';
import './inspections.texts.ts';

/**
 * How the inspection forms (inspection, re-inspection, order) show the server's field errors: the form's names for
 * the API's paths, and the rule broken in the user's language where the texts know it (the server's words
 * otherwise).
 */

/** `drawId` is about the enterprise chosen; a finding's legal basis and photos are edited as `standard`, `article`, `photos`. */
export function renameInspectionField(segments: FieldName): FieldName | undefined {
  const [head, index, field, sub] = segments;
  if (head === 'drawId') return ['enterpriseId'];
  if (head === 'findings' && typeof index === 'number') {
    if (field === 'legalBasis') return ['findings', index, sub === 'article' ? 'article' : 'standard'];
    if (field === 'photoIds') return ['findings', index, 'photos'];
  }
  return undefined;
}

/** The message on a field: the form's "required", a known rule of the field, or the problem as the server names it — in the user's language. */
export function inspectionFieldMessage(t: TFunction, detail: ApiErrorDetail, field: FieldName): string {
  if (detail.reason === 'required' || detail.message === 'is required') return t('inspections.form.required');
  const last = [...field].reverse().find((part): part is string => typeof part === 'string');
  const key = `inspections.serverErrors.${last ?? ''}`;
  return last && i18n.exists(key) ? String(t(key as 'inspections.serverErrors.endedAt')) : fieldErrorText(t, detail);
}

export const inspectionFieldErrors = (t: TFunction): ServerFieldErrorOptions => ({
  rename: renameInspectionField,
  message: (detail, field) => inspectionFieldMessage(t, detail, field),
});
