import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { ApiErrorDetail } from '../../app/api-client.ts';
import { apiErrorText, fieldErrorText } from '../../app/api-error-text.ts';

/** A form field as antd names it: `['rectification', 'deadline']`. */
export type FieldPath = readonly string[];

/** API names that a form keeps under another name: photo ids are uploaded files in the form. */
const RENAMED: Readonly<Record<string, string>> = { photoIds: 'photos' };

/**
 * The form field that shows an API error path such as `governancePlan.fundsAndMaterials`,
 * `rectification.deadline` or `photoIds.2`: the longest of `fields` that the path starts with.
 */
export function fieldForPath(path: string, fields: readonly FieldPath[]): FieldPath | null {
  const segments = path
    .replace(/^body\./, '')
    .split('.')
    .filter(Boolean)
    .map((segment) => RENAMED[segment] ?? segment);
  let best: FieldPath | null = null;
  for (const field of fields) {
    const matches = field.length <= segments.length && field.every((part, i) => segments[i] === part);
    if (matches && (!best || field.length > best.length)) best = field;
  }
  return best;
}

export interface FieldErrors {
  fields: { name: string[]; errors: string[] }[];
  unmatched: string[];
}

/**
 * Groups the details of a 400 by the field that shows them; the rest are shown in a message. `format` says a
 * detail in the user's language (api-error-text.ts `fieldErrorText`).
 */
export function fieldErrorsFrom(
  details: readonly ApiErrorDetail[],
  fields: readonly FieldPath[],
  format: (detail: ApiErrorDetail) => string = (detail) => detail.message,
): FieldErrors {
  const byField = new Map<string, { name: string[]; errors: string[] }>();
  const unmatched: string[] = [];
  for (const detail of details) {
    const name = fieldForPath(detail.path, fields);
    if (!name) {
      unmatched.push(detail.path ? `${detail.path}: ${format(detail)}` : format(detail));
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name: [...name], errors: [] };
    entry.errors.push(format(detail));
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], unmatched };
}

type FormLike = Pick<FormInstance, 'setFields' | 'scrollToField'>;

interface SubmitErrorOptions {
  t: TFunction;
  /** Wraps a field's problem (already in the user's language), e.g. "Rejected by the server: …". */
  serverMessage?: (text: string) => string;
  notify: (text: string) => void;
}

/**
 * Shows a failed submission where it belongs, in the user's language (api-error-text.ts): a 400's details on
 * their fields (marked as the server's where the form says so), a field named in a 409 (a name already taken) on
 * that field, anything else as one message — by the refusal's reason where the server gives one.
 */
export function showSubmitError(error: unknown, form: FormLike, fields: readonly FieldPath[], options: SubmitErrorOptions): void {
  const { t, serverMessage = (text: string) => text } = options;
  const details = ((error as { details?: ApiErrorDetail[] } | null)?.details ?? []).filter((d) => d.path !== '');
  const code = (error as { code?: string } | null)?.code;
  if ((code === 'VALIDATION_FAILED' || code === 'CONFLICT') && details.length > 0) {
    const { fields: matched, unmatched } = fieldErrorsFrom(details, fields, (detail) => serverMessage(fieldErrorText(t, detail)));
    if (matched.length > 0 || code === 'VALIDATION_FAILED') {
      form.setFields(matched);
      if (matched[0]) form.scrollToField(matched[0].name);
      options.notify(unmatched.length > 0 ? unmatched.join('; ') : apiErrorText(t, error));
      return;
    }
  }
  options.notify(apiErrorText(t, error));
}
