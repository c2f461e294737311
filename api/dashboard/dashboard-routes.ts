import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { listCaseAppointments } from '../../cases/appointments/appointment-repository';
import { caseAccess } from '../../cases/staff/case-access';
import { listThread, markThreadRead, unreadThreads } from '../../cases/case/case-messages';
import { caseIntensities, caseOutcomes, caseSteps, getCase, listCases, type CaseFilters } from '../../cases/case/case-repository';
import { listCasusoverleg } from '../../cases/case/casusoverleg';
import { closeCase } from '../../cases/case/close-case';
import { AccessDeniedError, ConflictError, InvalidRequestError, NotFoundError } from '../../cases/errors';
import { acknowledgeHandover } from '../../cases/handover/handover-repository';
import { computeIndicators } from '../../cases/indicators/indicators';
import { reopenCase } from '../../cases/case/reopen-case';
import { sendCoachMessage } from '../../cases/case/send-coach-message';
import { endSession, findSession, signIn, viewerOf, type StaffAccount } from '../../cases/staff/staff-accounts';
import { updateCase } from '../../cases/case/update-case';
import type { Viewer } from '../../cases/staff/viewer';
import { municipalities, type Municipality } from '../../drizzle/schema';
import type { AppDeps } from '../app';
import { renderCasePage } from './case-page';
import { renderCasesPage } from './cases-page';
import { renderCasusoverlegPage } from './casusoverleg-page';
import { loadPageAssets, servePageAssets } from '../page-assets';
import { caseChannel, listFilterCoaches, listInboxHandovers } from './dashboard-queries';
import { clearCookie, LANG_COOKIE, newPreToken, PRE_COOKIE, readCookie, sameToken, SESSION_COOKIE, setCookie } from './dashboard-session';
import { renderInboxPage } from './inbox-page';
import { indicatorRows, indicatorsCsv } from './indicator-rows';
import { municipalityChoices, renderIndicatorsPage } from './indicators-page';
import { layout, type DashboardLang, type PageContext } from './layout';
import { renderSignInPage } from './sign-in-page';
import { staffAccountRoutes } from './staff-account-routes';
import { html } from './html';

// Nothing inline may run or style: a young person's text that slipped through escaping still could not execute.
const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Notices shown after a redirect: codes only, so a link cannot make the page say something else. */
const notices = {
  acknowledged: { kind: 'ok', key: 'inbox.acknowledged' },
  sent: { kind: 'ok', key: 'case.sent' },
  held: { kind: 'ok', key: 'case.held' },
  stepChanged: { kind: 'ok', key: 'case.stepChanged' },
  nothingChanged: { kind: 'ok', key: 'case.nothingChanged' },
  closed: { kind: 'ok', key: 'case.closed' },
  reopened: { kind: 'ok', key: 'case.reopened' },
  signedOut: { kind: 'ok', key: 'signIn.signedOut' },
  conflict: { kind: 'error', key: 'errors.conflict' },
  invalid: { kind: 'error', key: 'errors.invalid' },
  csrf: { kind: 'error', key: 'errors.csrf' },
  invalidSignIn: { kind: 'error', key: 'signIn.invalid' },
  locked: { kind: 'error', key: 'signIn.locked' },
} as const;
type NoticeCode = keyof typeof notices;

const idParams = z.object({ id: z.uuid() });
const caseQuery = z.object({
  status: z.enum(['open', 'referred', 'closed']).optional().catch(undefined),
  step: z.enum(caseSteps).optional().catch(undefined),
  route: z.enum(['school', 'werk', 'leerplicht', 'zorg', 'verwezen', 'onbekend']).optional().catch(undefined),
  intensity: z.enum(caseIntensities).optional().catch(undefined),
  coachId: z.uuid().optional().catch(undefined),
  municipality: z.enum(municipalities).optional().catch(undefined),
  waiting: z.literal('1').optional().catch(undefined),
  buitenBeeld: z.literal('1').optional().catch(undefined),
});
const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const indicatorQuery = z.object({
  municipality: z.enum(['', ...municipalities]).optional().catch(undefined),
  from: dateText.optional().catch(undefined),
  to: dateText.optional().catch(undefined),
});

