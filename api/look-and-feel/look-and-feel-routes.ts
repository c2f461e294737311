import type { FastifyPluginAsync } from 'fastify';
import { servePageAssets } from '../page-assets';
import { lookAndFeel, NLDS_STYLES, themeLogoPath, themeStylePath } from './look-and-feel';
import { themeCss } from './municipality-themes';

/** The NL Design System stylesheets and each municipality's tokens and logo, for every page that wears them. */
export const lookAndFeelRoutes: FastifyPluginAsync = async (app) => {
  const { css, themes, version } = lookAndFeel();
  const style = (path: string, body: string) => servePageAssets(app, { script: '', style: body, version }, { style: path });
  for (const key of Object.keys(NLDS_STYLES) as (keyof typeof NLDS_STYLES)[]) style(NLDS_STYLES[key], css[key]);
  for (const theme of themes.values()) {
    style(themeStylePath(theme), themeCss(theme));
    app.get(themeLogoPath(theme), { schema: { hide: true } }, async (request, reply) => {
      const { v } = request.query as { v?: unknown };
      return reply
        .header('content-type', 'image/svg+xml; charset=utf-8')
        .header('cache-control', v === version ? 'public, max-age=31536000, immutable' : 'no-cache')
        .send(theme.logoSvg);
    });
  }
};
