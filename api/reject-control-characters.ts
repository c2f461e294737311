import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { BadRequestError } from './errors';

/** C0 control characters and DEL, except tab, line feed and carriage return, which text may hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Refuses input that holds a NUL byte or another control character, with a 400 that names where:
 * PostgreSQL refuses a NUL in text (a 500 before), and no name, answer or e-mail address needs one.
 * Twilio's webhook is left to its own route: it is signed, and refusing it would lose the message
 * (the text is cleaned where it is received).
 */
export const rejectControlCharacters: FastifyPluginAsync = fp(
  async (app) => {
    app.addHook('preValidation', async (request) => {
      if (request.url.startsWith('/twilio/')) return;
      const where = findControlCharacter(request);
      if (where) throw new BadRequestError(`${where} holds a control character (such as a NUL byte); remove it and try again`);
    });
  },
  { name: 'reject-control-characters' },
);

/** The text without control characters: for signed input that must not be refused (Twilio's webhook). */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_ALL, '');
}

const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

function findControlCharacter(request: FastifyRequest): string | undefined {
  const parts: Array<[string, unknown]> = [
    ['path', request.params],
    ['query', request.query],
    ['body', request.body],
  ];
  for (const [name, value] of parts) {
    const path = findIn(value, name, 0);
    if (path) return path;
  }
  return undefined;
}

function findIn(value: unknown, path: string, depth: number): string | undefined {
  if (typeof value === 'string') return CONTROL.test(value) ? path : undefined;
  if (depth > 8 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (CONTROL.test(key)) return path;
    const found = findIn(inner, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}
