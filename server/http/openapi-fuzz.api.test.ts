import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { operationsOf, SchemaWalker, withLeaf, type OpenApiDocument, type Operation } from '../../test/support/openapi-walk.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

/**
 * Issue 12: a NUL byte or a lone surrogate in any text gave 500 (PostgreSQL refuses both). Every text field of
 * every operation in the OpenAPI document (path and query parameters, string properties of JSON bodies) is sent
 * one at a time with NUL, a lone surrogate and another control character, as the administrator; nothing may
 * answer 5xx, and a field the schema validates must be refused with 400 naming that field. No 400 may say zod's
 * "Invalid input".
 */

let t: TestApp;
/** The administrator first; a route closed to that role is tried with the next role that may use it. */
let tokens: string[];
let doc: OpenApiDocument;

beforeAll(async () => {
  t = await createTestApp();
  const department = await makeDepartment(t.db, ['510100'], ['C', 'G', 'E', 'B']);
  const enterprise = await makeEnterprise(t.db);
  tokens = [
    (await signedIn(t, 'admin')).token,
    (await signedIn(t, 'regulator', { departmentId: department.id })).token,
    (await signedIn(t, 'inspector', { departmentId: department.id })).token,
    (await signedIn(t, 'enterprise', { enterpriseId: enterprise.id })).token,
    (await signedIn(t, 'expert')).token,
  ];
  doc = (await t.request('GET', '/api/openapi.json')).body as OpenApiDocument;
});
afterAll(() => t.close());

interface Probe {
  operation: Operation;
  /** `body.items.0.content`, `query.q`, `path.id` */
  field: string;
  /** The path the answer's details must name. */
  detailPath: string;
  url: string;
  body?: unknown;
  /** Whether the field must be refused with 400 naming it (false: only "no 5xx"). */
  mustRefuse: boolean;
}

interface Outcome {
  probe: Probe;
  payload: string;
  status: number;
  body: { error?: { code?: string; message?: string; details?: Array<{ path: string; message: string }> } } | undefined;
}

/** The payloads: as a JSON string value, and percent-encoded for a URL (where a lone surrogate cannot be said). */
const payloads = [
  { name: 'NUL', json: 'a\u0000b', url: 'a%00b', refusedInUrl: true },
  { name: 'lone surrogate', json: 'a\ud800b', url: 'a%ED%A0%80b', refusedInUrl: false },
  { name: 'control character', json: 'a\u0001b', url: 'a%01b', refusedInUrl: true },
];

function urlOf(walker: SchemaWalker, op: Operation, override?: { in: 'path' | 'query'; name: string; value: string }): string {
  let path = op.path;
  const query = new URLSearchParams();
  const raw: string[] = [];
  for (const p of op.parameters) {
    const isTarget = override && override.in === p.in && override.name === p.name;
    if (p.in === 'path') {
      path = path.replace(`{${p.name}}`, isTarget ? override.value : encodeURIComponent(String(walker.sample(p.schema))));
    } else if (p.in === 'query') {
      if (isTarget) raw.push(`${encodeURIComponent(p.name)}=${override.value}`);
      else if (p.required) query.set(p.name, String(walker.sample(p.schema)));
    }
  }
  // Any path parameter the document does not declare still gets a value.
  path = path.replace(/\{[^}]+\}/g, randomUUID());
  const search = [query.toString(), ...raw].filter(Boolean).join('&');
  return search ? `${path}?${search}` : path;
}

const isStringSchema = (walker: SchemaWalker, schema: Parameter['schema']): boolean => {
  const s = walker.resolve(schema);
  if (s.type === 'string') return true;
  return (s.anyOf ?? s.oneOf ?? []).some((b) => isStringSchema(walker, b));
};
type Parameter = Operation['parameters'][number];

function probesOf(walker: SchemaWalker, op: Operation, payloadUrl: string, payloadJson: string, refusedInUrl: boolean): Probe[] {
  const probes: Probe[] = [];
  const body = op.body ? walker.sample(op.body) : undefined;
  for (const p of op.parameters) {
    if ((p.in !== 'path' && p.in !== 'query') || !isStringSchema(walker, p.schema)) continue;
    probes.push({ operation: op, field: `${p.in}.${p.name}`, detailPath: p.name, url: urlOf(walker, op, { in: p.in, name: p.name, value: payloadUrl }), body, mustRefuse: refusedInUrl });
  }
  if (op.body) {
    for (const { path, body: reaching, underAnyKey } of walker.textFields(op.body)) {
      // Under a record's stand-in key the answer may name the record itself: its nearest named ancestor.
      const detailPath = underAnyKey ? path.slice(0, path.indexOf('key')).join('.') : path.join('.');
      probes.push({ operation: op, field: ['body', ...path].join('.'), detailPath, url: urlOf(walker, op), body: withLeaf(reaching, path, payloadJson), mustRefuse: true });
    }
  }
  return probes;
}

/** As the first role the route is open to (a 403 "Your role may not do this" comes before validation). */
async function sendAsAnyRole(probe: Probe, payload: string): Promise<Outcome> {
  let outcome: Outcome | undefined;
  for (const token of tokens) {
    outcome = await send(probe, payload, token);
    if (!(outcome.status === 403 && outcome.body?.error?.message === 'Your role may not do this')) return outcome;
  }
  return outcome!;
}

