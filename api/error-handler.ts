import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { InvalidPhoneNumberError } from '../cases/staff/coach-repository';
import { AccessDeniedError, ConflictError, InvalidRequestError, NoCoachAvailableError, NotFoundError } from '../cases/errors';
import { NotStoredError } from './errors';

/**
 * The one place errors become HTTP (fastify's `setErrorHandler`). Errors a caller caused get their 4xx
 * and a message that says what is wrong; everything else is a 500 that reveals nothing but an id to
 * quote, and is logged with that id. Only the error is logged, never the request body (it may hold a
 * young person's message or phone number).
 */
export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  // Input refused by a route's zod schema: a 400 that names each problem.
  if (hasZodFastifySchemaValidationErrors(error)) {
    const what = PARTS[error.validationContext ?? 'body'] ?? 'body';
    const problems = error.validation.map((issue) => {
      const path = issue.instancePath.split('/').filter(Boolean).join('.');
      return `${path || what}: ${issue.message}`;
    });
    return reply.status(400).send({ error: `Invalid ${what}: ${problems.join('; ')}`, details: problems });
  }
  if (error instanceof NotFoundError) return reply.status(404).send({ error: error.message });
  if (error instanceof AccessDeniedError) return reply.status(403).send({ error: error.message });
  if (error instanceof ConflictError) return reply.status(409).send({ error: error.message });
  if (error instanceof InvalidRequestError) return reply.status(400).send({ error: error.message });
  if (error instanceof InvalidPhoneNumberError) return reply.status(400).send({ error: `whatsapp: ${error.message}` });
  // E.g. marking the last coach of a role absent: nobody could take over the cases, so nothing changed.
  if (error instanceof NoCoachAvailableError) return reply.status(409).send({ error: `${error.message}; nothing was changed` });
  // The database did not take a write: 503 so the sender (Twilio) retries.
  if (error instanceof NotStoredError) {
    request.log.warn({ requestId: request.id, err: describe(error) }, 'Not stored');
    return reply.status(503).send({ error: error.message });
  }

  // Our own edge errors (BadRequestError, UnauthorizedError, ...) and fastify's (validation, body too
  // large, unsupported media type, malformed JSON) carry a 4xx statusCode.
  const statusCode = 'statusCode' in error ? error.statusCode : undefined;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const details = 'details' in error && error.details !== undefined ? error.details : 'validation' in error ? error.validation : undefined;
    if (statusCode === 401) void reply.header('www-authenticate', 'Bearer');
    return reply.status(statusCode).send(details === undefined ? { error: error.message } : { error: error.message, details });
  }

  request.log.error({ requestId: request.id, err: describe(error) }, 'Unhandled error');
  return reply.status(500).send({ error: 'Internal error', id: request.id });
}

/** How the answer names the part of the request that was refused. */
const PARTS: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' };

/**
 * What is logged of an error: its kind, message, code and stack. Not the whole object: a PostgreSQL
 * error's `detail` and `parameters` can hold the values of the failed statement.
 */
function describe(error: Error): { type: string; message: string; code?: unknown; stack?: string } {
  const code = 'code' in error ? error.code : undefined;
  return { type: error.name, message: error.message, ...(code !== undefined ? { code } : {}), ...(error.stack ? { stack: error.stack } : {}) };
}
