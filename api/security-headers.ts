import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

/**
 * The pages (web chat, dashboard) load their script and stylesheet from their own /assets paths and
 * run nothing inline: a young person's text that slipped through escaping still could not execute.
 * JSON answers get the same policy, which a browser only applies to documents.
 */
const directives = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  connectSrc: ["'self'"],
  imgSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const options: FastifyHelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
};

/**
 * Routes that need more than the pages: swagger-ui draws its icons as `data:` images and sets a few
 * inline styles (the API document, no personal data), and the QR codes are public images other
 * sites (a school's page, a municipality's) may show.
 */
const docsDirectives = { ...directives, imgSrc: ["'self'", 'data:'], styleSrc: ["'self'", "'unsafe-inline'"] };
const routeOverrides: { prefix: string; helmet: Omit<FastifyHelmetOptions, 'global'> }[] = [
  { prefix: '/docs', helmet: { contentSecurityPolicy: { useDefaults: false, directives: docsDirectives } } },
  { prefix: '/qr/', helmet: { crossOriginResourcePolicy: { policy: 'cross-origin' } } },
];

/**
 * Security headers of every answer (CSP, frame-ancestors and X-Frame-Options, nosniff, referrer
 * policy, HSTS) through helmet, in one place. Registered before the routes: a route registered
 * earlier gets no headers.
 */
export const securityHeaders: FastifyPluginAsync = fp(
  async (app) => {
    app.addHook('onRoute', (route) => {
      const override = routeOverrides.find((o) => route.url.startsWith(o.prefix));
      if (override && route.helmet === undefined) route.helmet = override.helmet;
    });
    await app.register(helmet, options);
  },
  { name: 'security-headers' },
);
