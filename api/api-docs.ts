import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { z } from 'zod';
import { errorAnswer } from './coach-api-schemas';

/**
 * OpenAPI for the coach API: the document at `/docs/json`, swagger-ui at `/docs`. The route schemas
 * are made from the same zod schemas the handlers parse with, and serve documentation only: the
 * plugin that uses them turns fastify's own validation and response serialisation off, so input is
 * checked once (parseInput) and answers go out as the handlers build them.
 */
export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jongerenloket coach API',
        version: '1',
        description:
          'Handovers, cases, casusoverleg, coaches and teams. Every request carries `Authorization: Bearer <token>`: ' +
          'the admin token or a coach token. A coach reads the details of their own cases and of cases shared with them; ' +
          'an admin-coach those of their municipality; the admin token all. Every read of details is written to the audit log.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}

type Schema = z.ZodType;

/** The route's documentation: OpenAPI pieces from zod schemas (input side for what comes in). */
export function describeRoute(doc: {
  summary: string;
  tags: string[];
  params?: Schema;
  query?: Schema;
  body?: Schema;
  /** Status code → answer; the usual errors are added. */
  answers: Record<number, { description: string; schema?: Schema }>;
}): FastifySchema {
  const response: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(doc.answers)) {
    response[status] = answer.schema ? { description: answer.description, ...jsonSchema(answer.schema, 'output') } : { description: answer.description, type: 'null' };
  }
  for (const [status, description] of [
    [400, 'Bad input: the message names the field'],
    [401, 'No valid bearer token'],
    [403, 'Not allowed for this token'],
  ] as const) {
    response[status] ??= { description, ...jsonSchema(errorAnswer, 'output') };
  }
  return {
    summary: doc.summary,
    tags: doc.tags,
    ...(doc.params ? { params: jsonSchema(doc.params, 'input') } : {}),
    ...(doc.query ? { querystring: jsonSchema(doc.query, 'input') } : {}),
    ...(doc.body ? { body: jsonSchema(doc.body, 'input') } : {}),
    response,
  } as FastifySchema;
}

/** An error answer (404, 409) for `answers`. */
export function errorDoc(description: string): { description: string; schema: Schema } {
  return { description, schema: errorAnswer };
}

function jsonSchema(schema: Schema, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  return rest;
}

/**
 * For a plugin whose routes carry documentation-only schemas: no second validation by fastify
 * (parseInput is the one), and answers serialised as built (no stripping by a response schema).
 */
export function useSchemasForDocsOnly(app: FastifyInstance): void {
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
}
