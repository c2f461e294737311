import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** Pages for people, not an API: left out of the document (the dashboard's HTML, swagger-ui itself). */
const PAGES = ['/dashboard', '/docs'];
const isPage = (url: string) => PAGES.some((prefix) => url === prefix || url.startsWith(`${prefix}/`));

/**
 * The OpenAPI document at `/docs/json` and swagger-ui at `/docs`, written from the zod schemas the
 * routes validate with (fastify-type-provider-zod's transform). Register it before the routes: it
 * collects the routes registered after it in its scope.
 */
export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jongerenloket front door API',
        version: '1',
        description:
          'The coach API (`/api`), the Twilio webhooks, the web chat, QR codes and health. Every `/api` request carries ' +
          '`Authorization: Bearer <token>`: the admin token or a coach token. A coach reads the details of their own cases and of ' +
          'cases shared with them; an admin-coach those of their municipality; the admin token all. Every read of details is written ' +
          'to the audit log. The other routes are public or checked otherwise (the Twilio signature).',
        license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
      },
      servers: [{ url: '/', description: 'This server' }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: (document) => (isPage(document.url) ? { schema: { hide: true }, url: document.url } : jsonSchemaTransform(document)),
    // Schemas with a `meta({ id })` (the error answer, a case) are written once, under components, and referred to.
    transformObject: (document) => withoutUnusedSchemas(jsonSchemaTransformObject(document)),
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}

/**
 * The transform writes an input and an output variant of each named schema; only the side a route
 * uses is referred to, so the other is left out.
 */
function withoutUnusedSchemas(document: ReturnType<typeof jsonSchemaTransformObject>): ReturnType<typeof jsonSchemaTransformObject> {
  // Only an OpenAPI document (the one this app writes) has components.
  const schemas = 'openapi' in document ? document.components?.schemas : undefined;
  if (!schemas) return document;
  const names = Object.keys(schemas);
  const referred = (name: string, text: string) => text.includes(`"#/components/schemas/${name}"`);
  const elsewhere = JSON.stringify({ ...document, components: { ...('components' in document ? document.components : {}), schemas: {} } });
  const used = new Set(names.filter((name) => referred(name, elsewhere)));
  // A named schema may refer to another one.
  for (let grew = true; grew; ) {
    const more = names.filter((name) => !used.has(name) && [...used].some((user) => referred(name, JSON.stringify(schemas[user]))));
    for (const name of more) used.add(name);
    grew = more.length > 0;
  }
  for (const name of names) if (!used.has(name)) delete schemas[name];
  return document;
}

/**
 * Lets fastify validate input with the routes' zod schemas and serialise answers with them. Set on the
 * app (api/app.ts) and again in each route plugin, so a plugin behaves the same when a test registers
 * it on its own.
 */
export function useZod(app: FastifyInstance) {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  return app.withTypeProvider<ZodTypeProvider>();
}

/** Every error answer: what went wrong (and, for bad input, each problem). */
export const errorAnswer = z
  .object({ error: z.string().describe('what is wrong'), details: z.array(z.string()).optional().describe('each problem with the input') })
  .meta({ id: 'Error' });

/** An error answer for a route's `response`, with what it means there. */
export const errorDoc = (description: string) => ({ description, content: { 'application/json': { schema: errorAnswer } } });

/** The answer to bad input: a 400 that names the field. */
export const badInput = { 400: errorDoc('Bad input: the message names the field') };

/** An answer without a body (204). */
export const noContent = (description: string) => z.undefined().describe(description);
