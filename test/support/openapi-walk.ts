import { randomUUID } from 'node:crypto';

/**
 * Walks the platform's own OpenAPI document (GET /api/openapi.json) to build requests: a plausible value for
 * every schema, and every text field of every operation (path and query parameters, string properties of the
 * JSON body at any depth), so a test can put a chosen string in one field at a time.
 */

// A loose JSON Schema (OpenAPI 3.0 subset) as @fastify/swagger emits it.
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
}

export interface Operation {
  method: string;
  /** OpenAPI path, `/api/v1/hazards/{id}` */
  path: string;
  parameters: Parameter[];
  body?: Schema;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      operations.push({ method: method.toUpperCase(), path, parameters: op.parameters ?? [], body: op.requestBody?.content?.['application/json']?.schema });
    }
  }
  return operations;
}

/** Plausible values for the patterns the API uses (a pattern not listed gets 'x'). */
const patternSamples: Array<[RegExp, string]> = [
  [/^\^\\d\{6\}/, '510104'],
  [/\[A-T\]/, 'C'],
  [/^\^\\d\{2,4\}\$$/, '26'],
  [/^\^\\d\{4\}\(-Q/, '2026'],
  [/^\^\\d\{4\}-\\d\{2\}-\\d\{2\}\$$/, '2026-01-01'],
  [/T\(\?:/, '2026-01-01T08:00:00+08:00'],
  [/-02-29\|/, '2026-01-01'],
  [/\^\\d\{2,7\}-\\d\{2\}-\\d\$/, '7664-93-9'],
  [/\\\.pdf\$/, `${randomUUID()}.pdf`],
  [/0-9a-fA-F\]\{8\}/, randomUUID()],
];

export class SchemaWalker {
  constructor(private readonly doc: OpenApiDocument) {}

  resolve(schema: Schema): Schema {
    let s = schema;
    for (let i = 0; s.$ref && i < 20; i++) {
      const name = s.$ref.replace('#/components/schemas/', '');
      const target = this.doc.components?.schemas?.[name];
      if (!target) throw new Error(`dangling $ref ${s.$ref}`);
      s = target;
    }
    return s;
  }

  /** A plausible value of `schema` (the first branch of a union, the first value of an enum). */
  sample(schema: Schema, depth = 0): unknown {
    const s = this.resolve(schema);
    if (s.default !== undefined) return s.default;
    if (s.enum && s.enum.length > 0) return s.enum[0];
    const branches = s.anyOf ?? s.oneOf;
    if (branches) return this.sample(branches.find((b) => this.resolve(b).type !== 'null') ?? branches[0]!, depth);
    if (s.allOf) return Object.assign({}, ...s.allOf.map((b) => this.sample(b, depth)));
    switch (s.type) {
      case 'string':
        return this.sampleString(s);
      case 'integer':
      case 'number':
        return s.minimum !== undefined && s.minimum > 1 ? s.minimum : 1;
      case 'boolean':
        return true;
      case 'array':
        return depth > 6 || !s.items ? [] : Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => this.sample(s.items!, depth + 1));
      case 'object':
      case undefined: {
        if (!s.properties) return {};
        const value: Record<string, unknown> = {};
        for (const name of s.required ?? []) if (s.properties[name]) value[name] = this.sample(s.properties[name]!, depth + 1);
        return value;
      }
      default:
        return null;
    }
  }

  private sampleString(s: Schema): string {
    if (s.format === 'uuid') return randomUUID();
    if (s.format === 'date') return '2026-01-01';
    if (s.format === 'date-time') return '2026-01-01T08:00:00+08:00';
    if (s.format === 'uri') return 'https://example.com/hook';
    if (s.pattern) return patternSamples.find(([p]) => p.test(s.pattern!))?.[1] ?? 'x';
    return 'x'.repeat(Math.max(1, s.minLength ?? 1));
  }

  /**
   * Every string leaf a body may hold, as a path (`items.0.content`) with the body that reaches it: the sampled
   * body of the operation, its required fields filled, with the leaf's optional ancestors added. Union branches
   * are each followed (a discriminated union's branch keeps its own discriminator). `underAnyKey`: the path
   * passes through a record's stand-in key, which the schema may refuse before it looks at the value.
   */
  textFields(schema: Schema): Array<{ path: string[]; body: unknown; underAnyKey: boolean }> {
    const found: Array<{ path: string[]; body: unknown; underAnyKey: boolean }> = [];
    const visit = (s0: Schema, path: string[], build: (leaf: unknown) => unknown, depth: number, underAnyKey = false) => {
      if (depth > 8) return;
      const s = this.resolve(s0);
      const branches = s.anyOf ?? s.oneOf;
      if (branches) {
        for (const branch of branches) visit(branch, path, build, depth + 1, underAnyKey);
        return;
      }
      if (s.type === 'string' && !s.enum) {
        found.push({ path, body: build(undefined), underAnyKey });
        return;
      }
      if (s.type === 'array' && s.items) {
        visit(s.items, [...path, '0'], (leaf) => build([leaf]), depth + 1, underAnyKey);
        return;
      }
      if (s.properties) {
        const base = this.sample(s, depth) as Record<string, unknown>;
        for (const [name, property] of Object.entries(s.properties)) {
          visit(property, [...path, name], (leaf) => build({ ...base, [name]: leaf }), depth + 1, underAnyKey);
        }
      }
      // The document does not say which keys a record takes (OpenAPI 3.0 has no propertyNames): `key` stands in.
      if (s.additionalProperties && typeof s.additionalProperties === 'object') {
        visit(s.additionalProperties, [...path, 'key'], (leaf) => build({ key: leaf }), depth + 1, true);
      }
    };
    visit(schema, [], (leaf) => leaf, 0);
    return found;
  }
}

/** `body` with the string at `path` replaced by `value` (the leaf is undefined in what `textFields` built). */
export function withLeaf(body: unknown, path: string[], value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(body)) return body.map((item, i) => (String(i) === head ? withLeaf(item, rest, value) : item));
  const object = (body ?? {}) as Record<string, unknown>;
  return { ...object, [head!]: withLeaf(object[head!], rest, value) };
}
