import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changeStaffAccountRole,
  endStaffSessions,
  getStaffAccount,
  grantableRoles,
  listStaffAccounts,
  resetSecondFactor,
  resetStaffPassword,
  setStaffAccountActive,
} from '../../cases/staff/staff-account-admin';
import { renderAccountPage, renderAccountsPage } from './accounts-page';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { accountActiveForm, accountRoleForm, idParams, pageQuery } from './dashboard-schemas';

/**
 * `GET /dashboard/accounts` and an account's page with its forms: disable or enable, change role,
 * reset the password or the second factor, end its sessions. Who may touch which account is decided in
 * cases/staff/staff-account-admin.ts (a plain coach gets the 403 page); each action is audited there.
 */
export const accountRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  const db = deps.database.db;
  const back = (id: string) => `/dashboard/accounts/${id}`;
  /** A malformed id names no account (the same page as an unknown one); a bad form value goes back with a notice. */
  const refused = (request: FastifyRequest, reply: FastifyReply) => {
    if (request.validationError?.validationContext === 'params') return replies.errorPage(request, reply, 404, viewerFor(request).staff);
    return replies.redirect(reply, back((request.params as { id: string }).id), 'invalid');
  };

  app.get('/dashboard/accounts', { schema: { hide: true, querystring: pageQuery } }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    const accounts = await listStaffAccounts(db, viewer);
    return replies.page(reply, renderAccountsPage(replies.context(request, reply, staff), { accounts }));
  });

  app.get('/dashboard/accounts/:id', { schema: { hide: true, params: idParams, querystring: pageQuery }, attachValidation: true }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    if (request.validationError) return replies.errorPage(request, reply, 404, staff);
    const account = await getStaffAccount(db, { viewer, accountId: request.params.id });
    return replies.page(reply, renderAccountPage(replies.context(request, reply, staff), { account, roles: grantableRoles(viewer) }));
  });

  app.post('/dashboard/accounts/:id/active', { schema: { hide: true, params: idParams, body: accountActiveForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const accountId = request.params.id;
    const active = request.body.active === 'true';
    return replies.afterPost(reply, back(accountId), async () => {
      await setStaffAccountActive(db, { viewer, accountId, active });
      return active ? 'accountReactivated' : 'accountDeactivated';
    });
  });

  app.post('/dashboard/accounts/:id/role', { schema: { hide: true, params: idParams, body: accountRoleForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const accountId = request.params.id;
    return replies.afterPost(reply, back(accountId), async () => {
      await changeStaffAccountRole(db, { viewer, accountId, role: request.body.role });
      return 'roleChanged';
    });
  });

  // The new password is shown on the page this post answers, once: never in a redirect's URL.
  app.post('/dashboard/accounts/:id/password', { schema: { hide: true, params: idParams }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { staff, viewer } = viewerFor(request);
    const accountId = request.params.id;
    const { password } = await resetStaffPassword(db, { viewer, accountId });
    // Resetting one's own password ends one's own session too: the next page asks to sign in again.
    const account = await getStaffAccount(db, { viewer, accountId });
    return replies.page(reply, renderAccountPage(replies.context(request, reply, staff), { account, roles: grantableRoles(viewer), newPassword: password }));
  });

  app.post('/dashboard/accounts/:id/sessions', { schema: { hide: true, params: idParams }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const accountId = request.params.id;
    return replies.afterPost(reply, back(accountId), async () => {
      await endStaffSessions(db, { viewer, accountId });
      return 'sessionsEnded';
    });
  });

  app.post('/dashboard/accounts/:id/second-factor', { schema: { hide: true, params: idParams }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const accountId = request.params.id;
    return replies.afterPost(reply, back(accountId), async () => {
      await resetSecondFactor(db, { viewer, accountId });
      return 'secondFactorReset';
    });
  });
};
