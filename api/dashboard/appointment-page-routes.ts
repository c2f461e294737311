import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findAppointment } from '../../cases/appointments/appointment-repository';
import { bookForYoungPerson, SlotNotFreeError } from '../../cases/appointments/book-for-young-person';
import { findFreeSlotAt } from '../../cases/appointments/coach-free-slots';
import { recordNoShow } from '../../cases/appointments/record-no-show';
import { getCase } from '../../cases/case/read-cases';
import { AccessDeniedError, NotFoundError } from '../../cases/errors';
import { assertCanManageCase, caseAccess } from '../../cases/staff/case-access';
import { actorOf } from '../../cases/staff/viewer';
import { bookingForm, bookingQuery } from './agenda-forms';
import { renderBookingConfirmPage } from './appointment-confirm-page';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { idParams } from './dashboard-schemas';

/**
 * Appointments from the case page: book for the young person (choose, confirm, book) and mark that
 * they did not come. The API's routes call the same domain functions (api/appointment-routes.ts).
 */
export const appointmentPageRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  const db = deps.database.db;
  const back = (caseId: string) => `/dashboard/cases/${caseId}`;
  const refused = (request: FastifyRequest, reply: FastifyReply) => {
    if (request.validationError?.validationContext === 'params') return replies.errorPage(request, reply, 404, viewerFor(request).staff);
    return replies.redirect(reply, back((request.params as { id: string }).id), 'invalid');
  };

  app.get('/dashboard/cases/:id/appointments/new', { schema: { hide: true, params: idParams, querystring: bookingQuery }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { staff, viewer } = viewerFor(request);
    const caseId = request.params.id;
    const access = await caseAccess(db, { viewer, caseId });
    if (!access.canManage) throw new AccessDeniedError('not the case’s coach');
    const detail = await getCase(db, { viewer, caseId, protector: deps.protector });
    if (!detail.coach) return replies.redirect(reply, back(caseId), 'conflict');
    const startsAt = new Date(request.query.startsAt);
    // Shown only while the time is still free; the booking itself checks again.
    const slot = await findFreeSlotAt(db, { coachId: detail.coach.id, now: new Date(), startsAt });
    if (!slot) return replies.redirect(reply, back(caseId), 'slotGone');
    if (!slot.places.includes(request.query.place)) return replies.redirect(reply, back(caseId), 'invalid');
    const ctx = replies.context(request, reply, staff);
    return replies.page(reply, renderBookingConfirmPage(ctx, { caseId, name: detail.name, coach: detail.coach, startsAt: slot.startsAt, endsAt: slot.endsAt, place: request.query.place }));
  });

  app.post('/dashboard/cases/:id/appointments', { schema: { hide: true, params: idParams, body: bookingForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const caseId = request.params.id;
    return replies.afterPost(reply, back(caseId), async () => {
      try {
        const booked = await bookForYoungPerson(
          db,
          { protector: deps.protector, i18n: deps.i18n, now: new Date(), publicBaseUrl: deps.config.publicBaseUrl },
          { viewer, caseId, startsAt: new Date(request.body.startsAt), place: request.body.place },
        );
        await deps.enqueueSends(booked.outboundIds).catch((err: unknown) => request.log.warn({ err }, 'send not queued; the relay will'));
        return 'appointmentBooked';
      } catch (error) {
        if (error instanceof SlotNotFreeError) return 'slotGone';
        throw error;
      }
    });
  });

  app.post('/dashboard/appointments/:id/no-show', { schema: { hide: true, params: idParams }, attachValidation: true }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    if (request.validationError) return replies.errorPage(request, reply, 404, staff);
    const appointment = await findAppointment(db, request.params.id);
    if (!appointment) throw new NotFoundError('Appointment not found');
    await assertCanManageCase(db, { viewer, caseId: appointment.caseId });
    return replies.afterPost(reply, back(appointment.caseId), async () => {
      const marked = await recordNoShow(db, { protector: deps.protector, i18n: deps.i18n, now: new Date() }, { appointmentId: appointment.id, actor: actorOf(viewer) });
      await deps.enqueueSends(marked.outboundIds).catch((err: unknown) => request.log.warn({ err }, 'send not queued; the relay will'));
      return 'noShowRecorded';
    });
  });
};
