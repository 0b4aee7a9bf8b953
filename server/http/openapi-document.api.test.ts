import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI document: every $ref resolves, every schema fits the specification', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    // The parser dereferences in place: give it its own copy.
    const result = await validate(JSON.parse(res.text));
    expect(result.valid ? [] : compileErrors(result)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('describes the recursive region tree by reference to a component (it once referred to a missing schema0)', async () => {
    const doc = (await t.request('GET', '/api/openapi.json')).body;
    const items = doc.paths['/api/v1/regions'].get.responses['200'].content['application/json'].schema.properties.items;
    expect(items.items).toEqual({ $ref: '#/components/schemas/RegionNode' });
    expect(doc.components.schemas.RegionNode.properties.children.items).toEqual({ $ref: '#/components/schemas/RegionNode' });
    const refs = [...refsIn(doc)].map((m) => m.replace('#/components/schemas/', ''));
    for (const name of refs) expect(doc.components.schemas, name).toHaveProperty(name);
  });
});

/** Every `$ref` in the document. */
function* refsIn(value: unknown): Generator<string> {
  if (Array.isArray(value)) for (const item of value) yield* refsIn(item);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') yield child;
      else yield* refsIn(child);
    }
  }
}
