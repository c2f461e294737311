import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listCaseAppointments } from '../../cases/appointments/appointment-repository';
import { caseChannel } from '../../cases/case/case-channel';
import { listThread, markThreadRead } from '../../cases/case/case-messages';
import { getCase } from '../../cases/case/read-cases';
import { closeCase } from '../../cases/case/close-case';
import { findRegieHolder } from '../../cases/case/regie-holder';
import { futureBookedAppointmentsOfCase } from '../../cases/appointments/cancel-case-appointments';
import { nazorgOnClosing } from '../../cases/in-beeld/nazorg-outcomes';
import { reopenCase } from '../../cases/case/reopen-case';
import { eraseByLetter } from '../../cases/privacy/erase-by-letter';
import { requireManages } from '../../cases/staff/municipality-scope';
import { assertCanManageCase } from '../../cases/staff/case-access';
import { handOverAtEighteen } from '../../cases/handover/hand-over-at-eighteen';
import { sendCoachMessage } from '../../cases/case/send-coach-message';
import { logContact } from '../../cases/case/log-contact';
import { updateCase } from '../../cases/case/update-case';
import { AccessDeniedError } from '../../cases/errors';
import { getHandover } from '../../cases/handover/handover-repository';
import type { SafetySignalView } from '../../cases/handover/safety-signals';
import { caseAccess } from '../../cases/staff/case-access';
import { actorOf, isAdministrator } from '../../cases/staff/viewer';
import { renderCloseConfirmPage } from './case-close-confirm-page';
import { renderCasePage } from './case-page';
import { loadCaseBooking } from './case-appointments-section';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { closeForm, contactForm, idParams, messageForm, pageQuery, stepForm } from './dashboard-schemas';

/**
 * `GET /dashboard/cases/:id` and the case page's forms: write to the young person, change the step,
 * close, reopen. Who may do what is decided in cases/ (case-access, the case services).
 */
