import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply } from 'fastify';

/** The session cookie: only its hash is stored (staff_sessions). */
export const SESSION_COOKIE = 'jl_session';
/** Before sign-in: a random token the sign-in form must echo (double submit), against login CSRF. */
export const PRE_COOKIE = 'jl_pre';
/** While the browser is away at the organisation's sign-in: state, nonce and PKCE verifier. */
export const OIDC_COOKIE = 'jl_oidc';
export const OIDC_COOKIE_SECONDS = 600;
export const LANG_COOKIE = 'jl_lang';
/** Where a notice link was going, kept while the coach signs in first (api/dashboard/start-page.ts). */
export const NEXT_COOKIE = 'jl_next';
export const NEXT_COOKIE_SECONDS = 900;

/** How long the pre-session token and the language choice are kept; the session cookie ends with the browser. */
export const PRE_COOKIE_SECONDS = 3600;
export const LANG_COOKIE_SECONDS = 365 * 86_400;

/**
 * The dashboard's cookies: http-only, SameSite=Strict (a link from elsewhere never carries them, a
 * first line against CSRF), path /dashboard, and Secure when the product is served over https.
 */
export function dashboardCookies(input: { publicBaseUrl: string }) {
  const base: CookieSerializeOptions = {
    path: '/dashboard',
    httpOnly: true,
    sameSite: 'strict',
    secure: new URL(input.publicBaseUrl).protocol === 'https:',
  };
  return {
    /**
     * `lax` only for the cookie that must come back with the provider's redirect to the callback (a
     * top-level navigation from another site, which a Strict cookie does not join).
     */
    set(reply: FastifyReply, cookie: { name: string; value: string; maxAgeSeconds?: number; sameSite?: 'lax' }): void {
      const options = { ...base, ...(cookie.sameSite ? { sameSite: cookie.sameSite } : {}) };
      void reply.setCookie(cookie.name, cookie.value, cookie.maxAgeSeconds === undefined ? options : { ...options, maxAge: cookie.maxAgeSeconds });
    },
    clear(reply: FastifyReply, name: string, sameSite?: 'lax'): void {
      void reply.clearCookie(name, sameSite ? { ...base, sameSite } : base);
    },
  };
}
export type DashboardCookies = ReturnType<typeof dashboardCookies>;

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
