import { z } from 'zod';
import { optional, safeJson } from './settings';

export interface TwilioConfig {
  accountSid: string;
  authToken: string;
  /** Sender, as `whatsapp:+31...`. */
  whatsappFrom: string;
}

/** The WhatsApp channel through Twilio. */
export interface TwilioChannelConfig {
  twilio: TwilioConfig | undefined;
  /** Base URL of Twilio's REST API; tests point it at a local fake. */
  twilioApiBaseUrl: string | undefined;
  /** Existing Twilio Content SIDs by template name, instead of creating them. */
  contentSids: Record<string, string>;
}

const twilioSchema = z.object({
  TWILIO_ACCOUNT_SID: optional(z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must look like AC followed by 32 hex characters')),
  TWILIO_AUTH_TOKEN: optional(z.string().min(16, 'is too short')),
  TWILIO_WHATSAPP_FROM: optional(z.string().regex(/^(whatsapp:)?\+[1-9]\d{6,14}$/, 'must be a number like whatsapp:+3197010000000')),
  TWILIO_API_BASE_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  TWILIO_CONTENT_SIDS: optional(z.string()),
});

export const twilioSettings = twilioSchema.shape;

/** Reads the Twilio settings; adds what is wrong with them to `problems`. */
export function readTwilioConfig(s: z.infer<typeof twilioSchema>, problems: string[]): TwilioChannelConfig {
  const twilioSet = [s.TWILIO_ACCOUNT_SID, s.TWILIO_AUTH_TOKEN, s.TWILIO_WHATSAPP_FROM];
  if (twilioSet.some(Boolean) && !twilioSet.every(Boolean)) {
    problems.push('TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_WHATSAPP_FROM go together: set all three or none');
  }

  let contentSids: Record<string, string> = {};
  if (s.TWILIO_CONTENT_SIDS) {
    const result = z
      .record(z.string().regex(/^[a-z0-9_]+$/), z.string().regex(/^HX[0-9a-fA-F]{32}$/))
      .safeParse(safeJson(s.TWILIO_CONTENT_SIDS));
    if (result.success) contentSids = result.data;
    else problems.push('TWILIO_CONTENT_SIDS must be JSON like {"handover_coach":"HX…"} with Content SIDs (HX + 32 hex)');
  }

  const twilio =
    s.TWILIO_ACCOUNT_SID && s.TWILIO_AUTH_TOKEN && s.TWILIO_WHATSAPP_FROM
      ? {
          accountSid: s.TWILIO_ACCOUNT_SID,
          authToken: s.TWILIO_AUTH_TOKEN,
          whatsappFrom: s.TWILIO_WHATSAPP_FROM.startsWith('whatsapp:') ? s.TWILIO_WHATSAPP_FROM : `whatsapp:${s.TWILIO_WHATSAPP_FROM}`,
        }
      : undefined;
  return { twilio, twilioApiBaseUrl: s.TWILIO_API_BASE_URL?.replace(/\/$/, ''), contentSids };
}
