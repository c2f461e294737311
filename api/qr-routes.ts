import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { findEntryPoint, type EntryPoint } from '../cases/in-beeld/entry-points';
import { NotFoundError } from '../cases/errors';
import { isCompleteLanguage } from '../locales';
import type { AppDeps } from './app';
import { entryLink } from './entry-link';
import { errorDoc, useZod } from './openapi';
import { qrPng, renderPoster } from './poster';

const fileParams = z.object({ file: z.string().regex(/^[A-Za-z0-9]{1,16}\.(svg|png)$/, 'must be <code>.svg or <code>.png') });
const posterParams = z.object({ code: z.string().max(16) });
/** The language of the start text and the poster: Dutch unless a complete other language is asked. */
const langQuery = z.object({ lang: z.string().optional().describe('a language code; Dutch unless the language is complete') });

const tags = ['qr codes'];
const notFound = { 400: errorDoc('Not a QR code file name'), 404: errorDoc('Unknown or switched-off entry point') };
const binary = z.string().meta({ format: 'binary' });
const qrSchema = {
  summary: 'The QR code of an entry point (`<code>.svg` or `<code>.png`): it opens the chat with the entry point’s start text',
  operationId: 'getQrCode',
  tags,
  security: [],
  params: fileParams,
  querystring: langQuery,
  response: { 200: { description: 'The QR code', content: { 'image/svg+xml': { schema: z.string() }, 'image/png': { schema: binary } } }, ...notFound },
};
const posterSchema = {
  summary: 'An A4 poster of an entry point with its QR code, to print',
  operationId: 'getQrPoster',
  tags,
  security: [],
  params: posterParams,
  querystring: langQuery,
  response: { 200: { description: 'The poster', content: { 'application/pdf': { schema: binary } } }, ...notFound },
};

// Codes never change what they encode, but an entry point can be switched off: an hour keeps
// posters quick to print and a deactivation takes effect the same day.
const CACHE = 'public, max-age=3600';

/**
 * QR codes and posters of entry points (DESIGN.md contract): `GET /qr/:code.svg`, `GET /qr/:code.png`,
 * `GET /qr/:code/poster.pdf` (A4). Public, no personal data; unknown or inactive codes are 404.
 */
export const qrRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = useZod(scope);
  const activeEntryPoint = async (code: string): Promise<EntryPoint> => {
    const entryPoint = await findEntryPoint(deps.database.db, code);
    if (!entryPoint?.active) throw new NotFoundError('Unknown entry point');
    return entryPoint;
  };
  const linkFor = (code: string, lang: string | undefined) => {
    const t = deps.i18n.getFixedT(isCompleteLanguage(lang) ? lang : 'nl', 'poster');
    return { t, link: entryLink({ config: deps.config, code, t }) };
  };
  const send = (reply: FastifyReply, type: string, body: string | Buffer) =>
    reply.header('content-type', type).header('cache-control', CACHE).send(body);

  app.get('/qr/:file', { schema: qrSchema }, async (request, reply) => {
    const [code = '', extension] = request.params.file.split('.');
    const entryPoint = await activeEntryPoint(code);
    const { link } = linkFor(entryPoint.code, request.query.lang);
    if (extension === 'svg') {
      const svg = await QRCode.toString(link.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
      return send(reply, 'image/svg+xml; charset=utf-8', svg);
    }
    return send(reply, 'image/png', await qrPng(link.url));
  });

  app.get('/qr/:code/poster.pdf', { schema: posterSchema }, async (request, reply) => {
    const entryPoint = await activeEntryPoint(request.params.code);
    const { t, link } = linkFor(entryPoint.code, request.query.lang);
    const pdf = await renderPoster({ t, link, code: entryPoint.code, municipality: entryPoint.municipality });
    return send(reply, 'application/pdf', pdf).header('content-disposition', `inline; filename="poster-${entryPoint.code}.pdf"`);
  });
};
