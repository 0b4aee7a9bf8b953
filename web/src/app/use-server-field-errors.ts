import type { FormInstance } from 'antd';
import { i18n } from '../i18n/i18n.ts';
import { fieldErrorText } from './api-error-text.ts';
import { useCallback, useRef, useState } from 'react';
import { isApiError, type ApiErrorDetail } from './api-client.ts';

/**
 * A failed save shown where it belongs (docs/api.md: a 400 names each problem by `details[].path`): every detail
 * whose path leads to a field of the form turns that field red with its message, the form scrolls to the first,
 * and what no field shows is left for the form's alert (`SubmitErrorAlert`). Any form adopts it by calling
 * `report(error)` where its submission fails — instead of letting the rejection escape.
 *
 * A path finds its field by the longest registered field name it starts with, segment by segment, so
 * `findings.0.photoIds.2` lands on `['findings', 0, 'photoIds']` and `participants` on the Form.List itself
 * (shown by its `Form.ErrorList`). Forms that name a value differently from the API say so with `rename`.
 */

export type FieldName = (string | number)[];

export interface ServerFieldErrorOptions {
  /** The form's name for an API path (as segments, indexes as numbers) when they differ; undefined keeps it. */
  rename?: (segments: FieldName) => FieldName | undefined;
  /** The words shown on the field; by default the problem in the user's language (api-error-text.ts). */
  message?: (detail: ApiErrorDetail, field: FieldName) => string;
}

export interface FieldErrorData {
  name: FieldName;
  errors: string[];
}

export interface ServerErrorState {
  error: unknown;
  /** How many fields were marked red. */
  marked: number;
  /** Problems no field of the form shows. */
  unmatched: ApiErrorDetail[];
}

/** `findings.0.legalBasis.standard` → `['findings', 0, 'legalBasis', 'standard']` (a leading `body.` dropped). */
export function pathSegments(path: string): FieldName {
  return path
    .replace(/^body\./, '')
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The longest of `registered` that `segments` starts with. */
export function fieldForSegments(segments: FieldName, registered: readonly FieldName[]): FieldName | undefined {
  let best: FieldName | undefined;
  for (const name of registered) {
    if (name.length === 0 || name.length > segments.length) continue;
    if (!name.every((part, i) => String(part) === String(segments[i]))) continue;
    if (!best || name.length > best.length) best = name;
  }
  return best;
}

type FormLike = Pick<FormInstance, 'getFieldsError'>;

/** The details of a 400 grouped by the registered field that shows them, and those no field shows. */
export function serverFieldErrors(form: FormLike, details: readonly ApiErrorDetail[], options: ServerFieldErrorOptions = {}): { fields: FieldErrorData[]; unmatched: ApiErrorDetail[] } {
  const registered = form.getFieldsError().map((f) => f.name as FieldName);
  const byField = new Map<string, FieldErrorData>();
  const unmatched: ApiErrorDetail[] = [];
  for (const detail of details) {
    const segments = pathSegments(detail.path);
    const field = fieldForSegments(options.rename?.(segments) ?? segments, registered);
    if (!field) {
      unmatched.push(detail);
      continue;
    }
    const key = JSON.stringify(field);
    const entry = byField.get(key) ?? { name: field, errors: [] };
    entry.errors.push(options.message?.(detail, field) ?? fieldErrorText(i18n.t, detail));
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], unmatched };
}

/**
 * `report(error)` marks the fields of a failed submission and keeps what the alert says; `clear()` forgets it
 * (on a new attempt). Never throws: any error, not only a 400, ends up in `state`.
 */
export function useServerFieldErrors(form: FormInstance, options: ServerFieldErrorOptions = {}) {
  const [state, setState] = useState<ServerErrorState | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const report = useCallback(
    (error: unknown) => {
      const details = isApiError(error, 'VALIDATION_FAILED') ? error.details : [];
      const { fields, unmatched } = serverFieldErrors(form, details, optionsRef.current);
      if (fields.length > 0) {
        form.setFields(fields);
        form.scrollToField(fields[0]!.name, { block: 'center' });
      }
      setState({ error, marked: fields.length, unmatched });
    },
    [form],
  );
  const clear = useCallback(() => setState(null), []);
  return { state, report, clear };
}
