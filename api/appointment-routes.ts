import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { appointmentIcs } from '../cases/appointments/appointment-ics';
import { queueAppointmentNotice } from '../cases/appointments/appointment-notices';
import {
  addAbsence,
  findAppointment,
  findAppointmentByIcsToken,
  fromClock,
  getAvailability,
  listCaseAppointments,
  markNoShow,
  removeAbsence,
  setAvailability,
  type AppointmentRow,
} from '../cases/appointments/appointment-repository';
import { assertCanManageCase, assertCanReadCase } from '../cases/staff/case-access';
import { NotFoundError } from '../cases/errors';
import { actorOf, isAdministrator, type Viewer } from '../cases/staff/viewer';
import { appointmentPlaces } from '../drizzle/schema';
import type { AppDeps } from './app';
import { authenticate } from './auth';
import { ForbiddenError } from './errors';
import { parseInput } from './validate';

const idParams = z.object({ id: z.uuid() });
const absenceParams = z.object({ id: z.uuid(), absenceId: z.coerce.number().int().positive() });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:MM');
const availabilityBody = z
  .object({
    slotMinutes: z.number().int().min(15).max(240),
    bufferMinutes: z.number().int().min(0).max(120),
    weekly: z
      .array(
        z
          .object({ weekday: z.number().int().min(1).max(7), start: clock, end: clock, places: z.array(z.enum(appointmentPlaces)).min(1).max(5) })
          .strict()
          .refine((h) => fromClock(h.start) < fromClock(h.end), 'start must be before end'),
      )
      .max(50),
  })
  .strict();
const absenceBody = z
  .object({ startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }), reason: z.enum(['verlof', 'training', 'anders']) })
  .strict()
  .refine((a) => new Date(a.startsAt) < new Date(a.endsAt), 'startsAt must be before endsAt');
/** Tokens are 24 random bytes, base64url: 32 characters. */
const icsParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{32}\.ics$/) });

/** A coach manages their own availability; an administrator anyone's. */
function assertOwnCalendar(viewer: Viewer, coachId: string): void {
  if (isAdministrator(viewer) || (viewer.kind === 'coach' && viewer.coachId === coachId)) return;
  throw new ForbiddenError('Only the coach or an admin may manage this availability');
}

const view = (a: AppointmentRow) => ({
  id: a.id,
  caseId: a.caseId,
  coachId: a.coachId,
  startsAt: a.startsAt,
  endsAt: a.endsAt,
  place: a.place,
  status: a.status,
  replacesId: a.replacesId,
  createdAt: a.createdAt,
  cancelledAt: a.cancelledAt,
  noShowAt: a.noShowAt,
});

/**
 * Appointments (issue 5): coaches' availability and absences, a case's appointments, the no-show
 * mark, and the `.ics` file behind the link in the chat (no login: the token is the key).
 */
export const appointmentRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const { db } = deps.database;

  app.get('/ics/:file', async (request, reply) => {
    const parsed = icsParams.safeParse(request.params);
    const found = parsed.success ? await findAppointmentByIcsToken(db, parsed.data.file.slice(0, -4)) : undefined;
    if (!found) throw new NotFoundError('Calendar file not found');
    const t = deps.i18n.getFixedT([found.locale, 'nl'], 'appointment');
    const body = appointmentIcs({
      id: found.id,
      startsAt: found.startsAt,
      endsAt: found.endsAt,
      status: found.status,
      title: t('ics.title', { coach: found.coachFirstName }),
      description: t('ics.description', { coach: found.coachFirstName }),
      location: t(`places.${found.place}`),
    });
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'attachment; filename="afspraak.ics"')
      .header('cache-control', 'no-store')
      .send(body);
  });

  app.get('/api/coaches/:id/availability', async (request) => {
    const viewer = await authenticate(request, deps);
    const { id } = parseInput(idParams, request.params, 'params');
    assertOwnCalendar(viewer, id);
    return getAvailability(db, id);
  });

  app.put('/api/coaches/:id/availability', async (request) => {
    const viewer = await authenticate(request, deps);
    const { id } = parseInput(idParams, request.params, 'params');
    const body = parseInput(availabilityBody, request.body);
    assertOwnCalendar(viewer, id);
    await db.transaction((tx) => setAvailability(tx, { coachId: id, ...body }));
    return getAvailability(db, id);
  });

  app.post('/api/coaches/:id/availability/exceptions', async (request, reply) => {
    const viewer = await authenticate(request, deps);
    const { id } = parseInput(idParams, request.params, 'params');
    const body = parseInput(absenceBody, request.body);
    assertOwnCalendar(viewer, id);
    const created = await addAbsence(db, { coachId: id, startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt), reason: body.reason });
    return reply.code(201).send(created);
  });

  app.delete('/api/coaches/:id/availability/exceptions/:absenceId', async (request, reply) => {
    const viewer = await authenticate(request, deps);
    const { id, absenceId } = parseInput(absenceParams, request.params, 'params');
    assertOwnCalendar(viewer, id);
    await removeAbsence(db, { coachId: id, id: absenceId });
    return reply.code(204).send();
  });

  app.get('/api/cases/:id/appointments', async (request) => {
    const viewer = await authenticate(request, deps);
    const { id } = parseInput(idParams, request.params, 'params');
    await assertCanReadCase(db, { viewer, caseId: id });
    return { appointments: (await listCaseAppointments(db, id)).map(view) };
  });

  app.post('/api/appointments/:id/no-show', async (request) => {
    const viewer = await authenticate(request, deps);
    const { id } = parseInput(idParams, request.params, 'params');
    const appointment = await findAppointment(db, id);
    if (!appointment) throw new NotFoundError('Appointment not found');
    await assertCanManageCase(db, { viewer, caseId: appointment.caseId });
    const now = new Date();
    const { row, outboundIds } = await db.transaction(async (tx) => {
      const marked = await markNoShow(tx, { id, actor: actorOf(viewer), now });
      // Without blame: the young person hears they were missed and how to pick a new time.
      const ids = await queueAppointmentNotice(tx, { protector: deps.protector, i18n: deps.i18n, now }, { appointment: marked, kind: 'no_show' });
      return { row: marked, outboundIds: ids ?? [] };
    });
    await deps.enqueueSends(outboundIds).catch((err: unknown) => request.log.warn({ err }, 'send not queued; the relay will'));
    return { appointment: view(row) };
  });
};
