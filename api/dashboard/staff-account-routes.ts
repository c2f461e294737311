import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import {
  changeStaffAccountRole,
  createStaffAccountAs,
  endStaffSessions,
  getStaffAccount,
  listStaffAccounts,
  resetSecondFactor,
  resetStaffPassword,
  setStaffAccountActive,
} from '../../cases/staff/staff-account-admin';
import { MIN_PASSWORD_LENGTH } from '../../cases/staff/new-password';
import { municipalities, staffRoles } from '../../drizzle/schema';
import type { AppDeps } from '../app';
import { requireBearer } from '../auth';
import { errorDoc, useZod } from '../openapi';

const accountBody = z
  .object({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(200),
    role: z.enum(staffRoles),
    password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(1024),
    coachId: z.uuid().optional(),
    municipality: z.enum(municipalities).optional(),
    oidcSubject: z.string().trim().min(1).max(255).optional().describe("the person's subject (sub) at the organisation's OpenID provider; without it the first single sign-on binds it by verified e-mail"),
  })
  .strict();
const changesBody = z
  .object({
    active: z.boolean().optional().describe('false: the account can no longer sign in and its sessions end at once'),
    role: z.enum(staffRoles).optional().describe('admin and analyst: a global admin only; the sessions end, the new role counts from the next sign-in'),
  })
  .strict();
const idParams = z.object({ id: z.uuid('must be a UUID') });

const account = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(staffRoles),
  coachId: z.uuid().nullable(),
  municipality: z.enum(municipalities).nullable().describe("the linked coach's municipality as it is now, else the account's own; null: both"),
});
const accountView = account.extend({
  active: z.boolean(),
  sessions: z.int().describe('live dashboard sessions'),
  coachActive: z.boolean().nullable().describe('false: the linked coach left, the account cannot be used'),
});

const tags = ['staff accounts'];
const refused = {
  400: errorDoc('Bad input: the message names the field'),
  403: errorDoc('Not an account you manage: a global admin manages all; an admin-coach or team lead the coaches and team leads of their municipality'),
};
const unknown = { 404: errorDoc('No such account') };

/**
 * Dashboard accounts over the API (bearer token): create, list, disable or enable, change role,
 * reset a password, end sessions. Who may touch which account is one rule in
 * cases/staff/staff-account-admin.ts; each action is audited there.
 */
export const staffAccountRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  // /api routes: the bearer token is checked before the body is read, as for the others.
  requireBearer(scope, deps);
  const app = useZod(scope);
  const db = deps.database.db;

  app.post(
    '/api/staff-accounts',
    {
      schema: {
        summary: 'Create a dashboard account: for a coach or team lead (an admin of their municipality), an analyst or admin (a global admin only)',
        operationId: 'createStaffAccount',
        tags,
        body: accountBody,
        response: { 201: z.object({ account }).describe('Created'), ...refused },
      },
    },
    async (request, reply) => {
      const { coachId, municipality, ...rest } = request.body;
      const created = await createStaffAccountAs(db, {
        viewer: request.viewer,
        input: { ...rest, ...(coachId ? { coachId } : {}), ...(municipality ? { municipality } : {}) },
      });
      return reply.status(201).send({ account: created });
    },
  );

  app.get(
    '/api/staff-accounts',
    {
      schema: {
        summary: 'The dashboard accounts you manage',
        operationId: 'listStaffAccounts',
        tags,
        response: { 200: z.object({ accounts: z.array(accountView) }).describe('The accounts'), 403: refused[403] },
      },
    },
    async (request) => ({ accounts: await listStaffAccounts(db, request.viewer) }),
  );

  app.patch(
    '/api/staff-accounts/:id',
    {
      schema: {
        summary: 'Disable or enable an account, or change its role (audited)',
        operationId: 'updateStaffAccount',
        tags,
        params: idParams,
        body: changesBody,
        response: { 200: z.object({ account: accountView }).describe('The account'), ...refused, ...unknown },
      },
    },
    async (request) => {
      const { viewer } = request;
      const accountId = request.params.id;
      const { active, role } = request.body;
      if (role !== undefined) await changeStaffAccountRole(db, { viewer, accountId, role });
      if (active !== undefined) await setStaffAccountActive(db, { viewer, accountId, active });
      return { account: await getStaffAccount(db, { viewer, accountId }) };
    },
  );

  app.post(
    '/api/staff-accounts/:id/password',
    {
      schema: {
        summary:
          'Reset the password: a new random one, shown this once, that only leads to choosing a new password at the next sign-in; the old one stops working and every session ends (audited)',
        operationId: 'resetStaffPassword',
        tags,
        params: idParams,
        response: { 201: z.object({ password: z.string() }).describe('The one-time password'), ...refused, ...unknown },
      },
    },
    async (request, reply) => reply.status(201).send(await resetStaffPassword(db, { viewer: request.viewer, accountId: request.params.id })),
  );

  app.delete(
    '/api/staff-accounts/:id/sessions',
    {
      schema: {
        summary: 'Sign the account out everywhere: every dashboard session ends (audited)',
        operationId: 'endStaffSessions',
        tags,
        params: idParams,
        response: { 200: z.object({ ended: z.int() }).describe('How many sessions ended'), ...refused, ...unknown },
      },
    },
    async (request) => endStaffSessions(db, { viewer: request.viewer, accountId: request.params.id }),
  );

  app.delete(
    '/api/staff-accounts/:id/second-factor',
    {
      schema: {
        summary: 'Remove the second factor (a lost phone): the next sign-in sets up a new one where the role requires it; every session ends (audited)',
        operationId: 'resetStaffSecondFactor',
        tags,
        params: idParams,
        response: { 204: z.null().describe('Removed'), ...refused, ...unknown },
      },
    },
    async (request, reply) => {
      await resetSecondFactor(db, { viewer: request.viewer, accountId: request.params.id });
      return reply.status(204).send(null);
    },
  );
};
