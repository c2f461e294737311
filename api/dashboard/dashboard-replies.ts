import type { FastifyReply, FastifyRequest } from 'fastify';
import type { i18n } from 'i18next';
import { ConflictError, InvalidRequestError } from '../../cases/errors';
import type { StaffAccount } from '../../cases/staff/staff-accounts';
import { html } from './html';
import { LANG_COOKIE, LANG_COOKIE_SECONDS, SESSION_COOKIE, type DashboardCookies } from './dashboard-session';
import { layout, type DashboardLang, type PageContext } from './layout';

/** Notices shown after a redirect: codes only, so a link cannot make the page say something else. */
const notices = {
  acknowledged: { kind: 'ok', key: 'inbox.acknowledged' },
  sent: { kind: 'ok', key: 'case.sent' },
  held: { kind: 'ok', key: 'case.held' },
  contactLogged: { kind: 'ok', key: 'firstContact.logged' },
  stepChanged: { kind: 'ok', key: 'case.stepChanged' },
  nothingChanged: { kind: 'ok', key: 'case.nothingChanged' },
  closed: { kind: 'ok', key: 'case.closed' },
  closedNazorg: { kind: 'ok', key: 'case.closedNazorg' },
  chooseOutcome: { kind: 'error', key: 'case.chooseOutcome' },
  reopened: { kind: 'ok', key: 'case.reopened' },
  erased: { kind: 'ok', key: 'case.erasedDone' },
  handedOver: { kind: 'ok', key: 'case.handedOverAt18' },
  directorySaved: { kind: 'ok', key: 'directory.saved' },
  signedOut: { kind: 'ok', key: 'signIn.signedOut' },
  accountDeactivated: { kind: 'ok', key: 'accounts.deactivated' },
  accountReactivated: { kind: 'ok', key: 'accounts.reactivated' },
  roleChanged: { kind: 'ok', key: 'accounts.roleChanged' },
  sessionsEnded: { kind: 'ok', key: 'accounts.sessionsEnded' },
  secondFactorReset: { kind: 'ok', key: 'accounts.secondFactorReset' },
  passwordTooShort: { kind: 'error', key: 'newPassword.tooShort' },
  passwordMismatch: { kind: 'error', key: 'newPassword.mismatch' },
  passwordSame: { kind: 'error', key: 'newPassword.same' },
  passwordChanged: { kind: 'ok', key: 'newPassword.changed' },
  sessionEnded: { kind: 'ok', key: 'signIn.sessionEnded' },
  conflict: { kind: 'error', key: 'errors.conflict' },
  invalid: { kind: 'error', key: 'errors.invalid' },
  csrf: { kind: 'error', key: 'errors.csrf' },
  invalidSignIn: { kind: 'error', key: 'signIn.invalid' },
  locked: { kind: 'error', key: 'signIn.locked' },
  invalidCode: { kind: 'error', key: 'secondFactor.invalid' },
  secondFactorOn: { kind: 'ok', key: 'secondFactor.on' },
  hoursSaved: { kind: 'ok', key: 'agenda.notices.hoursSaved' },
  hoursOrder: { kind: 'error', key: 'agenda.notices.hoursOrder' },
  hoursOverlap: { kind: 'error', key: 'agenda.notices.hoursOverlap' },
  hoursIncomplete: { kind: 'error', key: 'agenda.notices.hoursIncomplete' },
  placesMissing: { kind: 'error', key: 'agenda.notices.placesMissing' },
  absenceAdded: { kind: 'ok', key: 'agenda.notices.absenceAdded' },
  absenceRemoved: { kind: 'ok', key: 'agenda.notices.absenceRemoved' },
  absenceOrder: { kind: 'error', key: 'agenda.notices.absenceOrder' },
  absencePast: { kind: 'error', key: 'agenda.notices.absencePast' },
  appointmentBooked: { kind: 'ok', key: 'agenda.notices.booked' },
  slotGone: { kind: 'error', key: 'agenda.notices.slotGone' },
  noShowRecorded: { kind: 'ok', key: 'agenda.notices.noShowRecorded' },
  entryPointCreated: { kind: 'ok', key: 'entryPoints.created' },
  entryPointOn: { kind: 'ok', key: 'entryPoints.switchedOn' },
  entryPointChanged: { kind: 'ok', key: 'entryPoints.changed' },
  entryPointOff: { kind: 'ok', key: 'entryPoints.switchedOff' },
  coachCreated: { kind: 'ok', key: 'coaches.created' },
  coachChanged: { kind: 'ok', key: 'coaches.changed' },
  coachDeactivated: { kind: 'ok', key: 'coaches.deactivated' },
  coachMoved: { kind: 'ok', key: 'coaches.moved' },
  coachPhoneInvalid: { kind: 'error', key: 'coaches.phoneInvalid' },
  noCoachAvailable: { kind: 'error', key: 'coaches.noCoachAvailable' },
  leaveNotConfirmed: { kind: 'error', key: 'coaches.leaveNotConfirmed' },
  teamCreated: { kind: 'ok', key: 'coaches.teamCreated' },
  teamRenamed: { kind: 'ok', key: 'coaches.teamRenamed' },
} as const;
export type NoticeCode = keyof typeof notices;

