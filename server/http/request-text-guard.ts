import type { FastifyInstance, FastifyRequest } from 'fastify';
import { unstorableTextProblem } from '../../core/shared/text.ts';
import { invalid, type ErrorDetail } from './errors.ts';

/**
 * The second line behind the schemas' text type (core/shared/text.ts): after validation, before any handler,
 * every string of the request (path and query parameters, the body at any depth, object keys too) is checked
 * for what PostgreSQL cannot store, NUL and lone surrogates, so free-form JSON kept as jsonb and the text
 * fields of any other parsed body are covered as well. A request with one is answered 400 with the field's
 * path instead of failing in the database with a 500. Binary bodies (photos) are not text and are skipped.
 *
 * In a JSON body such text can only arrive escaped (`\u0000`, `\ud800`: a raw NUL is not JSON, and raw bytes
 * of a surrogate are not UTF-8 and decode to U+FFFD), so the JSON parser looks for those escapes in the raw
 * text, which is far cheaper than a walk over a batch of 10,000 readings; only a body that has one is walked.
 */
export function registerRequestTextGuard(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const json = body as string;
    parseJson(request, json, (error, value) => {
      if (!error && !UNSTORABLE_ESCAPE.test(json)) cleanJsonBodies.add(request);
      done(error, value);
    });
  });
  app.addHook('preHandler', async (request) => {
    const body = cleanJsonBodies.has(request) ? undefined : request.body;
    const problem = unstorableTextIn(request.params) ?? unstorableTextIn(request.query) ?? unstorableTextIn(body);
    if (problem) throw invalid([problem]);
  });
}

/** `\u0000` or an escaped UTF-16 surrogate (a pair, as an escaped emoji is, also matches: the walk then decides). */
const UNSTORABLE_ESCAPE = /\\u(?:0000|[dD][89a-fA-F])/;
const cleanJsonBodies = new WeakSet<FastifyRequest>();

/** The first string (or object key) in `value` that cannot be stored, with its path; undefined when none. */
export function unstorableTextIn(value: unknown): ErrorDetail | undefined {
  // A quick pass without paths answers almost every request; only one that holds such text is walked again
  // for the path.
  return holdsUnstorableText(value) ? locate(value) : undefined;
}

const isWalkable = (value: unknown): value is object => value !== null && typeof value === 'object' && !Buffer.isBuffer(value) && !ArrayBuffer.isView(value);
const SUSPECT = /[\u0000\uD800-\uDFFF]/;
const suspect = (text: string) => SUSPECT.test(text) && unstorableTextProblem(text) !== undefined;

// Iterative, so that a deeply nested body cannot overflow the stack.
function holdsUnstorableText(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'string') {
      if (suspect(current)) return true;
    } else if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) pending.push(current[i]);
    } else if (isWalkable(current)) {
      for (const key in current) {
        if (!Object.hasOwn(current, key)) continue;
        if (suspect(key)) return true;
        pending.push((current as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

function locate(value: unknown): ErrorDetail | undefined {
  const pending: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
  while (pending.length > 0) {
    const { value: current, path } = pending.pop()!;
    if (typeof current === 'string') {
      const message = unstorableTextProblem(current);
      if (message) return { path, message };
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) pending.push({ value: current[i], path: join(path, i) });
    } else if (isWalkable(current)) {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const keyProblem = unstorableTextProblem(key);
        if (keyProblem) return { path, message: `has a field name that ${keyProblem}` };
        pending.push({ value: child, path: join(path, key) });
      }
    }
  }
  return undefined;
}
