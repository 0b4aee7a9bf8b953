import { Alert } from 'antd';
import { apiErrorText, fieldErrorText } from './api-error-text.ts';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from './api-client.ts';
import type { ServerErrorState } from './use-server-field-errors.ts';

/**
 * What a failed save says above its button (with `useServerFieldErrors`): "check the fields marked red" when some
 * are, the problems no field shows, or why the save was refused — all in the user's language (api-error-text.ts).
 */
export function SubmitErrorAlert({ state, style, title }: { state: ServerErrorState | null; style?: CSSProperties; /** In place of "not saved" (a calculator saves nothing). */ title?: string }) {
  const { t } = useTranslation();
  if (!state) return null;
  const code = errorCodeOf(state.error);
  const lines: string[] = [];
  if (code === 'VALIDATION_FAILED' && state.marked > 0) lines.push(t('errors.VALIDATION_FAILED'));
  if (state.unmatched.length > 0) lines.push(`${t('status.problemsListed')}${state.unmatched.map((d) => `${d.path}: ${fieldErrorText(t, d)}`).join('; ')}`);
  if (lines.length === 0) {
    lines.push(apiErrorText(t, state.error));
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="submit-error"
      title={title ?? t('status.submitFailedTitle')}
      description={lines.map((line, i) => <div key={i}>{line}</div>)}
      style={{ marginBottom: 16, ...style }}
    />
  );
}
