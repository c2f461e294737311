import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DateTime } from 'luxon';
import { AMSTERDAM_ZONE } from '../../cases/calendar/amsterdam-time';
import { NoCoachAvailableError, NotFoundError } from '../../cases/errors';
import { changeCoach } from '../../cases/handover/change-coach';
import { moveCoach } from '../../cases/handover/move-coach';
import { InvalidPhoneNumberError, listCoaches, type CoachChanges } from '../../cases/staff/coach-repository';
import { createCoachAs } from '../../cases/staff/manage-coaches';
import { manageScope, requireManagesCoach } from '../../cases/staff/municipality-scope';
import { createTeam, listTeams, updateTeam } from '../../cases/staff/team-repository';
import { municipalities } from '../../drizzle/schema';
import { renderCoachesPage, renderCoachPage } from './coaches-page';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import type { NoticeCode } from './dashboard-replies';
import { coachAbsentForm, coachForm, coachLeaveForm, coachMoveForm, coachTeamForm, idParams, pageQuery, teamForm, teamNameForm } from './dashboard-schemas';

/**
 * Coaches and teams for administrators, as `/api/coaches` and `/api/teams`: a global admin every
 * municipality, a team lead their own; anyone else the 403 page. The same domain functions decide who
 * may (cases/staff/municipality-scope.ts) and move a leaving or absent coach's cases to colleagues
 * (cases/handover/change-coach.ts); moving a coach to another municipality stays a global admin's.
 */
export const coachPageRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  const db = deps.database.db;
  const coachT = deps.i18n.getFixedT('nl', 'coach');
  const back = (id: string) => `/dashboard/coaches/${id}`;

  /** A malformed id names no coach (404); a bad form value goes back with a notice. */
  const refused = (request: FastifyRequest, reply: FastifyReply, notice: NoticeCode = 'invalid') => {
    if (request.validationError?.validationContext === 'params') return replies.errorPage(request, reply, 404, viewerFor(request).staff);
    return replies.redirect(reply, back((request.params as { id: string }).id), notice);
  };
  /** A post that may find nobody to take over the cases, or a phone number that is none: told, nothing changed. */
  const change = (reply: FastifyReply, to: string, run: () => Promise<NoticeCode>) =>
    replies.afterPost(reply, to, async () => {
      try {
        return await run();
      } catch (error) {
        if (error instanceof NoCoachAvailableError) return { notice: 'noCoachAvailable', to };
        if (error instanceof InvalidPhoneNumberError) return { notice: 'coachPhoneInvalid', to };
        throw error;
      }
    });
  const changeOf = (request: FastifyRequest, changes: CoachChanges) => async () => {
    const { viewer } = viewerFor(request);
    const { eventIds } = await changeCoach(db, { viewer, protector: deps.protector, coachId: (request.params as { id: string }).id, changes, t: coachT });
    // After commit: the worker tells the new coaches and the young people (the relay catches a miss).
    if (eventIds.length > 0) await deps.enqueueEvents(eventIds).catch((err: unknown) => request.log.warn({ err }, 'events not queued; the relay will'));
    return eventIds;
  };

  app.get('/dashboard/coaches', { schema: { hide: true, querystring: pageQuery } }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    const scope = await manageScope(db, viewer);
    const [coaches, teams] = await Promise.all([listCoaches(db, { viewer, protector: deps.protector }), listTeams(db, viewer)]);
    const choices = 'all' in scope ? municipalities : [scope.municipality];
    return replies.page(reply, renderCoachesPage(replies.context(request, reply, staff), { coaches, teams, municipalities: choices }));
  });

  app.get('/dashboard/coaches/:id', { schema: { hide: true, params: idParams, querystring: pageQuery }, attachValidation: true }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    if (request.validationError) return replies.errorPage(request, reply, 404, staff);
    // Another municipality's coach is the 403 page, an unknown one the 404, as for every change to them.
    await requireManagesCoach(db, viewer, request.params.id);
    const [coaches, teams] = await Promise.all([listCoaches(db, { viewer, protector: deps.protector }), listTeams(db, viewer)]);
    const coach = coaches.find((c) => c.id === request.params.id);
    if (!coach) throw new NotFoundError('Coach not found');
    return replies.page(reply, renderCoachPage(replies.context(request, reply, staff), { coach, teams, canMove: viewer.kind === 'admin' }));
  });

  app.post('/dashboard/coaches', { schema: { hide: true, body: coachForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return replies.redirect(reply, '/dashboard/coaches', 'invalid');
    const { viewer } = viewerFor(request);
    const { teamId, email, whatsapp, ...coach } = request.body;
    return change(reply, '/dashboard/coaches', async () => {
      const input = { ...coach, ...(teamId ? { teamId } : {}), ...(email ? { email } : {}), ...(whatsapp ? { whatsapp } : {}) };
      // The API token it makes is not shown: a coach signs in to the dashboard with an account.
      await createCoachAs(db, { viewer, protector: deps.protector, input, tokenDays: deps.config.staffAccess.tokenDays });
      return 'coachCreated';
    });
  });

  app.post('/dashboard/coaches/:id/team', { schema: { hide: true, params: idParams, body: coachTeamForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const run = changeOf(request, { teamId: request.body.teamId });
    return change(reply, back(request.params.id), async () => (await run(), 'coachChanged'));
  });

  app.post('/dashboard/coaches/:id/absent', { schema: { hide: true, params: idParams, body: coachAbsentForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    // Back on that day, from the start of it in Amsterdam; no day: back now.
    const until = request.body.until ? DateTime.fromISO(request.body.until, { zone: AMSTERDAM_ZONE }).startOf('day').toJSDate() : null;
    const run = changeOf(request, { absentUntil: until });
    return change(reply, back(request.params.id), async () => (await run(), 'coachChanged'));
  });

  app.post('/dashboard/coaches/:id/leave', { schema: { hide: true, params: idParams, body: coachLeaveForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply, 'leaveNotConfirmed');
    const run = changeOf(request, { active: false });
    return change(reply, back(request.params.id), async () => (await run(), 'coachDeactivated'));
  });

  app.post('/dashboard/coaches/:id/move', { schema: { hide: true, params: idParams, body: coachMoveForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const coachId = request.params.id;
    return change(reply, back(coachId), async () => {
      const { eventIds } = await moveCoach(db, { viewer, protector: deps.protector, coachId, municipality: request.body.municipality, teamId: null, t: coachT });
      if (eventIds.length > 0) await deps.enqueueEvents(eventIds).catch((err: unknown) => request.log.warn({ err }, 'events not queued; the relay will'));
      return 'coachMoved';
    });
  });

  app.post('/dashboard/teams', { schema: { hide: true, body: teamForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return replies.redirect(reply, '/dashboard/coaches', 'invalid');
    const { viewer } = viewerFor(request);
    return replies.afterPost(reply, '/dashboard/coaches', async () => {
      await createTeam(db, { viewer, input: request.body });
      return 'teamCreated';
    });
  });

  app.post('/dashboard/teams/:id', { schema: { hide: true, params: idParams, body: teamNameForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError?.validationContext === 'params') return replies.errorPage(request, reply, 404, viewerFor(request).staff);
    if (request.validationError) return replies.redirect(reply, '/dashboard/coaches', 'invalid');
    const { viewer } = viewerFor(request);
    return replies.afterPost(reply, '/dashboard/coaches', async () => {
      await updateTeam(db, { viewer, teamId: request.params.id, changes: { name: request.body.name } });
      return 'teamRenamed';
    });
  });
};
