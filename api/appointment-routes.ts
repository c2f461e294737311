import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { appointmentIcs } from '../cases/appointments/appointment-ics';
import {
  addAbsence,
  findAppointment,
  findAppointmentByIcsToken,
  fromClock,
  getAvailability,
  listCaseAppointments,
  removeAbsence,
  setAvailability,
  type AppointmentRow,
} from '../cases/appointments/appointment-repository';
import { bookForYoungPerson } from '../cases/appointments/book-for-young-person';
import { recordNoShow } from '../cases/appointments/record-no-show';
import { assertCanManageCase, assertCanReadCase } from '../cases/staff/case-access';
import { NotFoundError } from '../cases/errors';
import { recordRead } from '../cases/privacy/audit-log';
import { actorOf } from '../cases/staff/viewer';
import { assertCalendarAccess, changeCalendar } from '../cases/appointments/calendar-access';
import { appointmentPlaces, appointmentStatuses } from '../drizzle/schema';
import type { AppDeps } from './app';
import { apiScope } from './api-scope';
import { idParams } from './coach-api-schemas';
import { badInput, errorDoc, noContent, useZod } from './openapi';

const tags = ['appointments'];
const absenceParams = z.object({ id: z.uuid('must be a UUID'), absenceId: z.coerce.number().int().positive() });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:MM');
const weeklyHours = z
  .object({
    weekday: z.number().int().min(1).max(7).describe('1 Monday … 7 Sunday'),
    start: clock.describe('local time in Europe/Amsterdam'),
    end: clock.describe('local time in Europe/Amsterdam'),
    places: z.array(z.enum(appointmentPlaces)).min(1).max(5),
  })
  .strict();
const availabilityBody = z
  .object({
    slotMinutes: z.number().int().min(15).max(240),
    bufferMinutes: z.number().int().min(0).max(120),
    weekly: z.array(weeklyHours.refine((h) => fromClock(h.start) < fromClock(h.end), 'start must be before end')).max(50),
  })
  .strict();
const absenceReason = z.enum(['verlof', 'training', 'anders']);
const absenceBody = z
  .object({ startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }), reason: absenceReason })
  .strict()
  .refine((a) => new Date(a.startsAt) < new Date(a.endsAt), 'startsAt must be before endsAt');
const bookingBody = z
  .object({
    startsAt: z.iso.datetime({ offset: true }).describe('the start of one of the coach’s free slots'),
    place: z.enum(appointmentPlaces).describe('one of the places the coach offers at that time'),
  })
  .strict();
/** Anything: a link that is not a calendar file's is a 404 like an unknown one. */
const icsParams = z.object({ file: z.string().describe('<token>.ics, from the link in the chat') });
/** Tokens are 24 random bytes, base64url: 32 characters. */
const ICS_FILE = /^[A-Za-z0-9_-]{32}\.ics$/;

const availabilityAnswer = z.object({
  coachId: z.uuid(),
  slotMinutes: z.int(),
  bufferMinutes: z.int(),
  weekly: z.array(weeklyHours),
  absences: z.array(z.object({ id: z.int(), startsAt: z.date(), endsAt: z.date(), reason: absenceReason })).describe('absences that have not ended'),
});
const appointmentAnswer = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  coachId: z.uuid(),
  startsAt: z.date(),
  endsAt: z.date(),
  place: z.enum(appointmentPlaces),
  status: z.enum(appointmentStatuses),
  replacesId: z.uuid().nullable().describe('the appointment this one moved'),
  createdAt: z.date(),
  cancelledAt: z.date().nullable(),
  noShowAt: z.date().nullable(),
});
const notOwnCalendar = { 403: errorDoc('Only the coach or an admin of their municipality may manage this availability'), 404: errorDoc('No such coach') };

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

/** The `.ics` file behind the link in the chat: no login, the token is the key. */
export const calendarFileRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = useZod(scope);
  const { db } = deps.database;

  app.get(
    '/ics/:file',
    {
      schema: {
        summary: 'The appointment as a calendar file (the link in the chat; the token is the key)',
        operationId: 'getAppointmentCalendarFile',
        tags,
        security: [],
        params: icsParams,
        response: {
          200: { description: 'The appointment (cancelled: a cancellation)', content: { 'text/calendar': { schema: z.string() } } },
          404: errorDoc('No such calendar file'),
        },
      },
    },
    async (request, reply) => {
      const { file } = request.params;
      const found = ICS_FILE.test(file) ? await findAppointmentByIcsToken(db, file.slice(0, -4)) : undefined;
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
    },
  );
};

