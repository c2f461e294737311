import { z } from 'zod';
import { optional } from './settings';

/**
 * A handover to a coach and what follows it: by when a coach answers, how often that is checked,
 * and how a coach is told (e-mail, bundled notices).
 */
export interface CoachHandoverConfig {
  /** Response times of a handover (working days: weekends and Dutch public holidays excluded). */
  handover: HandoverSlaConfig;
  /** SMTP for e-mail to coaches; undefined means e-mails stay queued and are not sent. */
  smtpUrl: string | undefined;
  /**
   * Whether `smtp://` must switch to TLS (STARTTLS) before it logs in and sends (SMTP_REQUIRE_TLS,
   * default true): an e-mail to a coach names a young person's case. `false` only for a relay on
   * the same host.
   */
  smtpRequireTls: boolean;
  /** Sender of e-mails, as `Name <address>`. */
  mailFrom: string;
  /** How often (seconds) open handovers are checked against their deadline. */
  slaCheckSeconds: number;
  /** How notices to a coach about their young people are bundled (cases/coach-notices/). */
  coachNotices: CoachNoticeConfig;
}

export interface HandoverSlaConfig {
  /** Working days from the handover to the coach's first contact (`dueAt`); after it the coach gets a reminder. */
  responseDays: number;
  /** Working days after `dueAt` before the team lead is told. */
  escalateAfterDays: number;
  /**
   * Hours within office hours in which an urgent (safety) handover is due (URGENT_RESPONSE_HOURS);
   * the rule is cases/handover/response-due-at.ts. Optional only so that callers built before it
   * existed keep working: absent means {@link DEFAULT_URGENT_RESPONSE_HOURS}.
   */
  urgentResponseHours?: number;
}

/** Notices to a coach about what their young people did (a message, an appointment booked, moved or cancelled, erasure). */
export interface CoachNoticeConfig {
  /**
   * Minutes a coach's notice waits for more of the same before it goes out as one (NOTICE_BUNDLE_MINUTES,
   * default 10, 1 to 240): three messages in a row are one WhatsApp, not three. Outside office hours a
   * notice waits for the next opening anyway (cases/handover/response-due-at.ts).
   */
  bundleMinutes: number;
}

export const defaultCoachNoticeConfig: CoachNoticeConfig = { bundleMinutes: 10 };

/** URGENT_RESPONSE_HOURS when unset: a danger signal is read the same working day. */
export const DEFAULT_URGENT_RESPONSE_HOURS = 4;

const handoverSchema = z.object({
  HANDOVER_RESPONSE_DAYS: z.coerce.number().int().min(1).max(30).default(2),
  HANDOVER_ESCALATE_AFTER_DAYS: z.coerce.number().int().min(1).max(30).default(1),
  URGENT_RESPONSE_HOURS: z.coerce.number().min(0.25).max(8).default(DEFAULT_URGENT_RESPONSE_HOURS),
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: 'must be a URL like smtp://user:pass@host:587 or smtps://…:465' })),
  SMTP_REQUIRE_TLS: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'must be an address, or Name <address>')
    .default('Jongerenloket <noreply@jongerenloket.local>'),
  SLA_CHECK_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  NOTICE_BUNDLE_MINUTES: z.coerce.number().int().min(1).max(240).default(defaultCoachNoticeConfig.bundleMinutes),
});

export const handoverSettings = handoverSchema.shape;

export function readHandoverConfig(s: z.infer<typeof handoverSchema>): CoachHandoverConfig {
  return {
    handover: { responseDays: s.HANDOVER_RESPONSE_DAYS, escalateAfterDays: s.HANDOVER_ESCALATE_AFTER_DAYS, urgentResponseHours: s.URGENT_RESPONSE_HOURS },
    smtpUrl: s.SMTP_URL,
    smtpRequireTls: s.SMTP_REQUIRE_TLS === 'true',
    mailFrom: s.MAIL_FROM,
    slaCheckSeconds: s.SLA_CHECK_SECONDS,
    coachNotices: { bundleMinutes: s.NOTICE_BUNDLE_MINUTES },
  };
}
