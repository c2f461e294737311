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
  // Two years, as the HSTS preload list asks; browsers ignore it over plain http (a local demo).
  strictTransportSecurity: { maxAge: 63_072_000, includeSubDomains: true },
};

/** No page of ours uses a camera, microphone, location or payment: nobody's script may ask for them. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

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
 * policy, HSTS) through helmet, Permissions-Policy, and `no-store` unless a route sets its own
 * caching, in one place. Registered before the routes: a route registered
 * earlier gets no headers.
 */
export const securityHeaders: FastifyPluginAsync = fp(
  async (app) => {
    app.addHook('onRoute', (route) => {
      const override = routeOverrides.find((o) => route.url.startsWith(o.prefix));
      if (override && route.helmet === undefined) route.helmet = override.helmet;
    });
    await app.register(helmet, options);
    app.addHook('onSend', async (_request, reply, payload) => {
      void reply.header('permissions-policy', PERMISSIONS_POLICY);
      // Answers hold personal data unless a route says otherwise (assets, QR images): never cached.
      if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
      return payload;
    });
  },
  { name: 'security-headers' },
);
