import type { FormInstance } from 'antd';
import type { ApiErrorDetail } from '../../app/api-client.ts';

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

/** Groups the details of a 400 by the field that shows them; the rest are shown in a message. */
export function fieldErrorsFrom(
  details: readonly ApiErrorDetail[],
  fields: readonly FieldPath[],
  format: (message: string) => string = (message) => message,
): FieldErrors {
  const byField = new Map<string, { name: string[]; errors: string[] }>();
  const unmatched: string[] = [];
  for (const detail of details) {
    const name = fieldForPath(detail.path, fields);
    if (!name) {
      unmatched.push(`${detail.path}: ${detail.message}`);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name: [...name], errors: [] };
    entry.errors.push(format(detail.message));
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], unmatched };
}

type FormLike = Pick<FormInstance, 'setFields' | 'scrollToField'>;

interface SubmitErrorOptions {
  /** Wraps a server message shown on a field, e.g. "Rejected by the server: …". */
  serverMessage: (message: string) => string;
  /** The message for the whole submission, in the user's language. */
  summary: (error: unknown) => string;
  notify: (text: string) => void;
}

/**
 * Shows a failed submission where it belongs: a 400's details on their fields (with the server's words,
 * marked as such), anything else as one message in the user's language.
 */
export function showSubmitError(error: unknown, form: FormLike, fields: readonly FieldPath[], options: SubmitErrorOptions): void {
  const details = (error as { details?: ApiErrorDetail[] } | null)?.details;
  if ((error as { code?: string } | null)?.code === 'VALIDATION_FAILED' && details && details.length > 0) {
    const { fields: matched, unmatched } = fieldErrorsFrom(details, fields, options.serverMessage);
    form.setFields(matched);
    if (matched[0]) form.scrollToField(matched[0].name);
    options.notify(unmatched.length > 0 ? unmatched.join('; ') : options.summary(error));
    return;
  }
  options.notify(options.summary(error));
}
