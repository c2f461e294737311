import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { receiveInbound } from '../messages/receive-inbound';
import { recordDeliveryStatus } from '../messages/delivery-status';
import type { AppDeps } from './app';
import { ForbiddenError, NotStoredError } from './errors';
import { parseInput } from './validate';
import { verifyTwilioSignature } from './verify-twilio-signature';

const inboundSchema = z.object({
  MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'must be a Twilio message SID'),
  From: z.string().regex(/^whatsapp:\+[1-9]\d{6,14}$/, 'must be a WhatsApp sender like whatsapp:+316…'),
  Body: z.string().max(4096).default(''),
  /** The id of a tapped quick-reply button (our choice id). */
  ButtonPayload: z.string().max(256).optional(),
  ProfileName: z.string().max(200).optional(),
  /** The id of a picked list-picker item (our choice id); `ListTitle` is its title, also in Body. */
  ListId: z.string().max(256).optional(),
});

const statusSchema = z.object({
  MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'must be a Twilio message SID'),
  MessageStatus: z.string().min(1).max(32),
  ErrorCode: z.string().max(16).optional(),
});

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

/** Twilio's WhatsApp webhook and status callback (DESIGN.md rules 1 and 6). */
export const twilioRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  /** Form fields as Twilio signed them; repeated keys keep their first value. */
  const signedParams = (request: FastifyRequest): Record<string, string> => {
    const body = request.body;
    if (!body || typeof body !== 'object') throw new ForbiddenError('Invalid Twilio signature');
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
      params[key] = Array.isArray(value) ? String(value[0]) : String(value);
    }
    return params;
  };

  const verify = (request: FastifyRequest): Record<string, string> => {
    const twilio = deps.config.twilio;
    const signature = request.headers['x-twilio-signature'];
    // Without an auth token nothing can be verified, so nothing is accepted.
    if (!twilio || typeof signature !== 'string' || request.headers['content-type']?.startsWith('application/x-www-form-urlencoded') !== true) {
      throw new ForbiddenError('Invalid Twilio signature');
    }
    const params = signedParams(request);
    const url = `${deps.config.publicBaseUrl}${request.url}`;
    if (!verifyTwilioSignature({ authToken: twilio.authToken, url, params, signature })) {
      throw new ForbiddenError('Invalid Twilio signature');
    }
    return params;
  };

  app.post('/twilio/whatsapp', async (request, reply) => {
    const message = parseInput(inboundSchema, verify(request));
    let received;
    try {
      received = await receiveInbound(deps.database.db, deps.protector, {
        channel: 'whatsapp',
        address: message.From.slice('whatsapp:'.length),
        externalId: message.MessageSid,
        text: message.Body,
        displayName: message.ProfileName,
        payload: message.ButtonPayload || message.ListId || undefined,
      });
    } catch (error) {
      request.log.error({ err: error }, 'inbound message not stored');
      throw new NotStoredError();
    }
    if (received.inboundId !== undefined) {
      // After the commit; if this fails the relay queues the turn later.
      deps.enqueueTurn({ conversationId: received.conversationId, inboundId: received.inboundId }).catch((err: unknown) =>
        request.log.warn({ err }, 'turn not queued; the relay will'),
      );
    }
    return reply.type('text/xml').send(EMPTY_TWIML);
  });

  app.post('/twilio/status', async (request, reply) => {
    const update = parseInput(statusSchema, verify(request));
    await recordDeliveryStatus(deps.database.db, {
      providerSid: update.MessageSid,
      status: update.MessageStatus,
      errorCode: update.ErrorCode,
    });
    return reply.code(204).send();
  });
};
