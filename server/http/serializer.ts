import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';

/**
 * Responses are written by fast-json-stringify from the JSON Schema of each route's zod response schema:
 * the same single schema still drives types and OpenAPI, but serialising a page of enterprises no longer
 * runs a full zod parse (several times slower, and lists are the hottest routes). Fields not in the schema
 * are dropped, as they were. A schema that cannot be compiled falls back to JSON.stringify.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  try {
    const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' });
    return fastJson(json as Parameters<typeof fastJson>[0]);
  } catch {
    return (data) => JSON.stringify(data);
  }
};