export const casePageRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  const db = deps.database.db;
  const back = (caseId: string) => `/dashboard/cases/${caseId}`;
  /** A malformed id names no case (the same page as an unknown one); a bad form value goes back with a notice. */
  const refused = (request: FastifyRequest, reply: FastifyReply) => {
    const error = request.validationError;
    if (error?.validationContext === 'params') return replies.errorPage(request, reply, 404, viewerFor(request).staff);
    return replies.redirect(reply, back((request.params as { id: string }).id), 'invalid');
  };

  app.get('/dashboard/cases/:id', { schema: { hide: true, params: idParams, querystring: pageQuery }, attachValidation: true }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    if (request.validationError) return replies.errorPage(request, reply, 404, staff);
    const caseId = request.params.id;
    const detail = await getCase(db, { viewer, caseId, protector: deps.protector });
    const [access, messages, appointments, channel, regie] = await Promise.all([
      caseAccess(db, { viewer, caseId }),
      listThread(db, deps.protector, caseId),
      listCaseAppointments(db, caseId),
      caseChannel(db, caseId),
      findRegieHolder(db, caseId),
    ]);
    // The safety signals of its urgent handovers, with the young person's words where this reader may
    // read them (the holder, administrators); each read is audited by the handover's own rule.
    const signals = new Map<string, SafetySignalView[]>();
    for (const handover of detail.handovers.filter((h) => h.reason === 'safety')) {
      const read = await getHandover(db, { viewer, handoverId: handover.id, protector: deps.protector }).catch((error: unknown) => {
        if (error instanceof AccessDeniedError) return undefined;
        throw error;
      });
      if (read?.signals) signals.set(handover.id, read.signals);
    }
    // The case's own coach has now read the young person's messages; a team lead looking along has not.
    if (viewer.kind === 'coach' && detail.coach?.id === viewer.coachId) await markThreadRead(db, caseId);
    const ctx = replies.context(request, reply, staff);
    // Nothing to give once the young person was forgotten.
    const canGiveInzage = access.canManage && isAdministrator(viewer) && !detail.erased;
    // The erase form only for who may use it: the one rule of an administrator's power over a municipality.
    const canErase = !detail.erased && (await requireManages(db, viewer, access.municipality).then(
        () => true,
        (error: unknown) => {
          if (error instanceof AccessDeniedError) return false;
          throw error;
        },
      ));
    const viewerCoachId = viewer.kind === 'coach' ? viewer.coachId : null;
    const booking = await loadCaseBooking(db, { detail, canManage: access.canManage, now: new Date() });
    return replies.page(
      reply,
      renderCasePage(ctx, { detail, messages, appointments, channel, canManage: access.canManage, canErase, canGiveInzage, viewerCoachId, regie, signals, now: new Date(), booking }),
    );
  });

  app.post('/dashboard/cases/:id/messages', { schema: { hide: true, params: idParams, body: messageForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const caseId = request.params.id;
    return replies.afterPost(reply, back(caseId), async () => {
      const access = await caseAccess(db, { viewer, caseId });
      if (!access.canManage) throw new AccessDeniedError('not the case’s coach');
      const coachId = viewer.kind === 'coach' ? viewer.coachId : null;
      const sent = await db.transaction((tx) =>
        sendCoachMessage(tx, { protector: deps.protector, i18n: deps.i18n }, { caseId, coachId, actor: actorOf(viewer), text: request.body.text }),
      );
      await deps.enqueueSends(sent.outboundIds).catch((err: unknown) => request.log.warn({ err }, 'send not queued; the relay will'));
      return sent.delivery === 'chat' ? 'sent' : 'held';
    });
  });

  // "Ik heb gebeld": contact outside the chat, first contact like a message (cases/case/log-contact.ts).
  app.post('/dashboard/cases/:id/contacts', { schema: { hide: true, params: idParams, body: contactForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const caseId = request.params.id;
    const { kind, note } = request.body;
    return replies.afterPost(reply, back(caseId), async () => {
      const access = await caseAccess(db, { viewer, caseId });
      if (!access.canManage) throw new AccessDeniedError('not the case’s coach');
      await db.transaction((tx) => logContact(tx, deps, { caseId, kind, note: note || undefined, actor: actorOf(viewer), now: new Date() }));
      return 'contactLogged';
    });
  });

  app.post('/dashboard/cases/:id/step', { schema: { hide: true, params: idParams, body: stepForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const caseId = request.params.id;
    return replies.afterPost(reply, back(caseId), async () => {
      const { changed } = await updateCase(db, { viewer, caseId, changes: { step: request.body.step } });
      return changed.length ? 'stepChanged' : 'nothingChanged';
    });
  });

  app.post('/dashboard/cases/:id/close', { schema: { hide: true, params: idParams, body: closeForm }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) {
      // No outcome chosen: say so, and nothing changes (there is no default outcome).
      const outcome = (request.body as { outcome?: unknown } | undefined)?.outcome;
      if (request.validationError.validationContext === 'body' && (outcome === undefined || outcome === '')) {
        return replies.redirect(reply, back((request.params as { id: string }).id), 'chooseOutcome');
      }
      return refused(request, reply);
    }
    const { staff, viewer } = viewerFor(request);
    const caseId = request.params.id;
    const { outcome, note, confirm } = request.body;
    if (confirm !== 'yes') {
      // First what will happen, in words; the case closes only from the confirmation.
      await assertCanManageCase(db, { viewer, caseId });
      const detail = await getCase(db, { viewer, caseId, protector: deps.protector });
      if (detail.status === 'closed') return replies.redirect(reply, back(caseId), 'conflict');
      const appointmentsToCancel = await futureBookedAppointmentsOfCase(db, { caseId, now: new Date() });
      return replies.page(
        reply,
        renderCloseConfirmPage(replies.context(request, reply, staff), {
          caseId,
          name: detail.name,
          outcome,
          note,
          nazorg: nazorgOnClosing({ outcome, step: detail.step }),
          nazorgMonths: deps.config.followUp.nazorgMonths,
          appointmentsToCancel: appointmentsToCancel.length,
          openHandovers: detail.handovers.filter((h) => h.status === 'open').length,
        }),
      );
    }
    return replies.afterPost(reply, back(caseId), async () => {
      const closed = await closeCase(db, { viewer, caseId, outcome, protector: deps.protector, i18n: deps.i18n, ...(note ? { note } : {}) });
      await deps.enqueueSends(closed.outboundIds).catch((err: unknown) => request.log.warn({ err }, 'send not queued; the relay will'));
      return closed.nazorgStarted ? 'closedNazorg' : 'closed';
    });
  });

  app.post('/dashboard/cases/:id/reopen', { schema: { hide: true, params: idParams }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const caseId = request.params.id;
    return replies.afterPost(reply, back(caseId), async () => {
      const reopened = await reopenCase(db, { viewer, caseId, t: deps.i18n.getFixedT('nl', 'coach'), protector: deps.protector });
      if (reopened.eventIds.length) await deps.enqueueEvents(reopened.eventIds).catch((err: unknown) => request.log.warn({ err }, 'events not queued; the relay will'));
      return 'reopened';
    });
  });

  app.post('/dashboard/cases/:id/erase', { schema: { hide: true, params: idParams }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const caseId = request.params.id;
    return replies.afterPost(reply, back(caseId), async () => {
      await eraseByLetter(db, { viewer, caseId, i18n: deps.i18n, protector: deps.protector });
      return 'erased';
    });
  });

  app.post('/dashboard/cases/:id/handover-at-18', { schema: { hide: true, params: idParams }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return refused(request, reply);
    const { viewer } = viewerFor(request);
    const caseId = request.params.id;
    // Afterwards the case is the new coach's: back to the list, not to a page this coach may no longer read.
    return replies.afterPost(reply, '/dashboard/cases', async () => {
      const handed = await handOverAtEighteen(db, { viewer, caseId, t: deps.i18n.getFixedT('nl', 'coach'), protector: deps.protector });
      await deps.enqueueEvents(handed.eventIds).catch((err: unknown) => request.log.warn({ err }, 'events not queued; the relay will'));
      return 'handedOver';
    });
  });
};