interface Signed {
  account: StaffAccount;
  csrfToken: string;
  sessionId: string;
}

/**
 * The coaches' and municipality's dashboard (issue 7), server-rendered: `/dashboard/...` pages and
 * form posts (post, redirect, get), plus `POST /api/staff-accounts`. Handlers parse, authorise, call
 * cases/ and render; who may see which case stays in cases/staff/case-access.ts.
 */
export const dashboardRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const db = deps.database.db;
  const assets = loadPageAssets({ script: new URL('./assets/dashboard.js', import.meta.url), style: new URL('./assets/dashboard.css', import.meta.url) });
  await app.register(staffAccountRoutes, deps);

  const langOf = (request: FastifyRequest, reply: FastifyReply): DashboardLang => {
    const asked = (request.query as { lang?: unknown } | undefined)?.lang;
    if (asked === 'nl' || asked === 'en') {
      if (readCookie(request, LANG_COOKIE) !== asked) setCookie(reply, { name: LANG_COOKIE, value: asked, maxAgeSeconds: 365 * 86_400 });
      return asked;
    }
    return readCookie(request, LANG_COOKIE) === 'en' ? 'en' : 'nl';
  };
  const context = (request: FastifyRequest, reply: FastifyReply, signed?: Signed): PageContext => {
    const lang = langOf(request, reply);
    const t = deps.i18n.getFixedT(lang, 'dashboard');
    const code = (request.query as { notice?: unknown } | undefined)?.notice;
    const notice = typeof code === 'string' && code in notices ? notices[code as NoticeCode] : undefined;
    return {
      t,
      lang,
      path: request.url,
      account: signed?.account,
      csrfToken: signed?.csrfToken,
      assetVersion: assets.version,
      notice: notice ? { kind: notice.kind, text: t(notice.key) } : undefined,
    };
  };
  const page = (reply: FastifyReply, body: string, status = 200) =>
    reply
      .status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', contentSecurityPolicy)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .header('x-frame-options', 'DENY')
      .header('referrer-policy', 'no-referrer')
      .send(body);
  const redirect = (reply: FastifyReply, path: string, notice?: NoticeCode) =>
    reply.status(303).header('cache-control', 'no-store').redirect(notice ? `${path}${path.includes('?') ? '&' : '?'}notice=${notice}` : path, 303);
  const errorPage = (request: FastifyRequest, reply: FastifyReply, signed: Signed, status: 403 | 404) => {
    const ctx = context(request, reply, signed);
    const text = ctx.t(status === 404 ? 'errors.notFound' : 'errors.forbidden');
    return page(reply, layout(ctx, { title: text, body: html`<p><a href="/dashboard">${ctx.t('nav.inbox')}</a></p>` }), status);
  };

  /** The signed-in account, or a redirect to the sign-in page (undefined: already answered). */
  const session = async (request: FastifyRequest, reply: FastifyReply): Promise<Signed | undefined> => {
    const sessionId = readCookie(request, SESSION_COOKIE);
    const found = sessionId && sessionId.length <= 128 ? await findSession(db, { sessionId }) : undefined;
    if (!sessionId || !found) {
      await redirect(reply, '/dashboard/sign-in');
      return undefined;
    }
    return { ...found, sessionId };
  };
  /** A person who may see cases (not an analyst), with their case-store viewer. */
  const caseViewer = async (request: FastifyRequest, reply: FastifyReply): Promise<{ signed: Signed; viewer: Viewer } | undefined> => {
    const signed = await session(request, reply);
    if (!signed) return undefined;
    const viewer = viewerOf(signed.account);
    if (!viewer) {
      await errorPage(request, reply, signed, 403);
      return undefined;
    }
    return { signed, viewer };
  };
  /** A form post of the signed-in account with a valid synchronizer token. */
  const formPost = async (request: FastifyRequest, reply: FastifyReply) => {
    const found = await caseViewer(request, reply);
    if (!found) return undefined;
    if (!sameToken((request.body as { _csrf?: unknown } | undefined)?._csrf, found.signed.csrfToken)) {
      await reply.status(403).header('content-type', 'text/plain; charset=utf-8').send(context(request, reply).t('errors.csrf'));
      return undefined;
    }
    return found;
  };
  /** Runs a change; a conflict or bad input goes back to the page with a notice, access errors become pages. */
  const change = async (
    request: FastifyRequest,
    reply: FastifyReply,
    signed: Signed,
    back: string,
    run: () => Promise<NoticeCode | { notice: NoticeCode; to: string }>,
  ) => {
    try {
      const done = await run();
      return await (typeof done === 'string' ? redirect(reply, back, done) : redirect(reply, done.to, done.notice));
    } catch (error) {
      if (error instanceof ConflictError) return redirect(reply, back, 'conflict');
      if (error instanceof InvalidRequestError) return redirect(reply, back, 'invalid');
      if (error instanceof NotFoundError) return errorPage(request, reply, signed, 404);
      if (error instanceof AccessDeniedError) return errorPage(request, reply, signed, 403);
      throw error;
    }
  };

  servePageAssets(app, assets, { script: '/dashboard/assets/dashboard.js', style: '/dashboard/assets/dashboard.css' });

  // ── Sign-in ──
  app.get('/dashboard/sign-in', async (request, reply) => {
    const preToken = newPreToken();
    setCookie(reply, { name: PRE_COOKIE, value: preToken, maxAgeSeconds: 3600 });
    return page(reply, renderSignInPage(context(request, reply), { preToken }));
  });

  app.post('/dashboard/sign-in', async (request, reply) => {
    const body = (request.body ?? {}) as { email?: unknown; password?: unknown; _csrf?: unknown };
    if (!sameToken(body._csrf, readCookie(request, PRE_COOKIE))) return redirect(reply, '/dashboard/sign-in', 'csrf');
    const email = typeof body.email === 'string' ? body.email.slice(0, 320) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1024) : '';
    const result = await signIn(db, { email, password });
    if (!result.ok) {
      const ctx = context(request, reply);
      const preToken = newPreToken();
      setCookie(reply, { name: PRE_COOKIE, value: preToken, maxAgeSeconds: 3600 });
      ctx.notice = { kind: 'error', text: ctx.t(result.reason === 'locked' ? 'signIn.locked' : 'signIn.invalid') };
      return page(reply, renderSignInPage(ctx, { preToken, email }), result.reason === 'locked' ? 429 : 401);
    }
    clearCookie(reply, PRE_COOKIE);
    setCookie(reply, { name: SESSION_COOKIE, value: result.sessionId });
    return redirect(reply, result.account.role === 'analyst' ? '/dashboard/indicators' : '/dashboard/inbox');
  });

  app.post('/dashboard/sign-out', async (request, reply) => {
    const signed = await session(request, reply);
    if (!signed) return reply;
    if (!sameToken((request.body as { _csrf?: unknown } | undefined)?._csrf, signed.csrfToken)) return redirect(reply, '/dashboard/inbox', 'csrf');
    await endSession(db, signed.sessionId);
    clearCookie(reply, SESSION_COOKIE);
    return redirect(reply, '/dashboard/sign-in', 'signedOut');
  });

  app.get('/dashboard', async (request, reply) => {
    const signed = await session(request, reply);
    if (!signed) return reply;
    return redirect(reply, signed.account.role === 'analyst' ? '/dashboard/indicators' : '/dashboard/inbox');
  });

  // ── Inbox ──
  app.get('/dashboard/inbox', async (request, reply) => {
    const found = await caseViewer(request, reply);
    if (!found) return reply;
    const { viewer, signed } = found;
    const coachId = viewer.kind === 'coach' && !viewer.isAdmin ? viewer.coachId : undefined;
    const [handovers, unread] = await Promise.all([listInboxHandovers(db, viewer), unreadThreads(db, coachId ? { coachId } : {})]);
    return page(reply, renderInboxPage(context(request, reply, signed), { handovers, unread, now: new Date() }));
  });

  app.post('/dashboard/handovers/:id/acknowledge', async (request, reply) => {
    const found = await formPost(request, reply);
    if (!found) return reply;
    const { id } = parseParams(request);
    return change(request, reply, found.signed, '/dashboard/inbox', async () => {
      const handover = await acknowledgeHandover(db, { viewer: found.viewer, handoverId: id });
      // Picked up: straight on to the case, to contact the young person.
      return { notice: 'acknowledged', to: `/dashboard/cases/${handover.caseId}` };
    });
  });

  // ── Cases ──
  app.get('/dashboard/cases', async (request, reply) => {
    const found = await caseViewer(request, reply);
    if (!found) return reply;
    const q = caseQuery.parse(request.query ?? {});
    const filters: CaseFilters = Object.fromEntries(
      Object.entries({ ...q, waiting: q.waiting ? true : undefined, buitenBeeld: q.buitenBeeld ? true : undefined }).filter(([, v]) => v !== undefined),
    ) as CaseFilters;
    const [list, coaches] = await Promise.all([listCases(db, { viewer: found.viewer, ...filters }), listFilterCoaches(db, found.viewer)]);
    return page(reply, renderCasesPage(context(request, reply, found.signed), { cases: list, filters, coaches }));
  });

  app.get('/dashboard/cases/:id', async (request, reply) => {
    const found = await caseViewer(request, reply);
    if (!found) return reply;
    const parsed = idParams.safeParse(request.params);
    if (!parsed.success) return errorPage(request, reply, found.signed, 404);
    const caseId = parsed.data.id;
    const { viewer } = found;
    try {
      const detail = await getCase(db, { viewer, caseId, protector: deps.protector });
      const [access, messages, appointments, channel] = await Promise.all([
        caseAccess(db, { viewer, caseId }),
        listThread(db, deps.protector, caseId),
        listCaseAppointments(db, caseId),
        caseChannel(db, caseId),
      ]);
      if (viewer.kind === 'coach' && detail.coach?.id === viewer.coachId) await markThreadRead(db, caseId);
      return page(reply, renderCasePage(context(request, reply, found.signed), { detail, messages, appointments, channel, canManage: access.canManage, now: new Date() }));
    } catch (error) {
      if (error instanceof NotFoundError) return errorPage(request, reply, found.signed, 404);
      if (error instanceof AccessDeniedError) return errorPage(request, reply, found.signed, 403);
      throw error;
    }
  });

  app.post('/dashboard/cases/:id/messages', async (request, reply) => {
    const found = await formPost(request, reply);
    if (!found) return reply;
    const { id } = parseParams(request);
    const text = String((request.body as { text?: unknown }).text ?? '').trim();
    return change(request, reply, found.signed, `/dashboard/cases/${id}`, async () => {
      if (text.length === 0 || text.length > 1500) throw new InvalidRequestError('text');
      const access = await caseAccess(db, { viewer: found.viewer, caseId: id });
      if (!access.canManage) throw new AccessDeniedError('not the case’s coach');
      const coachId = found.viewer.kind === 'coach' ? found.viewer.coachId : null;
      const sent = await db.transaction((tx) =>
        sendCoachMessage(tx, { protector: deps.protector, i18n: deps.i18n }, { caseId: id, coachId, actor: coachId ?? 'admin', text }),
      );
      await deps.enqueueSends(sent.outboundIds).catch((err: unknown) => request.log.warn({ err }, 'send not queued; the relay will'));
      return sent.delivery === 'chat' ? 'sent' : 'held';
    });
  });

  app.post('/dashboard/cases/:id/step', async (request, reply) => {
    const found = await formPost(request, reply);
    if (!found) return reply;
    const { id } = parseParams(request);
    const step = z.enum(caseSteps).safeParse((request.body as { step?: unknown }).step);
    return change(request, reply, found.signed, `/dashboard/cases/${id}`, async () => {
      if (!step.success) throw new InvalidRequestError('step');
      const { changed } = await updateCase(db, { viewer: found.viewer, caseId: id, changes: { step: step.data } });
      return changed.length ? 'stepChanged' : 'nothingChanged';
    });
  });

  app.post('/dashboard/cases/:id/close', async (request, reply) => {
    const found = await formPost(request, reply);
    if (!found) return reply;
    const { id } = parseParams(request);
    const body = request.body as { outcome?: unknown; note?: unknown };
    const outcome = z.enum(caseOutcomes).safeParse(body.outcome);
    const note = typeof body.note === 'string' ? body.note.trim().slice(0, 2000) : '';
    return change(request, reply, found.signed, `/dashboard/cases/${id}`, async () => {
      if (!outcome.success) throw new InvalidRequestError('outcome');
      await closeCase(db, { viewer: found.viewer, caseId: id, outcome: outcome.data, protector: deps.protector, ...(note ? { note } : {}) });
      return 'closed';
    });
  });

  app.post('/dashboard/cases/:id/reopen', async (request, reply) => {
    const found = await formPost(request, reply);
    if (!found) return reply;
    const { id } = parseParams(request);
    return change(request, reply, found.signed, `/dashboard/cases/${id}`, async () => {
      const reopened = await reopenCase(db, { viewer: found.viewer, caseId: id, t: deps.i18n.getFixedT('nl', 'coach') });
      if (reopened.eventIds.length) await deps.enqueueEvents(reopened.eventIds).catch((err: unknown) => request.log.warn({ err }, 'events not queued; the relay will'));
      return 'reopened';
    });
  });

  // ── Casusoverleg ──
  app.get('/dashboard/casusoverleg', async (request, reply) => {
    const found = await caseViewer(request, reply);
    if (!found) return reply;
    const items = await listCasusoverleg(db, { viewer: found.viewer });
    return page(reply, renderCasusoverlegPage(context(request, reply, found.signed), { items }));
  });

  // ── Indicators (every role; no personal data) ──
  const indicatorInput = (request: FastifyRequest, account: StaffAccount) => {
    const q = indicatorQuery.parse(request.query ?? {});
    const zone = 'Europe/Amsterdam';
    const today = DateTime.now().setZone(zone).startOf('day');
    const parse = (s: string | undefined) => (s ? DateTime.fromISO(s, { zone }) : undefined);
    const to = parse(q.to)?.isValid ? parse(q.to)! : today;
    const fromAsked = parse(q.from);
    const from = fromAsked?.isValid && fromAsked <= to ? fromAsked : to.minus({ days: 89 });
    // Admins choose; everyone else sees their own municipality (an account without one: both).
    const fixed = account.role === 'admin' ? null : account.municipality;
    const municipality = (fixed ?? (q.municipality || undefined)) as Municipality | undefined;
    return {
      query: { municipality, from: from.toJSDate(), to: to.plus({ days: 1 }).toJSDate() },
      form: { municipality: municipality ?? '', from: from.toISODate()!, to: to.toISODate()! },
      choices: municipalityChoices(fixed),
    };
  };

  app.get('/dashboard/indicators', async (request, reply) => {
    const signed = await session(request, reply);
    if (!signed) return reply;
    const ctx = context(request, reply, signed);
    const input = indicatorInput(request, signed.account);
    const indicators = await computeIndicators(db, input.query);
    const coachNames = signed.account.role !== 'analyst';
    const rows = indicatorRows(indicators, ctx.t, { coachNames });
    return page(reply, renderIndicatorsPage(ctx, { indicators, rows, form: input.form, choices: input.choices, coachNames }));
  });

  app.get('/dashboard/indicators.csv', async (request, reply) => {
    const signed = await session(request, reply);
    if (!signed) return reply;
    const ctx = context(request, reply, signed);
    const input = indicatorInput(request, signed.account);
    const indicators = await computeIndicators(db, input.query);
    const rows = indicatorRows(indicators, ctx.t, { coachNames: signed.account.role !== 'analyst' });
    const csv = indicatorsCsv({ municipality: input.form.municipality || 'all', from: input.form.from, to: input.form.to }, rows);
    const name = `indicatoren-${input.form.municipality || 'alle'}-${input.form.from}-${input.form.to}.csv`;
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(csv);
  });
};

function parseParams(request: FastifyRequest): { id: string } {
  const parsed = idParams.safeParse(request.params);
  // A malformed id names no case: the same answer as an unknown one.
  if (!parsed.success) throw new NotFoundError('Not found');
  return parsed.data;
}
