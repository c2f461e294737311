import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { mediaKindOf, mediaPayload } from '../bot/inbound-media';
import { createInboundBatcher } from '../messages/inbound-batcher';
import { receiveInbound, receiveInboundBatch, type InboundMessage, type ReceivedInbound } from '../messages/receive-inbound';
import { recordDeliveryStatus } from '../messages/delivery-status';
import type { AppDeps } from './app';
import { ForbiddenError, NotStoredError } from './errors';
import { errorDoc, noContent, useZod } from './openapi';
import { withoutControlCharacters } from './reject-control-characters';
import { verifyTwilioSignature } from './verify-twilio-signature';

const messageSid = z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'must be a Twilio message SID');

// Twilio sends more fields (AccountSid, To, ...); they are signed, and dropped here.
const inboundSchema = z.object({
  MessageSid: messageSid,
  From: z.string().regex(/^whatsapp:\+[1-9]\d{6,14}$/, 'must be a WhatsApp sender like whatsapp:+316…'),
  Body: z.string().max(4096).default(''),
  /** The id of a tapped quick-reply button (our choice id). */
  ButtonPayload: z.string().max(256).optional(),
  ProfileName: z.string().max(200).optional(),
  /** The id of a picked list-picker item (our choice id); `ListTitle` is its title, also in Body. */
  ListId: z.string().max(256).optional(),
  /** A voice note, photo or file: how many, and the first one's type (the media is not downloaded). */
  NumMedia: z.string().max(4).optional(),
  MediaContentType0: z.string().max(200).optional(),
});

const statusSchema = z.object({
  MessageSid: messageSid,
  MessageStatus: z.string().min(1).max(32),
  ErrorCode: z.string().max(16).optional(),
});

/** Only documents the header: the signature is checked before the body is validated. */
const signedHeaders = z.looseObject({
  'x-twilio-signature': z.string().describe('HMAC-SHA1 of PUBLIC_BASE_URL + path and the form fields, with the Twilio auth token'),
});

function mediaPayloadOf(message: { NumMedia?: string | undefined; MediaContentType0?: string | undefined }): string | undefined {
  const kind = mediaKindOf({ numMedia: message.NumMedia, contentType: message.MediaContentType0 });
  return kind ? mediaPayload(kind) : undefined;
}

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';
/** At most this many messages in one transaction: a burst is stored in a few commits, none of them long. */
const INBOUND_BATCH_MAX = 64;
const tags = ['twilio'];
const badSignature = { 403: errorDoc('No valid X-Twilio-Signature') };

/** Twilio's WhatsApp webhook and status callback (DESIGN.md rules 1 and 6). */
export const twilioRoutes: FastifyPluginAsync<AppDeps> = async (scope, deps) => {
  const app = useZod(scope);
  const { db } = deps.database;

  // Messages that arrive together are stored in one transaction, and their turns queued in one call
  // after the commit; if that fails the relay queues them later.
  const inbound = createInboundBatcher<InboundMessage, ReceivedInbound>({
    windowMs: deps.config.inboundBatchMs,
    maxBatch: INBOUND_BATCH_MAX,
    store: {
      many: (messages) => receiveInboundBatch(db, deps.protector, messages),
      one: (message) => receiveInbound(db, deps.protector, message),
      groupOf: (message) => `${message.channel}:${message.address}`,
    },
    afterCommit: (received) => {
      const turns = received.flatMap(({ conversationId, inboundId }) => (inboundId === undefined ? [] : [{ conversationId, inboundId }]));
      if (turns.length === 0) return;
      deps.enqueueTurns(turns).catch((err: unknown) => deps.logger.warn({ err, turns: turns.length }, 'turns not queued; the relay will'));
    },
  });

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

  // Before validation: an unsigned request is a 403 whatever its body; a signed one is then validated
  // as the fields Twilio signed.
  app.addHook('preValidation', async (request, reply) => {
    deps.limits?.webhook(request, reply);
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
    request.body = params;
  });

  app.post(
    '/twilio/whatsapp',
    {
      schema: {
        summary: 'Twilio’s WhatsApp webhook: an inbound message, acknowledged once it is stored',
        operationId: 'receiveWhatsappMessage',
        tags,
        security: [],
        headers: signedHeaders,
        consumes: ['application/x-www-form-urlencoded'],
        body: inboundSchema,
        response: {
          200: { description: 'Stored (or a repeated MessageSid, ignored): empty TwiML', content: { 'text/xml': { schema: z.string() } } },
          400: errorDoc('Signed, but not a message: the message names the field'),
          ...badSignature,
          503: errorDoc('Not stored: Twilio retries'),
        },
      },
    },
    async (request, reply) => {
      const message = request.body;
      try {
        await inbound.receive({
          channel: 'whatsapp',
          address: message.From.slice('whatsapp:'.length),
          externalId: message.MessageSid,
          text: withoutControlCharacters(message.Body),
          displayName: message.ProfileName && withoutControlCharacters(message.ProfileName),
          payload: message.ButtonPayload || message.ListId || mediaPayloadOf(message),
        });
      } catch (error) {
        request.log.error({ err: error }, 'inbound message not stored');
        throw new NotStoredError();
      }
      return reply.type('text/xml').send(EMPTY_TWIML);
    },
  );

  app.post(
    '/twilio/status',
    {
      schema: {
        summary: 'Twilio’s status callback: the delivery status of a message we sent',
        operationId: 'receiveMessageStatus',
        tags,
        security: [],
        headers: signedHeaders,
        consumes: ['application/x-www-form-urlencoded'],
        body: statusSchema,
        response: { 204: noContent('Recorded'), 400: errorDoc('Signed, but not a status: the message names the field'), ...badSignature },
      },
    },
    async (request, reply) => {
      const update = request.body;
      await recordDeliveryStatus(deps.database.db, {
        providerSid: update.MessageSid,
        status: update.MessageStatus,
        errorCode: update.ErrorCode,
      });
      return reply.code(204).send();
    },
  );
};
