import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inzageForWrittenRequest } from '../../cases/privacy/inzage-for-written-request';
import { inzageDocument, inzagePdf } from '../inzage/inzage-document';
import { viewerFor } from './dashboard-access';
import type { DashboardOptions } from './dashboard-options';
import { idParams } from './dashboard-schemas';

/**
 * `GET /dashboard/cases/:id/inzage.pdf`: the case page's link for an admin answering a written
 * request. The same PDF the young person gets; scope and audit in cases/privacy/.
 */
export const inzageDownloadRoutes: FastifyPluginAsyncZod<DashboardOptions> = async (app, { deps, replies }) => {
  app.get('/dashboard/cases/:id/inzage.pdf', { schema: { hide: true, params: idParams }, attachValidation: true }, async (request, reply) => {
    const { staff, viewer } = viewerFor(request);
    if (request.validationError) return replies.errorPage(request, reply, 404, staff);
    const data = await inzageForWrittenRequest(deps.database.db, { viewer, caseId: request.params.id, protector: deps.protector });
    const pdf = await inzagePdf(inzageDocument({ data, i18n: deps.i18n, publicBaseUrl: deps.config.publicBaseUrl, now: new Date() }), deps.config.pdfFont);
    return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="inzage-${request.params.id}.pdf"`).send(pdf);
  });
};
