import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

/** A page's script and stylesheet, served as files so the page's CSP can forbid inline script and style. */
export interface PageAssets {
  /** Empty for a page that runs no script (the privacy statement, the inzage). */
  script: string;
  style: string;
  /** Content hash, put in the asset URLs so a deploy never serves a stale cached file. */
  version: string;
}

/** Reads the script and the stylesheet once, at start. */
export function loadPageAssets(files: { script?: URL; style: URL }): PageAssets {
  const script = files.script ? readFileSync(files.script, 'utf8') : '';
  const style = readFileSync(files.style, 'utf8');
  const version = createHash('sha256').update(script).update(style).digest('hex').slice(0, 12);
  return { script, style, version };
}

/** Serves them at `paths`: cached for a year when asked for with the current version, else revalidated. */
export function servePageAssets(app: FastifyInstance, assets: PageAssets, paths: { script?: string; style: string }): void {
  const serve = (path: string, contentType: string, body: string) =>
    // Files for a page, not an API: left out of the OpenAPI document.
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const { v } = request.query as { v?: unknown };
      return reply
        .header('content-type', contentType)
        .header('cache-control', v === assets.version ? 'public, max-age=31536000, immutable' : 'no-cache')
        .send(body);
    });
  if (paths.script) serve(paths.script, 'text/javascript; charset=utf-8', assets.script);
  serve(paths.style, 'text/css; charset=utf-8', assets.style);
}
