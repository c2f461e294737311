import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { createStaffAccount } from '../../cases/staff/staff-accounts';
import { municipalities, staffRoles } from '../../drizzle/schema';
import type { AppDeps } from '../app';
import { requireAdmin, requireBearer } from '../auth';
import { errorDoc, useZod } from '../openapi';

const accountBody = z
  .object({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(200),
    role: z.enum(staffRoles),
    password: z.string().min(12, 'must be at least 12 characters').max(1024),
    coachId: z.uuid().optional(),
    municipality: z.enum(municipalities).optional(),
    oidcSubject: z.string().trim().min(1).max(255).optional().describe("the person's subject (sub) at the organisation's OpenID provider; without it the first single sign-on binds it by verified e-mail"),
  })
  .strict();

const schema = {
  summary: 'Create a dashboard account (admin): for a coach, team lead, analyst or admin',
  operationId: 'createStaffAccount',
  tags: ['staff accounts'],
  body: accountBody,
  response: {
    201: z
      .object({
        account: z.object({
          id: z.uuid(),
          email: z.string(),
          name: z.string(),
          role: z.enum(staffRoles),
          coachId: z.uuid().nullable(),
          municipality: z.enum(municipalities).nullable(),
        }),
      })
      .describe('Created'),
    400: errorDoc('Bad input: the message names the field'),
    403: errorDoc('Only an admin may do this'),
    409: errorDoc('An account with this e-mail or sign-on subject exists already'),
  },
};

/** `POST /api/staff-accounts` (admin): a dashboard account for a coach, team lead, analyst or admin. */
export const staffAccountRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  // An /api route: the bearer token is checked before the body is read, as for the others.
  requireBearer(scope, deps);
  const app = useZod(scope);
  app.post('/api/staff-accounts', { schema }, async (request, reply) => {
    requireAdmin(request.viewer);
    const { body } = request;
    const account = await createStaffAccount(deps.database.db, {
      email: body.email,
      name: body.name,
      role: body.role,
      password: body.password,
      ...(body.coachId ? { coachId: body.coachId } : {}),
      ...(body.municipality ? { municipality: body.municipality } : {}),
      ...(body.oidcSubject ? { oidcSubject: body.oidcSubject } : {}),
    });
    return reply.status(201).send({ account });
  });
};
