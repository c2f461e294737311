import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import { appointmentRoutes } from './appointment-routes';
import { coachRoutes } from './coach-routes';
import { contactRoutes } from './contact-routes';
import { directoryRoutes } from './directory-routes';
import { entryPointRoutes } from './entry-point-routes';
import { indicatorApiRoutes } from './indicator-routes';
import { inzageAdminRoutes } from './inzage/inzage-admin-routes';
import { messageRoutes } from './message-routes';
import { signalRoutes } from './signal-routes';

/**
 * Everything under `/api`: one scope whose `onRequest` hook requires a bearer token (api/auth.ts), so
 * a route or plugin added here cannot forget it. What a viewer may do with a given case or coach is
 * decided in cases/ with `request.viewer`.
 */
export const apiRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  apiScope(scope, deps);
  await scope.register(coachRoutes, deps);
  await scope.register(messageRoutes, deps);
  await scope.register(contactRoutes, deps);
  await scope.register(entryPointRoutes, deps);
  await scope.register(signalRoutes, deps);
  await scope.register(appointmentRoutes, deps);
  await scope.register(directoryRoutes, deps);
  await scope.register(indicatorApiRoutes, deps);
  await scope.register(inzageAdminRoutes, deps);
};
