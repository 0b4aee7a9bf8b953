/**
 * Reasons for problems the API words only in English (docs/adr/0040). Free of zod: the web app reads it to say a
 * field problem in its user's language when the server gave no `reason` (web/src/app/api-error-text.ts).
 */

/** A problem's kind and what it names, as `reason`/`params` of an error detail. */
export interface WordedReason {
  reason: string;
  params?: Record<string, string | number>;
}

/**
 * Problems that rules word themselves rather than zod — the password policy (core/auth/password-policy.ts) and
 * services' checks of a field — recognised by their English message, so that a client still says them in its
 * user's language.
 */
const WORDED: readonly (readonly [RegExp, (m: RegExpMatchArray) => WordedReason])[] = [
  [/^is too common\b/, () => ({ reason: 'password_common' })],
  [/^is too predictable\b/, () => ({ reason: 'password_predictable' })],
  [/^must not contain the username$/, () => ({ reason: 'password_username' })],
  [/^must not contain the display name$/, () => ({ reason: 'password_display_name' })],
  [/^must not contain the platform's name \((.+)\)$/, (m) => ({ reason: 'password_service_word', params: { word: m[1] ?? '' } })],
  [/^must be at least (\d+) characters$/, (m) => ({ reason: 'too_short', params: { count: Number(m[1]), unit: 'characters' } })],
  [/^must be at most (\d+) characters$/, (m) => ({ reason: 'too_long', params: { count: Number(m[1]), unit: 'characters' } })],
  [/^must differ from the current password$/, () => ({ reason: 'same_password' })],
  [/^is not your current password$/, () => ({ reason: 'wrong_current_password' })],
  [/^unknown region code (\S+)$/, (m) => ({ reason: 'unknown_region', params: { code: m[1] ?? '' } })],
  [/^is deactivated$/, () => ({ reason: 'inactive' })],
  [/^has no item for the industry (.+?) of /, (m) => ({ reason: 'checklist_not_for_industry', params: { industries: m[1] ?? '' } })],
  [/^(the checklist )?has no item for its industry (\S+)$/, (m) => ({ reason: 'checklist_not_for_industry', params: { industries: m[2] ?? '' } })],
  [/^unknown district or street code (\S+)$/, (m) => ({ reason: 'unknown_region', params: { code: m[1] ?? '' } })],
  [/^unknown GB\/T 4754-2017 code (\S+)$/, (m) => ({ reason: 'unknown_industry', params: { code: m[1] ?? '' } })],
  [/^must not be in the future$/, () => ({ reason: 'not_in_future' })],
  [/^is (already )?(taken|registered)$/, () => ({ reason: 'taken' })],
  [/^(does not exist|not found)$/, () => ({ reason: 'not_found' })],
  [/^must be an http:\/\/ or https:\/\/ URL$/, () => ({ reason: 'url' })],
  [/^lies outside the region and industries you supervise$/, () => ({ reason: 'outside_scope' })],
  [/^is retired\b/, () => ({ reason: 'retired' })],
  [/^must not be before the last review \((.+)\)$/, (m) => ({ reason: 'not_before_last_review', params: { date: m[1] ?? '' } })],
  [/^must not be before the day of the inspection \((.+)\)$/, (m) => ({ reason: 'not_before_inspection', params: { date: m[1] ?? '' } })],
  [/^must name at least (\d+) enforcement officers\b/, (m) => ({ reason: 'min_officers', params: { count: Number(m[1]) } })],
  // The enforcement calculators and the working-day calendar (docs/adr/0048).
  [/^must be an amount in yuan\b/, () => ({ reason: 'yuan_amount' })],
  [/^must be greater than (\d+)$/, (m) => ({ reason: 'greater_than', params: { limit: Number(m[1]) } })],
  [/^must be at most (\d+)$/, (m) => ({ reason: 'max', params: { limit: Number(m[1]) } })],
  [/^must not be before (\d{4}-\d{2}-\d{2})$/, (m) => ({ reason: 'not_before_date', params: { date: m[1] ?? '' } })],
  [/^must be at most (\d+) days after (\S+)$/, (m) => ({ reason: 'max_days_after', params: { count: Number(m[1]), date: m[2] ?? '' } })],
  [/^is listed twice$/, () => ({ reason: 'duplicate' })],
  [/^must be a Saturday or Sunday to be a make-up working day$/, () => ({ reason: 'workday_not_weekend' })],
  [/^must name at least one holiday$/, () => ({ reason: 'at_least_one_holiday' })],
  [/^must lie in (\d{4})$/, (m) => ({ reason: 'not_in_year', params: { year: m[1] ?? '' } })],
  [/^is required\b/, () => ({ reason: 'required' })],
  // core/major-hazards/substances.ts: a CAS number or name several rows of GB 18218 Table 1 share.
  [/^(?:CAS \S+ is shared by|.+ matches) Table 1 (.+): give the row$/, (m) => ({ reason: 'ambiguous_substance', params: { rows: (m[1] ?? '').replace(/\brow (\d+)/g, '#$1') } })],
];

export function wordedReason(message: string): WordedReason | undefined {
  for (const [pattern, reason] of WORDED) {
    const match = pattern.exec(message);
    if (match) return reason(match);
  }
  return undefined;
}

/** A detail a service wrote (path and English message) with the reason a client words it by, when it has none. */
