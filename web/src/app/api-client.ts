/** Error codes of the open API (docs/api.md), plus NETWORK for a request that never got an answer. */
export const API_ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PASSWORD_CHANGE_REQUIRED',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'PAYLOAD_TOO_LARGE',
  'UNPROCESSABLE',
  'RATE_LIMITED',
  'INTERNAL',
  'NETWORK',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** One problem of a failed request: `reason` and `params` say it for the user's language (api-error-text.ts). */
export interface ApiErrorDetail {
  path: string;
  message: string;
  reason?: string;
  params?: Record<string, string | number>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: ApiErrorDetail[];

  constructor(status: number, code: ApiErrorCode, message: string, details: ApiErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

type QueryValue = string | number | boolean | null | undefined;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Sent as is with its own content type (an uploaded photo), instead of a JSON `body`. */
  rawBody?: Blob;
  signal?: AbortSignal;
}

const API_BASE = '/api/v1';

function codeForStatus(status: number): ApiErrorCode {
  if (status === 400) return 'VALIDATION_FAILED';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 422) return 'UNPROCESSABLE';
  if (status === 429) return 'RATE_LIMITED';
  return 'INTERNAL';
}

function isKnownCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && (API_ERROR_CODES as readonly string[]).includes(code);
}

export function buildQueryString(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function toApiError(response: Response): Promise<ApiError> {
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // A proxy error page or an empty body: fall back to the status alone.
  }
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  const code = isKnownCode(error?.code) ? error.code : codeForStatus(response.status);
  const message = typeof error?.message === 'string' ? error.message : response.statusText;
  const details = Array.isArray(error?.details)
    ? (error.details as unknown[]).filter(
        (d): d is ApiErrorDetail =>
          typeof (d as ApiErrorDetail)?.path === 'string' && typeof (d as ApiErrorDetail)?.message === 'string',
      )
    : [];
  return new ApiError(response.status, code, message, details);
}

/** Calls the API on the same origin; the session travels in the httpOnly cookie, never in script. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, rawBody, signal } = options;
  let contentType: Record<string, string> = {};
  if (rawBody) contentType = { 'Content-Type': rawBody.type || 'application/octet-stream' };
  else if (body !== undefined) contentType = { 'Content-Type': 'application/json' };
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${buildQueryString(query)}`, {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...contentType },
      body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', cause instanceof Error ? cause.message : 'Network error');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** The code to show for any failure; unknown errors count as INTERNAL. */
export function errorCodeOf(error: unknown): ApiErrorCode {
  return error instanceof ApiError ? error.code : 'INTERNAL';
}
