import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { collectYoungPersonData } from '../../cases/privacy/collect-young-person-data';
import { findInzageSession, INZAGE_SESSION_MINUTES, inzageLinkState, openInzageLink } from '../../cases/privacy/inzage-links';
import { isLanguage, translationChain, type Language } from '../../locales';
import type { AppDeps } from '../app';
import { useZod } from '../openapi';
import type { PageAssets } from '../page-assets';
import { browserLanguage as preferredLanguage } from '../public-page';
import { inzageDocument, inzagePdf } from './inzage-document';
import { renderInzageGonePage, renderInzageOpenPage, renderInzagePage } from './inzage-page';

const COOKIE = 'inzage';
const PAGE = '/mijn-gegevens';
const PDF = '/mijn-gegevens/document.pdf';

const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) });
// Pages for people, not an API: left out of the OpenAPI document.
const page = { hide: true } as const;

/**
 * The young person's own data (inzage), reached through the one-time link the chat sent:
 * `GET /mijn-gegevens/<token>` shows a button (nothing is used yet), `POST` uses the link and gives
 * this browser a short-lived http-only cookie, which opens `GET /mijn-gegevens` and its PDF. A used
 * or expired link, or a session whose time is up, gets a page that says what to do, and changes nothing.
 */
export function inzageRoutes(scope: FastifyInstance, deps: AppDeps, assets: PageAssets): void {
  const app = useZod(scope);
  const db = deps.database.db;
  const cookie: CookieSerializeOptions = {
    path: PAGE,
    httpOnly: true,
    // Strict: the cookie is set and used on our own pages only, never on a request from another site.
    sameSite: 'strict',
    secure: new URL(deps.config.publicBaseUrl).protocol === 'https:',
    maxAge: INZAGE_SESSION_MINUTES * 60,
  };
  const t = (lang: Language) => deps.i18n.getFixedT(translationChain({ lang }), 'privacy');
  /** For a link or session we cannot place: the language the browser asks for. */
  const browserLanguage = (request: FastifyRequest): Language => preferredLanguage(request.headers['accept-language']);
  const asLanguage = (locale: string | undefined, request: FastifyRequest): Language => (isLanguage(locale) ? locale : browserLanguage(request));
  const htmlPage = (reply: FastifyReply, status: number, body: string) =>
    reply.code(status).header('content-type', 'text/html; charset=utf-8').header('x-robots-tag', 'noindex, nofollow').send(body);
  const gone = (reply: FastifyReply, lang: Language, reason: 'usedText' | 'sessionEnded') =>
    htmlPage(reply, 410, renderInzageGonePage({ t: t(lang), lang, assets, reason }));

  app.get(`${PAGE}/:token`, { schema: { ...page, params: tokenParams } }, async (request, reply) => {
    await deps.limits?.inzage(request, reply);
    const { state, locale } = await inzageLinkState(db, { token: request.params.token, now: new Date() });
    const lang = asLanguage(locale, request);
    if (state !== 'open') return gone(reply, lang, 'usedText');
    return htmlPage(reply, 200, renderInzageOpenPage({ t: t(lang), lang, assets, action: `${PAGE}/${request.params.token}`, minutes: INZAGE_SESSION_MINUTES }));
  });

  app.post(`${PAGE}/:token`, { schema: { ...page, params: tokenParams } }, async (request, reply) => {
    await deps.limits?.inzage(request, reply);
    const opened = await openInzageLink(db, { token: request.params.token, now: new Date() });
    if (!opened.ok) return gone(reply, browserLanguage(request), 'usedText');
    return reply.setCookie(COOKIE, opened.sessionId, cookie).redirect(PAGE, 303);
  });

  /** The session's conversation and everything held, or a page that says the time is up. */
  const load = async (request: FastifyRequest) => {
    const sessionId = request.cookies[COOKIE];
    const now = new Date();
    const session = sessionId ? await findInzageSession(db, { sessionId, now }) : undefined;
    if (!session) return undefined;
    const data = await collectYoungPersonData(db, { conversationId: session.conversationId, protector: deps.protector });
    return inzageDocument({ data, i18n: deps.i18n, publicBaseUrl: deps.config.publicBaseUrl, now });
  };

  app.get(PAGE, { schema: page }, async (request, reply) => {
    await deps.limits?.inzage(request, reply);
    const document = await load(request);
    if (!document) return gone(reply, browserLanguage(request), 'sessionEnded');
    const lang = document.lang as Language;
    return htmlPage(reply, 200, renderInzagePage({ t: t(lang), lang, assets, sections: document.sections, made: document.made, pdfHref: PDF }));
  });

  app.get(PDF, { schema: page }, async (request, reply) => {
    await deps.limits?.inzage(request, reply);
    const document = await load(request);
    if (!document) return gone(reply, browserLanguage(request), 'sessionEnded');
    const pdf = await inzagePdf(document, deps.config.pdfFont);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', 'attachment; filename="mijn-gegevens.pdf"')
      .header('x-robots-tag', 'noindex, nofollow')
      .send(pdf);
  });
}
