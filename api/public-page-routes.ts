import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { isLanguage } from '../locales';
import type { AppDeps } from './app';
import { inzageRoutes } from './inzage/inzage-routes';
import { useZod } from './openapi';
import { renderPrivacyPage } from './privacy-page';
import { browserLanguage, servePublicPageStyle } from './public-page';

const privacyQuery = z.object({ lang: z.string().optional() });

/**
 * The pages a young person reads outside the chat, with their stylesheet: the privacy statement
 * (`/privacy`, public, in the language of `?lang=` or else the browser's) and their own data (inzage).
 */
export const publicPageRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = useZod(scope);
  const assets = servePublicPageStyle(app);

  app.get('/privacy', { schema: { hide: true, querystring: privacyQuery } }, async (request, reply) => {
    const asked = request.query.lang;
    const lang = isLanguage(asked) ? asked : browserLanguage(request.headers['accept-language']);
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-language', lang)
      .header('vary', 'accept-language')
      .send(renderPrivacyPage({ i18n: deps.i18n, lang, assets, publicBaseUrl: deps.config.publicBaseUrl, retention: deps.config.retention }));
  });

  inzageRoutes(app, deps, assets);
};
