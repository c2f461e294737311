import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The session cookie: only its hash is stored (staff_sessions). */
export const SESSION_COOKIE = 'jl_session';
/** Before sign-in: a random token the sign-in form must echo (double submit), against login CSRF. */
export const PRE_COOKIE = 'jl_pre';
export const LANG_COOKIE = 'jl_lang';

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * Sets a cookie: http-only, SameSite=Strict (a link from elsewhere never carries it, a first line
 * against CSRF), path /dashboard, and Secure (browsers accept Secure cookies from http://localhost
 * and 127.0.0.1 too, so development works).
 */
export function setCookie(reply: FastifyReply, input: { name: string; value: string; maxAgeSeconds?: number }): void {
  const parts = [`${input.name}=${encodeURIComponent(input.value)}`, 'Path=/dashboard', 'HttpOnly', 'Secure', 'SameSite=Strict'];
  if (input.maxAgeSeconds !== undefined) parts.push(`Max-Age=${input.maxAgeSeconds}`);
  const existing = reply.getHeader('set-cookie');
  const list = Array.isArray(existing) ? existing : typeof existing === 'string' ? [existing] : [];
  void reply.header('set-cookie', [...list, parts.join('; ')]);
}

export function clearCookie(reply: FastifyReply, name: string): void {
  setCookie(reply, { name, value: '', maxAgeSeconds: 0 });
}

export function newPreToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison of a submitted token with the expected one. */
export function sameToken(submitted: unknown, expected: string | undefined): boolean {
  if (typeof submitted !== 'string' || !expected) return false;
  const a = Buffer.from(submitted);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
