import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { inzageForWrittenRequest } from '../../cases/privacy/inzage-for-written-request';
import type { AppDeps } from '../app';
import { apiScope } from '../api-scope';
import { idParams } from '../coach-api-schemas';
import { badInput, errorDoc } from '../openapi';
import { inzageDocument, inzagePdf } from './inzage-document';

const binary = z.string().meta({ format: 'binary' });

/**
 * A written request for inzage: an admin of the young person's municipality downloads the same PDF
 * the young person gets through MIJN GEGEVENS, to hand or send to them. Checked and audited in cases/.
 */
export const inzageAdminRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = apiScope(scope, deps);
  app.get(
    '/api/cases/:id/inzage.pdf',
    {
      schema: {
        summary: 'Everything held about the young person of a case, as the PDF they get themselves (admins of their municipality; audited)',
        operationId: 'getCaseInzagePdf',
        tags: ['cases'],
        params: idParams,
        response: {
          200: { description: 'The inzage in the young person’s language', content: { 'application/pdf': { schema: binary } } },
          ...badInput,
          403: errorDoc('Only an admin of the young person’s municipality'),
          404: errorDoc('No such case'),
        },
      },
    },
    async (request, reply) => {
      const data = await inzageForWrittenRequest(deps.database.db, { viewer: request.viewer, caseId: request.params.id, protector: deps.protector });
      const pdf = await inzagePdf(inzageDocument({ data, i18n: deps.i18n, publicBaseUrl: deps.config.publicBaseUrl, now: new Date() }), deps.config.pdfFont);
      return (reply as FastifyReply)
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="inzage-${request.params.id}.pdf"`)
        .send(pdf);
    },
  );
};