/** Appointments: coaches' availability and absences, a case's appointments, the no-show mark. */
export const appointmentRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = apiScope(scope, deps);
  const { db } = deps.database;

  app.get(
    '/api/coaches/:id/availability',
    {
      schema: {
        summary: 'A coach’s weekly hours, slot settings and coming absences',
        operationId: 'getCoachAvailability',
        tags,
        params: idParams,
        response: { 200: availabilityAnswer.describe('The availability'), ...badInput, ...notOwnCalendar },
      },
    },
    async (request) => {
      const { id } = request.params;
      await assertCalendarAccess(db, { viewer: request.viewer, coachId: id });
      return getAvailability(db, id);
    },
  );

  app.put(
    '/api/coaches/:id/availability',
    {
      schema: {
        summary: 'Replace a coach’s weekly hours and slot settings (absences stay)',
        operationId: 'setCoachAvailability',
        tags,
        params: idParams,
        body: availabilityBody,
        response: { 200: availabilityAnswer.describe('The availability after the change'), ...badInput, ...notOwnCalendar },
      },
    },
    async (request) => {
      const { id } = request.params;
      await changeCalendar(db, { viewer: request.viewer, coachId: id }, (tx) => setAvailability(tx, { coachId: id, ...request.body }));
      return getAvailability(db, id);
    },
  );

  app.post(
    '/api/coaches/:id/availability/exceptions',
    {
      schema: {
        summary: 'Add an absence (leave, training): no appointments are offered in it',
        operationId: 'addCoachAbsence',
        tags,
        params: idParams,
        body: absenceBody,
        response: { 201: z.object({ id: z.int() }).describe('Added'), ...badInput, ...notOwnCalendar },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { startsAt, endsAt, reason } = request.body;
      const created = await changeCalendar(db, { viewer: request.viewer, coachId: id }, (tx) =>
        addAbsence(tx, { coachId: id, startsAt: new Date(startsAt), endsAt: new Date(endsAt), reason, now: new Date() }),
      );
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/api/coaches/:id/availability/exceptions/:absenceId',
    {
      schema: {
        summary: 'Remove an absence',
        operationId: 'removeCoachAbsence',
        tags,
        params: absenceParams,
        response: { 204: noContent('Removed'), ...badInput, 403: notOwnCalendar[403], 404: errorDoc('No such absence') },
      },
    },
    async (request, reply) => {
      const { id, absenceId } = request.params;
      await changeCalendar(db, { viewer: request.viewer, coachId: id }, (tx) => removeAbsence(tx, { coachId: id, id: absenceId }));
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/cases/:id/appointments',
    {
      schema: {
        summary: 'A case’s appointments, moved and cancelled ones included',
        operationId: 'listCaseAppointments',
        tags,
        params: idParams,
        response: {
          200: z.object({ appointments: z.array(appointmentAnswer) }).describe('The appointments'),
          ...badInput,
          403: errorDoc('Not a case you may read'),
          404: errorDoc('No such case'),
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      await assertCanReadCase(db, { viewer: request.viewer, caseId: id });
      const appointments = await listCaseAppointments(db, id);
      await recordRead(db, { reader: request.viewer, action: 'case.appointments_read', caseId: id });
      return { appointments: appointments.map(view) };
    },
  );

  app.post(
    '/api/cases/:id/appointments',
    {
      schema: {
        summary: 'Book for the young person at one of their coach’s free slots; the young person is told in the chat',
        operationId: 'bookCaseAppointment',
        tags,
        params: idParams,
        body: bookingBody,
        response: {
          201: z.object({ appointment: appointmentAnswer }).describe('Booked'),
          ...badInput,
          403: errorDoc('Not a case you may manage'),
          404: errorDoc('No such case'),
          409: errorDoc('The time is not free, or the case is not open'),
        },
      },
    },
    async (request, reply) => {
      const booked = await bookForYoungPerson(
        db,
        { protector: deps.protector, i18n: deps.i18n, now: new Date(), publicBaseUrl: deps.config.publicBaseUrl },
        { viewer: request.viewer, caseId: request.params.id, startsAt: new Date(request.body.startsAt), place: request.body.place },
      );
      await deps.enqueueSends(booked.outboundIds).catch((err: unknown) => request.log.warn({ err }, 'send not queued; the relay will'));
      return reply.code(201).send({ appointment: view(booked.appointment) });
    },
  );

  app.post(
    '/api/appointments/:id/no-show',
    {
      schema: {
        summary: 'Mark that the young person did not come: they get a message, without blame, on how to pick a new time',
        operationId: 'markAppointmentNoShow',
        tags,
        params: idParams,
        response: {
          200: z.object({ appointment: appointmentAnswer }).describe('The appointment'),
          ...badInput,
          403: errorDoc('Not a case you may manage'),
          404: errorDoc('No such appointment'),
          409: errorDoc('The appointment is not booked, or has not started yet'),
        },
      },
    },
    async (request) => {
      const { viewer } = request;
      const appointment = await findAppointment(db, request.params.id);
      if (!appointment) throw new NotFoundError('Appointment not found');
      await assertCanManageCase(db, { viewer, caseId: appointment.caseId });
      const marked = await recordNoShow(db, { protector: deps.protector, i18n: deps.i18n, now: new Date() }, { appointmentId: appointment.id, actor: actorOf(viewer) });
      await deps.enqueueSends(marked.outboundIds).catch((err: unknown) => request.log.warn({ err }, 'send not queued; the relay will'));
      return { appointment: view(marked.appointment) };
    },
  );
};