/** The signed-in person of a dashboard request. */
export interface StaffSession {
  account: StaffAccount;
  csrfToken: string;
  sessionId: string;
}

/**
 * How the dashboard answers: a page in the person's language (from `?lang=`, kept in a cookie), a
 * redirect after a post with a notice code, an error page. Shared by the dashboard's route plugins.
 */
export function dashboardReplies(input: { i18n: i18n; cookies: DashboardCookies; assetVersion: string }) {
  const { cookies } = input;

  const langOf = (request: FastifyRequest, reply: FastifyReply): DashboardLang => {
    const asked = (request.query as { lang?: unknown } | undefined)?.lang;
    const kept = request.cookies[LANG_COOKIE];
    if (asked === 'nl' || asked === 'en') {
      if (kept !== asked) cookies.set(reply, { name: LANG_COOKIE, value: asked, maxAgeSeconds: LANG_COOKIE_SECONDS });
      return asked;
    }
    return kept === 'en' ? 'en' : 'nl';
  };

  const context = (request: FastifyRequest, reply: FastifyReply, staff?: StaffSession): PageContext => {
    const lang = langOf(request, reply);
    const t = input.i18n.getFixedT(lang, 'dashboard');
    const code = (request.query as { notice?: unknown } | undefined)?.notice;
    const notice = typeof code === 'string' && Object.hasOwn(notices, code) ? notices[code as NoticeCode] : undefined;
    return {
      t,
      lang,
      path: request.url,
      account: staff?.account,
      csrfToken: staff?.csrfToken,
      assetVersion: input.assetVersion,
      notice: notice ? { kind: notice.kind, text: t(notice.key) } : undefined,
    };
  };

  // The security headers (CSP and the rest) come from api/security-headers.ts; pages hold personal data, so no cache.
  const page = (reply: FastifyReply, body: string, status = 200) =>
    reply.status(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(body);

  const redirect = (reply: FastifyReply, path: string, notice?: NoticeCode) =>
    reply.header('cache-control', 'no-store').redirect(notice ? `${path}${path.includes('?') ? '&' : '?'}notice=${notice}` : path, 303);

  /** An error page with a way back; `status` is a 4xx (404 not found, 403 not allowed, others: check the input). */
  const errorPage = (request: FastifyRequest, reply: FastifyReply, status: number, staff?: StaffSession) => {
    const ctx = context(request, reply, staff);
    const text = ctx.t(status === 404 ? 'errors.notFound' : status === 403 ? 'errors.forbidden' : 'errors.invalid');
    return page(reply, layout(ctx, { title: text, body: html`<p><a href="/dashboard">${ctx.t('nav.inbox')}</a></p>` }), status);
  };

  /**
   * After a form post (post, redirect, get): runs the change and goes to the page it names, or back
   * with a notice when it conflicts or was not accepted. Not found and not allowed are thrown on to
   * the dashboard's error handler, which shows their pages.
   */
  const afterPost = async (reply: FastifyReply, back: string, run: () => Promise<NoticeCode | { notice: NoticeCode; to: string }>) => {
    try {
      const done = await run();
      return typeof done === 'string' ? redirect(reply, back, done) : redirect(reply, done.to, done.notice);
    } catch (error) {
      if (error instanceof ConflictError) return redirect(reply, back, 'conflict');
      if (error instanceof InvalidRequestError) return redirect(reply, back, 'invalid');
      throw error;
    }
  };

  /** The session cookie goes when its session has ended: the next visit starts clean. */
  const clearSession = (reply: FastifyReply) => cookies.clear(reply, SESSION_COOKIE);

  return { context, page, redirect, errorPage, afterPost, clearSession };
}
export type DashboardReplies = ReturnType<typeof dashboardReplies>;
