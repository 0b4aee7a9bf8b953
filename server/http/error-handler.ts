import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { installValidationMessages, validationReason } from '../../core/shared/validation-messages.ts';
import { AppError, errorStatus, type ErrorCode, type ErrorDetail } from './errors.ts';

const body = (code: ErrorCode, message: string, details?: ErrorDetail[]) => ({ error: { code, message, ...(details && { details }) } });

const clientErrorCodes: Partial<Record<number, ErrorCode>> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
};

/**
 * Every 429 carries Retry-After (RFC 9110 §10.2.3, RFC 6585 §4): the thrower's figure, or a second when it
 * gave none (a device's token bucket refills within one).
 */
const DEFAULT_RETRY_AFTER_SECONDS = 1;
const retryAfter = (seconds: number | undefined) => String(Math.max(1, Math.ceil(seconds ?? DEFAULT_RETRY_AFTER_SECONDS)));

/** `/location/lng` → `location.lng`; the location (body, querystring, params) prefixes nothing: field names are unique. */
const pathOf = (instancePath: string) => instancePath.replace(/^\//, '').replaceAll('/', '.');

/**
 * One place turns every failure into api.md's error shape. A 5xx never carries internals: the message is
 * generic and the details go to the log only.
 */
export function registerErrorHandling(app: FastifyInstance, options: { appShell: boolean }) {
  // zod's default messages ("Invalid input: expected string, received undefined") never reach a client.
  installValidationMessages();
  // A 429 sent by any other path (a plugin, a route answering by hand) gets the default.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode === 429 && !reply.hasHeader('retry-after')) reply.header('retry-after', retryAfter(undefined));
    return payload;
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.status === 429) reply.header('retry-after', retryAfter(error.retryAfterSeconds));
      return reply.code(error.status).send(body(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // Each problem also says its kind (`reason`, `params`), for a client to put in its user's language.
      const details = error.validation.map((v) => {
        const message = v.message ?? 'is invalid';
        return { path: pathOf(v.instancePath), message, ...validationReason(v.keyword, (v.params ?? {}) as Record<string, unknown>, message) };
      });
      const where = error.validationContext ?? 'request';
      return reply.code(400).send(body('VALIDATION_FAILED', `Invalid ${where}: ${details.map((d) => `${d.path || where} ${d.message}`).join('; ')}`, details));
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.code(413).send(body('PAYLOAD_TOO_LARGE', 'The request body is larger than allowed (1 MB; photos 10 MB)'));
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.code(400).send(body('VALIDATION_FAILED', 'The request body is not valid JSON', [{ path: '', message: 'is not valid JSON' }]));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.code(400).send(body('VALIDATION_FAILED', 'Send the request body as application/json', [{ path: '', message: 'unsupported content type' }]));
    }
    if (error instanceof SyntaxError) {
      return reply.code(400).send(body('VALIDATION_FAILED', 'The request is malformed', [{ path: '', message: error.message }]));
    }
    // Client errors raised by Fastify or a plugin keep their status, in our shape.
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = clientErrorCodes[status] ?? 'VALIDATION_FAILED';
      return reply.code(errorStatus[code]).send(body(code, status === 400 ? 'The request is malformed' : error.message));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(errorStatus.INTERNAL).send(body('INTERNAL', 'Something went wrong on our side; the error has been logged'));
  });

  app.setNotFoundHandler((request, reply) => {
    // Client-side routes (/enterprises/…) get the web app's shell; API paths get a JSON 404, and so does a
    // missing build file (a chunk of an earlier release), so the page's import fails plainly and offers a reload.
    if (options.appShell && request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/assets/')) {
      return reply.sendFile('index.html');
    }
    return reply.code(404).send(body('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`));
  });
}
