import type { FormInstance } from 'antd';
import { apiErrorText } from '../../app/api-error-text.ts';
import type { TFunction } from 'i18next';
import { type ApiErrorDetail } from '../../app/api-client.ts';
import { fieldErrorsFrom, type FieldPath } from '../hazards/hazard-form-errors.ts';
import './sensor-admin.texts.ts';

/**
 * A failed save shown where it belongs: the server's details (a 400's, or a 409's `code is taken`) on their
 * fields in the server's words, marked as such; the rest as one message in the user's language.
 */
export function showSensorFormError(
  error: unknown,
  form: Pick<FormInstance, 'setFields' | 'scrollToField'>,
  fields: readonly FieldPath[],
  t: TFunction,
  notify: (text: string) => void,
  pathOf: (path: string) => string = (path) => path,
): void {
  const details = ((error as { details?: ApiErrorDetail[] } | null)?.details ?? []).map((d) => ({ ...d, path: pathOf(d.path) }));
  const { fields: matched, unmatched } = fieldErrorsFrom(details, fields, (message) => t('sensorAdmin.form.serverSays', { message }));
  if (matched.length > 0) {
    form.setFields(matched);
    form.scrollToField(matched[0]!.name);
  }
  const summary = apiErrorText(t, error);
  notify(unmatched.length > 0 ? `${summary}: ${unmatched.join('; ')}` : summary);
}
