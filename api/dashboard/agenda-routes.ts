import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addAbsence, getAvailability, listCoachAppointments, removeAbsence, setAvailability } from '../../cases/appointments/appointment-repository';
import { AvailabilityError } from '../../cases/appointments/availability-rules';
import { assertCalendarAccess, changeCalendar } from '../../cases/appointments/calendar-access';
import { findCoachFreeSlots } from '../../cases/appointments/coach-free-slots';
import { inAmsterdam } from '../../cases/calendar/amsterdam-time';
import { NotFoundError } from '../../cases/errors';
import { recordRead } from '../../cases/privacy/audit-log';
import { listFilterCoaches } from '../../cases/staff/filter-coaches';
import { isAdministrator, type Viewer } from '../../cases/staff/viewer';
import { absenceForm, absenceFromForm, absenceParams, agendaQuery, coachParams, hoursForm, weeklyFromForm } from './agenda-forms';
import { renderAgendaPage, renderAgendaPicker } from './agenda-page';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import type { NoticeCode } from './dashboard-replies';

/** How many coming appointments and free times the agenda shows. */
const UPCOMING = 50;
const FREE_SHOWN = 5;

/**
 * `GET /dashboard/agenda` and its forms: a coach's coming appointments, free times, weekly hours and
 * absences. A coach opens their own; an administrator (or team lead) a coach they manage with
 * `?coach=<id>`. Who may change a calendar is decided in cases/appointments/calendar-access.ts,
 * the same check the API's availability routes make.
 */
export const agendaRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  const db = deps.database.db;
  const ownId = (viewer: Viewer) => (viewer.kind === 'coach' ? viewer.coachId : undefined);
  const back = (viewer: Viewer, coachId: string) => (ownId(viewer) === coachId ? '/dashboard/agenda' : `/dashboard/agenda?coach=${coachId}`);
  /** A malformed coach id names nobody (404); a bad form value goes back with a notice. */
  const refused = (request: FastifyRequest, reply: FastifyReply) => {
    const { staff, viewer } = viewerFor(request);
    if (request.validationError?.validationContext === 'params') return replies.errorPage(request, reply, 404, staff);
    return replies.redirect(reply, back(viewer, (request.params as { coachId: string }).coachId), 'invalid');
  };
  /** A refused hours or absence change says what to fix; nothing was written. */
  const explained = async (run: () => Promise<NoticeCode>): Promise<NoticeCode> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof AvailabilityError) return error.problem;
      throw error;
    }
  };

  app.get('/dashboard/agenda', { schema: { hide: true, querystring: agendaQuery } }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    const ctx = replies.context(request, reply, staff);
    const coachId = request.query.coach ?? ownId(viewer);
    const coaches = await listFilterCoaches(db, viewer);
    if (!coachId) return replies.page(reply, renderAgendaPicker(ctx, coaches));
    await assertCalendarAccess(db, { viewer, coachId });
    const coach = coaches.find((c) => c.id === coachId);
    if (!coach) throw new NotFoundError('Coach not found');
    const now = new Date();
    const [availability, appointments, freeSlots] = await Promise.all([
      getAvailability(db, coachId),
      listCoachAppointments(db, { coachId, from: inAmsterdam(now).startOf('day').toJSDate(), limit: UPCOMING }),
      findCoachFreeSlots(db, { coachId, now, count: FREE_SHOWN }),
    ]);
    await recordRead(db, { reader: viewer, action: 'case.appointments_read', caseIds: appointments.map((a) => a.caseId) });
    return replies.page(
      reply,
      renderAgendaPage(ctx, { coach, own: coachId === ownId(viewer), availability, appointments, freeSlots, coaches: isAdministrator(viewer) ? coaches : [] }),
    );
  });

  app.post('/dashboard/agenda/:coachId/hours', { schema: { hide: true, params: coachParams, body: hoursForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const { coachId } = request.params;
    const { slotMinutes, bufferMinutes } = request.body;
    return replies.afterPost(reply, back(viewer, coachId), () =>
      explained(async () => {
        // Power first: someone who may not change this calendar gets the 403 page, whatever they sent.
        await assertCalendarAccess(db, { viewer, coachId });
        const parsed = weeklyFromForm(request.body);
        if ('problem' in parsed) return parsed.problem;
        await changeCalendar(db, { viewer, coachId }, (tx) => setAvailability(tx, { coachId, slotMinutes, bufferMinutes, weekly: parsed.weekly }));
        return 'hoursSaved';
      }),
    );
  });

  app.post('/dashboard/agenda/:coachId/absences', { schema: { hide: true, params: coachParams, body: absenceForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const { coachId } = request.params;
    return replies.afterPost(reply, back(viewer, coachId), () =>
      explained(async () => {
        await assertCalendarAccess(db, { viewer, coachId });
        const days = absenceFromForm(request.body);
        if (!days) return 'invalid';
        await changeCalendar(db, { viewer, coachId }, (tx) => addAbsence(tx, { coachId, ...days, reason: request.body.reason, now: new Date() }));
        return 'absenceAdded';
      }),
    );
  });

  app.post('/dashboard/agenda/:coachId/absences/:absenceId/remove', { schema: { hide: true, params: absenceParams }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const { coachId, absenceId } = request.params;
    return replies.afterPost(reply, back(viewer, coachId), async () => {
      await changeCalendar(db, { viewer, coachId }, (tx) => removeAbsence(tx, { coachId, id: absenceId }));
      return 'absenceRemoved';
    });
  });
};
