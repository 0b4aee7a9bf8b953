import type { TFunction } from 'i18next';
import { wordedReason } from '../../../core/shared/worded-reasons.ts';
import { i18n } from '../i18n/i18n.ts';
import { ApiError, errorCodeOf, type ApiErrorDetail } from './api-client.ts';
import './api-errors.texts.ts';

/**
 * Server errors in the user's language (docs/adr/0040). The server's `message` is English, for logs and API
 * clients; the screen says an error by its `code`, or better by the `reason` of its first detail where the server
 * gives one (why a step is refused: `last_admin`, `wrong_status`, …), and a field's problem by its `reason`
 * (`required`, `too_long`, …) with its `params`. Every screen that shows a server error goes through here.
 */

type Params = Record<string, string | number>;

/** Params a text shows as words of the user's language (a hazard status, a date). */
function localised(t: TFunction, params: Params | undefined): Params {
  const out: Params = { ...params };
  if (typeof out['status'] === 'string') out['status'] = t(`hazard.statuses.${out['status']}` as 'hazard.statuses.reported', { defaultValue: out['status'] });
  if (typeof out['limit'] === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(out['limit'])) out['limit'] = out['limit'].slice(0, 10);
  return out;
}

/** The one line that says why a request failed: its first detail's reason when known, else its code. */
export function apiErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const detail = error.details.find((d) => d.reason);
    if (detail?.reason && t(`apiErrors.reasons.${detail.reason}` as 'apiErrors.reasons.role', { defaultValue: '' })) {
      return t(`apiErrors.reasons.${detail.reason}` as 'apiErrors.reasons.role', localised(t, detail.params));
    }
  }
  return t(`errors.${errorCodeOf(error)}`);
}

/**
 * A field's problem as the server found it, in the user's language: by its reason and params. A problem the
 * server words only itself is recognised by its words where the core knows them (core/shared/worded-reasons.ts),
 * else it is its English message on an English screen and a general "not accepted" on a Chinese one.
 */
export function fieldErrorText(t: TFunction, detail: ApiErrorDetail): string {
  // A problem the server words only in English (no reason, or `invalid`) may still be one the core knows by its words.
  const worded = !detail.reason || detail.reason === 'invalid' ? wordedReason(detail.message) : undefined;
  const reason = worded?.reason ?? detail.reason ?? 'invalid';
  const params = localised(t, worded?.params ?? detail.params);
  const items = params['unit'] !== undefined && params['unit'] !== 'characters';
  const key = (items && (reason === 'too_short' || reason === 'too_long') ? `${reason}_items` : reason) as 'invalid';
  if (reason === 'invalid' || !t(`apiErrors.fields.${key}`, { defaultValue: '' })) {
    return i18n.language === 'en' && detail.message ? detail.message : t('apiErrors.fields.invalid');
  }
  return t(`apiErrors.fields.${key}`, params);
}
