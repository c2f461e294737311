import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createEntryPoint, listEntryPoints, updateEntryPoint } from '../../cases/in-beeld/entry-points';
import { municipalityScope } from '../../cases/staff/municipality-scope';
import { municipalities } from '../../drizzle/schema';
import { entryLink } from '../entry-link';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { accountActiveForm, entryCodeParams, entryPointChangesForm, entryPointForm, pageQuery } from './dashboard-schemas';
import { renderEntryPointsPage } from './entry-points-page';

/**
 * `GET /dashboard/entry-points` and `POST /dashboard/entry-points`: the entry points (QR codes) the
 * signed-in person manages, as in `/api/entry-points` — a coach those of their municipality, the admin
 * all — with the same scope and the same functions (cases/in-beeld/entry-points.ts); an entry point
 * is renamed with `POST .../:code` and switched off (its QR code and poster stop working) or on again
 * with `POST .../:code/active`.
 */
export const entryPointPageRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  const db = deps.database.db;
  // The link is the one the QR code and the poster carry, in Dutch (the posters' language by default).
  const poster = deps.i18n.getFixedT('nl', 'poster');

  app.get('/dashboard/entry-points', { schema: { hide: true, querystring: pageQuery } }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    const scope = await municipalityScope(db, viewer);
    const found = await listEntryPoints(db, { scope });
    const entryPoints = found.map((e) => ({ ...e, chatLink: entryLink({ config: deps.config, code: e.code, t: poster }).url }));
    const choices = 'all' in scope ? municipalities : [scope.municipality];
    return replies.page(reply, renderEntryPointsPage(replies.context(request, reply, staff), { entryPoints, municipalities: choices }));
  });

  app.post('/dashboard/entry-points', { schema: { hide: true, body: entryPointForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return replies.redirect(reply, '/dashboard/entry-points', 'invalid');
    const { viewer } = viewerFor(request);
    return replies.afterPost(reply, '/dashboard/entry-points', async () => {
      // Another municipality's entry point is refused there (AccessDeniedError: the 403 page).
      await createEntryPoint(db, { scope: await municipalityScope(db, viewer), ...request.body });
      return 'entryPointCreated';
    });
  });

  app.post('/dashboard/entry-points/:code/active', { schema: { hide: true, params: entryCodeParams, body: accountActiveForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return replies.redirect(reply, '/dashboard/entry-points', 'invalid');
    const { viewer } = viewerFor(request);
    const active = request.body.active === 'true';
    return replies.afterPost(reply, '/dashboard/entry-points', async () => {
      await updateEntryPoint(db, { scope: await municipalityScope(db, viewer), code: request.params.code, changes: { active } });
      return active ? 'entryPointOn' : 'entryPointOff';
    });
  });

  app.post('/dashboard/entry-points/:code', { schema: { hide: true, params: entryCodeParams, body: entryPointChangesForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return replies.redirect(reply, '/dashboard/entry-points', 'invalid');
    const { viewer } = viewerFor(request);
    return replies.afterPost(reply, '/dashboard/entry-points', async () => {
      await updateEntryPoint(db, { scope: await municipalityScope(db, viewer), code: request.params.code, changes: request.body });
      return 'entryPointChanged';
    });
  });
};
