/**
 * The closed list of API error codes and their HTTP statuses (api.md "Conventions").
 * Services throw `AppError`; the error handler turns it into `{"error": {code, message, details}}`.
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  /** The account signs in with a temporary password: change it (POST /auth/password) before anything else. */
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  /** What the request points at existed but is gone for good: a change-feed cursor older than the retained log. */
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  /**
   * A valid request the platform lacks the data to answer: a working-day calculation reaching a year whose
   * holiday notice the calendar does not hold (docs/adr/0048). The details' `reason` says which data, `params` which.
   */
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/**
 * One problem of a failed request. `path` names the field (`''` for the request as a whole) and `message` says it
 * in English; `reason` (with `params`) says it for a client to put in its user's language (docs/adr/0040):
 * a validation kind (`required`, `too_big`, …) or a refusal's reason (`last_admin`, `wrong_status`, …).
 */
export interface ErrorDetail {
  path: string;
  message: string;
  reason?: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    /** RATE_LIMITED: seconds until a retry may succeed, sent as Retry-After (the error handler sets it). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
/** 403; `reason` (docs/adr/0040) names the rule for clients that say it in their user's language. */
export const forbidden = (message = 'You are not allowed to do this', reason?: string) =>
  new AppError('FORBIDDEN', message, reason ? [{ path: '', message, reason }] : undefined);
export const conflict = (message: string, details?: ErrorDetail[]) => new AppError('CONFLICT', message, details);
/** 409 with the reason of the refusal for clients (`params` what it names). */
export const refused = (message: string, reason: string, params?: ErrorDetail['params']) =>
  new AppError('CONFLICT', message, [{ path: '', message, reason, ...(params && { params }) }]);
/** 422: valid, but not answerable with the data the platform holds; the detail names what is missing (`reason`, `params`). */
export const unprocessable = (message: string, detail: ErrorDetail) => new AppError('UNPROCESSABLE', message, [detail]);
export const invalid = (details: ErrorDetail[]) =>
  new AppError('VALIDATION_FAILED', details.map((d) => `${d.path}: ${d.message}`).join('; '), details);