async function send(probe: Probe, payload: string, token?: string): Promise<Outcome> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (probe.body !== undefined) {
    body = JSON.stringify(probe.body);
    headers['content-type'] = 'application/json';
  }
  // A hung request would hold the test: every probe has a deadline.
  const response = await fetch(`${t.url}${probe.url}`, { method: probe.operation.method, headers, body, signal: AbortSignal.timeout(10_000) }).catch(
    (error: Error) => error,
  );
  if (response instanceof Error) return { probe, payload, status: 0, body: { error: { message: response.message } } };
  // An event stream that opened (its text arrived in a form it accepts) never ends: its status is the answer.
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
    await response.body?.cancel();
    return { probe, payload, status: response.status, body: undefined };
  }
  const text = await response.text();
  let parsed: Outcome['body'];
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { probe, payload, status: response.status, body: parsed };
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

const describeOutcome = (o: Outcome) =>
  `${o.probe.operation.method} ${o.probe.operation.path} ${o.probe.field} (${o.payload}) → ${o.status} ${JSON.stringify(o.body?.error ?? o.body)?.slice(0, 300)}`;

describe('every text field of the OpenAPI document', () => {
  it('is a valid document to walk: it has operations with text fields', () => {
    const walker = new SchemaWalker(doc);
    const probes = operationsOf(doc).flatMap((op) => probesOf(walker, op, 'x', 'x', true));
    expect(operationsOf(doc).length).toBeGreaterThan(90);
    expect(probes.length).toBeGreaterThan(300);
    expect(probes.map((p) => `${p.operation.method} ${p.operation.path} ${p.field}`)).toEqual(
      expect.arrayContaining(['GET /api/v1/hazards query.q', 'GET /api/v1/audit query.entity', 'POST /api/v1/auth/login body.username', 'POST /api/v1/departments body.name']),
    );
  });

  for (const payload of payloads) {
    it(`refuses ${payload.name} with 400 naming the field, and never answers 5xx`, async () => {
      const walker = new SchemaWalker(doc);
      const probes = operationsOf(doc).flatMap((op) => probesOf(walker, op, payload.url, payload.json, payload.refusedInUrl));
      const outcomes = await inBatches(probes, 4, (probe) => sendAsAnyRole(probe, payload.name));

      // The field's own path, or a path inside it (a comma-separated query list names its item: `sensors.0`).
      const names = (o: Outcome) => o.body?.error?.details?.some((d) => d.path === o.probe.detailPath || d.path.startsWith(`${o.probe.detailPath}.`));
      const problems = outcomes.flatMap((o) => {
        if (o.status >= 500 || o.status === 0) return [`5xx or no answer: ${describeOutcome(o)}`];
        if (o.status === 400 && /invalid input/i.test(o.body?.error?.message ?? '')) return [`"Invalid input": ${describeOutcome(o)}`];
        if (o.probe.mustRefuse && !(o.status === 400 && o.body?.error?.code === 'VALIDATION_FAILED' && names(o))) return [`not refused: ${describeOutcome(o)}`];
        return [];
      });
      expect(problems).toEqual([]);
    });
  }

  it('says what is wrong in words, never zod\'s "Invalid input": required fields left out, wrong types, unknown values', async () => {
    const walker = new SchemaWalker(doc);
    const probes: Probe[] = [];
    // Signing out would end the session the walk goes on with.
    for (const op of operationsOf(doc).filter((op) => op.path !== '/api/v1/auth/logout')) {
      // Nothing but the path: every required query parameter and the body left out.
      probes.push({ operation: op, field: 'nothing', detailPath: '', url: urlOf(walker, op).split('?')[0]!, mustRefuse: false });
      if (op.body) {
        for (const body of [{}, [], 'text', { unknownField: 1 }]) probes.push({ operation: op, field: `body ${JSON.stringify(body)}`, detailPath: '', url: urlOf(walker, op), body, mustRefuse: false });
      }
      for (const p of op.parameters.filter((p) => p.in === 'query')) {
        probes.push({ operation: op, field: `query.${p.name}`, detailPath: p.name, url: urlOf(walker, op, { in: 'query', name: p.name, value: 'zzz' }), mustRefuse: false });
      }
    }
    const outcomes = await inBatches(probes, 4, (probe) => sendAsAnyRole(probe, 'wrong'));
    expect(outcomes.filter((o) => o.status >= 500 || o.status === 0).map(describeOutcome)).toEqual([]);
    const refused = outcomes.filter((o) => o.status === 400);
    expect(refused.length).toBeGreaterThan(100);
    expect(refused.filter((o) => /invalid input|expected .*, received/i.test(JSON.stringify(o.body))).map(describeOutcome)).toEqual([]);
  });

  it('refuses NUL and a lone surrogate in a sign-in before anyone is signed in', async () => {
    for (const username of ['admin\u0000', 'admin\ud800']) {
      const res = await t.request('POST', '/api/v1/auth/login', { body: { username, password: 'whatever-password' } });
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'username' })]);
    }
  });

  it('answers every operation without a sign-in with no 5xx, whatever the text', async () => {
    const walker = new SchemaWalker(doc);
    const probes = operationsOf(doc).flatMap((op) => probesOf(walker, op, payloads[0]!.url, payloads[0]!.json, true));
    const outcomes = await inBatches(probes, 4, (probe) => send(probe, 'NUL'));
    expect(outcomes.filter((o) => o.status >= 500).map(describeOutcome)).toEqual([]);
    expect(outcomes.filter((o) => ![400, 401, 404].includes(o.status)).map(describeOutcome)).toEqual([]);
  });
});
