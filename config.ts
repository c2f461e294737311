import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { staffRoles, type StaffRole } from './drizzle/schema';
import { nightSheltersSchema, type NightShelters } from './flows/safety/emergency-message';

/**
 * Every setting of the product, read once from the environment at start and passed in.
 * Nothing else reads `process.env` (DESIGN.md rule 7).
 */
export interface Config {
  /** TCP port of the api (default 3000). */
  port: number;
  /**
   * Interface the api binds to (HOST). Default 127.0.0.1 for the embedded demo (no DATABASE_URL), so a
   * laptop's demo is not open to the network; 0.0.0.0 with DATABASE_URL.
   */
  host: string;
  /**
   * Which proxies in front of the api are trusted for the client's address (TRUST_PROXY): `false`
   * (default: the socket's address, an `X-Forwarded-For` is ignored), a number of hops, or addresses
   * and CIDR ranges. Only what is configured is believed, so a spoofed header cannot enter the logs
   * or the rate limits.
   */
  trustProxy: boolean | number | string[];
  /** The URL Twilio calls; `X-Twilio-Signature` is computed over this + the path. */
  publicBaseUrl: string;
  /** PostgreSQL connection; unset means embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  /** Where embedded PostgreSQL and generated secrets live (default `.data`). */
  dataDir: string;
  /** Redis for BullMQ; unset means BullMQ's PostgreSQL backend on the same database. */
  redisUrl: string | undefined;
  twilio: TwilioConfig | undefined;
  /** Base URL of Twilio's REST API; tests point it at a local fake. */
  twilioApiBaseUrl: string | undefined;
  /** Existing Twilio Content SIDs by template name, instead of creating them. */
  contentSids: Record<string, string>;
  /**
   * Each municipality's night shelter (NIGHT_SHELTERS, JSON), named to a young person who sleeps rough
   * or ran away; where none is set the safety message names the Sociaal loket.
   */
  nightShelters: NightShelters;
  /** Bootstrap admin bearer token; generated into `dataDir` in embedded mode. */
  adminToken: string | undefined;
  /**
   * The current 32-byte key for encryption at rest and keyed hashes: DATA_KEY, or read from the file
   * DATA_KEY_FILE (one of the two). Generated into `dataDir` in embedded mode when neither is set.
   */
  dataKey: Buffer | undefined;
  /**
   * Keys that only still read (DATA_KEYS_PREVIOUS, comma-separated; or DATA_KEY_PREVIOUS_FILE, one per
   * line): after DATA_KEY changes, what the old key encrypted stays readable until `npm run keys:rotate`
   * re-encrypted it; then they are removed.
   */
  previousDataKeys: Buffer[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Redis key prefix of the queues: environments sharing one Redis differ here (on PostgreSQL they have their own database). */
  queuePrefix: string;
  /** How many jobs one worker process handles at once, per queue. */
  workerConcurrency: number;
  /**
   * The webhook stores messages that arrive together in one transaction (messages/inbound-batcher.ts):
   * how long a message waits for company when nothing is being stored (0: each on its own).
   */
  inboundBatchMs: number;
  /** Seconds after which the relay re-enqueues rows left unprocessed. */
  relayAfterSeconds: number;
  /** After this much silence in the middle of a flow, a returning young person is asked to continue or start again. */
  resumeAfterMs: number;
  /** After this much silence an unfinished flow is forgotten. */
  flowExpiresAfterMs: number;
  /** Response times of a handover (working days: weekends and Dutch public holidays excluded). */
  handover: HandoverSlaConfig;
  /**
   * A TrueType font for PDFs a young person gets (their inzage), with the letters of every language we
   * speak: Latin with Turkish and Polish letters, Cyrillic, Arabic (PDF_FONT; default DejaVu Sans where
   * the system has it). Undefined: PDFs use Helvetica, which shows Dutch and English only.
   */
  pdfFont: string | undefined;
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
  /** Re-approach after silence and nazorg check-ins. */
  followUp: FollowUpConfig;
  /** How long personal data is kept, and erasure on request (README, "Retention"; docs/privacy.md). */
  retention: RetentionConfig;
  /** How long staff stay signed in and how long bearer tokens last. */
  staffAccess: StaffAccessConfig;
  /** Single sign-on for the dashboard (OpenID Connect); undefined: local passwords only. */
  oidc: OidcConfig | undefined;
}

/** Sessions and tokens end; the rules are in cases/staff/staff-accounts.ts and coach-repository.ts. */
export interface StaffAccessConfig {
  /** A dashboard session without a request for this long ends (SESSION_IDLE_MINUTES, default 30). */
  sessionIdleMinutes: number;
  /** A dashboard session ends this long after sign-in, however busy (SESSION_MAX_HOURS, default 12). */
  sessionMaxHours: number;
  /**
   * Days a coach's bearer token lasts from when it was issued (TOKEN_DAYS, default 90); the coach
   * rotates it before then. ADMIN_TOKEN is a bootstrap setting and does not expire.
   */
  tokenDays: number;
  /** Dashboard roles that must use a second factor (TOTP) with a local password (TOTP_REQUIRED_ROLES, default admin). */
  totpRequiredRoles: StaffRole[];
}

export const defaultStaffAccess: StaffAccessConfig = { sessionIdleMinutes: 30, sessionMaxHours: 12, tokenDays: 90, totpRequiredRoles: ['admin'] };

/** The organisation's OpenID provider (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: all three or none). */
export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /**
   * What in the ID token shows that the provider asked a second factor (RFC 8176 `amr` values,
   * OIDC_SECOND_FACTOR_AMR, default `mfa`; or `acr` values, OIDC_SECOND_FACTOR_ACR, default none). A
   * sign-in without it is treated as a password alone: the dashboard then asks its own code where the
   * role or the account needs one (cases/staff/single-sign-on.ts).
   */
  secondFactor: { amr: string[]; acr: string[] };
}

/** Keeping young people in view (re-approach, nazorg). */
export interface FollowUpConfig {
  /** Days of silence (mid-flow or after an invitation) before each friendly reminder (REAPPROACH_AFTER_DAYS). */
  reapproachAfterDays: number;
  /** Days of silence after a match before one re-approach message (REAPPROACH_MATCH_AFTER_DAYS). */
  reapproachMatchAfterDays: number;
  /** Months after entering nazorg at which a check-in goes out (NAZORG_MONTHS, e.g. 1,3,6,12). */
  nazorgMonths: number[];
  /** How often (seconds) the re-approach and nazorg sweeps run (FOLLOW_UP_CHECK_SECONDS); 0 starts no scheduler. */
  checkSeconds: number;
}

export const defaultFollowUpConfig: FollowUpConfig = {
  reapproachAfterDays: 3,
  reapproachMatchAfterDays: 28,
  nazorgMonths: [1, 3, 6, 12],
  checkSeconds: 900,
};

/**
 * Personal data has an end (DESIGN.md rule 10). Each period is counted from the last thing that
 * happened; the README says why each default is what it is, and which the municipality sets.
 */
export interface RetentionConfig {
  /**
   * Days a conversation that never became a case is kept after its last message: an abandoned
   * intake, a referral (27 or older, another municipality), someone under 15 (RETENTION_NO_CASE_DAYS,
   * default 30). The referral stays counted, anonymously, in `referral_counts`.
   */
  noCaseDays: number;
  /**
   * Days after a case was closed that the chat's message texts and bot state are kept
   * (RETENTION_AFTER_CLOSE_DAYS, default 90): long enough for a young person who comes back soon to
   * be welcomed back by their coach; the case itself stays, for the coach's file, until anonymised.
   */
  afterCloseDays: number;
  /**
   * Months after closing that a case is anonymised: the young person is forgotten, the case stays as
   * an anonymous count (RETENTION_CLOSED_CASE_MONTHS, default 24). The municipality sets it from its
   * selectielijst; its archivist confirms the category (README).
   */
  closedCaseMonths: number;
  /** Days a processed domain event, and an e-mail notice to a coach, is kept, for tracing a problem (RETENTION_EVENTS_DAYS, default 14). */
  eventsDays: number;
  /** How often (seconds) the retention sweep runs (RETENTION_CHECK_SECONDS, default 3600); 0 starts no scheduler. */
  checkSeconds: number;
  /**
   * Seconds an erasure on request waits after the last message to the young person (ERASURE_GRACE_SECONDS,
   * default 5), so the web chat page has fetched "we are erasing" before the conversation is gone.
   */
  erasureGraceSeconds: number;
}

export const defaultRetentionConfig: RetentionConfig = {
  noCaseDays: 30,
  afterCloseDays: 90,
  closedCaseMonths: 24,
  eventsDays: 14,
  checkSeconds: 3600,
  erasureGraceSeconds: 5,
};

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

export interface TwilioConfig {
  accountSid: string;
  authToken: string;
  /** Sender, as `whatsapp:+31...`. */
  whatsappFrom: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = this.constructor.name;
  }
}

const optional = <T extends z.ZodType>(s: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), s.optional());

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: optional(z.string().min(1)),
  TRUST_PROXY: optional(
    z.string().regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, 'must be true, false, a number of hops, or addresses/CIDR ranges separated by commas'),
  ),
  PUBLIC_BASE_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')),
  DATA_DIR: z.string().min(1).default('.data'),
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL')),
  TWILIO_ACCOUNT_SID: optional(z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must look like AC followed by 32 hex characters')),
  TWILIO_AUTH_TOKEN: optional(z.string().min(16, 'is too short')),
  TWILIO_WHATSAPP_FROM: optional(z.string().regex(/^(whatsapp:)?\+[1-9]\d{6,14}$/, 'must be a number like whatsapp:+3197010000000')),
  TWILIO_API_BASE_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  TWILIO_CONTENT_SIDS: optional(z.string()),
  NIGHT_SHELTERS: optional(z.string()),
  ADMIN_TOKEN: optional(z.string().min(24, 'must be at least 24 characters')),
  DATA_KEY: optional(z.string()),
  DATA_KEY_FILE: optional(z.string()),
  DATA_KEYS_PREVIOUS: optional(z.string()),
  DATA_KEY_PREVIOUS_FILE: optional(z.string()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  QUEUE_PREFIX: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/, 'must be lower-case letters, digits or _').default('jl'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  INBOUND_BATCH_MS: z.coerce.number().int().min(0).max(50).default(2),
  RELAY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  RESUME_AFTER_HOURS: z.coerce.number().min(0.01).max(24 * 90).default(12),
  FLOW_EXPIRES_AFTER_DAYS: z.coerce.number().min(0.01).max(365).default(30),
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
  PDF_FONT: optional(z.string().min(1)),
  // Keeping young people in view.
  REAPPROACH_AFTER_DAYS: z.coerce.number().min(0.01).max(90).default(defaultFollowUpConfig.reapproachAfterDays),
  REAPPROACH_MATCH_AFTER_DAYS: z.coerce.number().min(0.01).max(365).default(defaultFollowUpConfig.reapproachMatchAfterDays),
  NAZORG_MONTHS: z
    .string()
    .regex(/^\s*\d{1,2}(\s*,\s*\d{1,2})*\s*$/, 'must be months separated by commas, like 1,3,6,12')
    .default(defaultFollowUpConfig.nazorgMonths.join(',')),
  FOLLOW_UP_CHECK_SECONDS: z.coerce.number().int().min(0).max(86_400).default(defaultFollowUpConfig.checkSeconds),
  // Retention and erasure.
  RETENTION_NO_CASE_DAYS: z.coerce.number().min(1).max(366).default(defaultRetentionConfig.noCaseDays),
  RETENTION_AFTER_CLOSE_DAYS: z.coerce.number().min(1).max(3660).default(defaultRetentionConfig.afterCloseDays),
  RETENTION_CLOSED_CASE_MONTHS: z.coerce.number().int().min(1).max(240).default(defaultRetentionConfig.closedCaseMonths),
  RETENTION_EVENTS_DAYS: z.coerce.number().min(1).max(366).default(defaultRetentionConfig.eventsDays),
  RETENTION_CHECK_SECONDS: z.coerce.number().int().min(0).max(86_400).default(defaultRetentionConfig.checkSeconds),
  ERASURE_GRACE_SECONDS: z.coerce.number().min(0).max(50).default(defaultRetentionConfig.erasureGraceSeconds),
  // Staff access.
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(defaultStaffAccess.sessionIdleMinutes),
  SESSION_MAX_HOURS: z.coerce.number().min(0.25).max(7 * 24).default(defaultStaffAccess.sessionMaxHours),
  TOKEN_DAYS: z.coerce.number().int().min(1).max(366).default(defaultStaffAccess.tokenDays),
  TOTP_REQUIRED_ROLES: z
    .string()
    .refine((v) => v.trim() === 'none' || v.split(',').every((r) => (staffRoles as readonly string[]).includes(r.trim())), {
      message: `must be roles separated by commas (${staffRoles.join(', ')}), or none`,
    })
    .default(defaultStaffAccess.totpRequiredRoles.join(',')),
  OIDC_ISSUER: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  OIDC_CLIENT_ID: optional(z.string().min(1).max(255)),
  OIDC_CLIENT_SECRET: optional(z.string().min(8, 'is too short')),
  OIDC_SECOND_FACTOR_AMR: z.string().max(500).default('mfa'),
  OIDC_SECOND_FACTOR_ACR: z.string().max(1000).default(''),
});

/** Parses a 32-byte key given as 64 hex characters or base64. */
export function parseDataKey(value: string): Buffer | undefined {
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  return key.length === 32 ? key : undefined;
}

/** Reads and validates the settings; throws a {@link ConfigError} naming every bad one. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(problems);
  }
  const s = parsed.data;

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

  let nightShelters: NightShelters = {};
  if (s.NIGHT_SHELTERS) {
    const result = nightSheltersSchema.safeParse(safeJson(s.NIGHT_SHELTERS));
    if (result.success) nightShelters = result.data;
    else problems.push('NIGHT_SHELTERS must be JSON like {"amstelveen":{"name":"…","phone":"020-…"}} per municipality');
  }

  const { dataKey, previousDataKeys } = readDataKeys(s, problems);
  if (s.DATABASE_URL && !s.DATA_KEY && !s.DATA_KEY_FILE) problems.push('DATA_KEY or DATA_KEY_FILE is required with DATABASE_URL (it encrypts personal data at rest)');
  if (s.DATABASE_URL && !s.ADMIN_TOKEN) problems.push('ADMIN_TOKEN is required with DATABASE_URL');

  const oidcSet = [s.OIDC_ISSUER, s.OIDC_CLIENT_ID, s.OIDC_CLIENT_SECRET];
  if (oidcSet.some(Boolean) && !oidcSet.every(Boolean)) problems.push('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three or none');
  // Sign-in tokens travel from the provider: over plain http only to a provider on this machine.
  if (s.OIDC_ISSUER && new URL(s.OIDC_ISSUER).protocol === 'http:' && !isLoopback(new URL(s.OIDC_ISSUER).hostname)) {
    problems.push('OIDC_ISSUER must be https (plain http only for localhost)');
  }

  if (s.PDF_FONT && !existsSync(s.PDF_FONT)) problems.push('PDF_FONT must be the path of a TrueType font file that exists');

  if (problems.length > 0) throw new ConfigError(problems);

  const twilio =
    s.TWILIO_ACCOUNT_SID && s.TWILIO_AUTH_TOKEN && s.TWILIO_WHATSAPP_FROM
      ? {
          accountSid: s.TWILIO_ACCOUNT_SID,
          authToken: s.TWILIO_AUTH_TOKEN,
          whatsappFrom: s.TWILIO_WHATSAPP_FROM.startsWith('whatsapp:') ? s.TWILIO_WHATSAPP_FROM : `whatsapp:${s.TWILIO_WHATSAPP_FROM}`,
        }
      : undefined;

  return {
    port: s.PORT,
    host: s.HOST ?? (s.DATABASE_URL ? '0.0.0.0' : '127.0.0.1'),
    trustProxy: parseTrustProxy(s.TRUST_PROXY),
    publicBaseUrl: (s.PUBLIC_BASE_URL ?? `http://localhost:${s.PORT}`).replace(/\/$/, ''),
    databaseUrl: s.DATABASE_URL,
    dataDir: s.DATA_DIR,
    redisUrl: s.REDIS_URL,
    twilio,
    twilioApiBaseUrl: s.TWILIO_API_BASE_URL?.replace(/\/$/, ''),
    contentSids,
    nightShelters,
    adminToken: s.ADMIN_TOKEN,
    dataKey,
    previousDataKeys,
    logLevel: s.LOG_LEVEL,
    queuePrefix: s.QUEUE_PREFIX,
    workerConcurrency: s.WORKER_CONCURRENCY,
    inboundBatchMs: s.INBOUND_BATCH_MS,
    relayAfterSeconds: s.RELAY_AFTER_SECONDS,
    resumeAfterMs: Math.round(s.RESUME_AFTER_HOURS * 3_600_000),
    flowExpiresAfterMs: Math.round(s.FLOW_EXPIRES_AFTER_DAYS * 86_400_000),
    handover: { responseDays: s.HANDOVER_RESPONSE_DAYS, escalateAfterDays: s.HANDOVER_ESCALATE_AFTER_DAYS, urgentResponseHours: s.URGENT_RESPONSE_HOURS },
    pdfFont: s.PDF_FONT ?? (existsSync(DEFAULT_PDF_FONT) ? DEFAULT_PDF_FONT : undefined),
    smtpUrl: s.SMTP_URL,
    smtpRequireTls: s.SMTP_REQUIRE_TLS === 'true',
    mailFrom: s.MAIL_FROM,
    slaCheckSeconds: s.SLA_CHECK_SECONDS,
    coachNotices: { bundleMinutes: s.NOTICE_BUNDLE_MINUTES },
    followUp: {
      reapproachAfterDays: s.REAPPROACH_AFTER_DAYS,
      reapproachMatchAfterDays: s.REAPPROACH_MATCH_AFTER_DAYS,
      nazorgMonths: [...new Set(s.NAZORG_MONTHS.split(',').map((m) => Number(m.trim())))].filter((m) => m > 0).sort((a, b) => a - b),
      checkSeconds: s.FOLLOW_UP_CHECK_SECONDS,
    },
    retention: {
      noCaseDays: s.RETENTION_NO_CASE_DAYS,
      afterCloseDays: s.RETENTION_AFTER_CLOSE_DAYS,
      closedCaseMonths: s.RETENTION_CLOSED_CASE_MONTHS,
      eventsDays: s.RETENTION_EVENTS_DAYS,
      checkSeconds: s.RETENTION_CHECK_SECONDS,
      erasureGraceSeconds: s.ERASURE_GRACE_SECONDS,
    },
    staffAccess: {
      sessionIdleMinutes: s.SESSION_IDLE_MINUTES,
      sessionMaxHours: s.SESSION_MAX_HOURS,
      tokenDays: s.TOKEN_DAYS,
      totpRequiredRoles: s.TOTP_REQUIRED_ROLES.trim() === 'none' ? [] : [...new Set(s.TOTP_REQUIRED_ROLES.split(',').map((r) => r.trim() as StaffRole))],
    },
    oidc:
      s.OIDC_ISSUER && s.OIDC_CLIENT_ID && s.OIDC_CLIENT_SECRET
        ? {
            issuer: new URL(s.OIDC_ISSUER),
            clientId: s.OIDC_CLIENT_ID,
            clientSecret: s.OIDC_CLIENT_SECRET,
            secondFactor: { amr: listOf(s.OIDC_SECOND_FACTOR_AMR), acr: listOf(s.OIDC_SECOND_FACTOR_ACR) },
          }
        : undefined,
  };
}

type KeySettings = Pick<z.infer<typeof schema>, 'DATA_KEY' | 'DATA_KEY_FILE' | 'DATA_KEYS_PREVIOUS' | 'DATA_KEY_PREVIOUS_FILE' | 'DATA_DIR'>;

/**
 * The keyring's settings. A key file keeps the key apart from the data: it must not lie in DATA_DIR
 * (a backup of the data folder would then carry the key that opens it) and must not be readable by
 * every user of the machine.
 */
function readDataKeys(s: KeySettings, problems: string[]): { dataKey: Buffer | undefined; previousDataKeys: Buffer[] } {
  if (s.DATA_KEY && s.DATA_KEY_FILE) problems.push('DATA_KEY and DATA_KEY_FILE are two ways to give the same key: set one');
  if (s.DATA_KEYS_PREVIOUS && s.DATA_KEY_PREVIOUS_FILE) problems.push('DATA_KEYS_PREVIOUS and DATA_KEY_PREVIOUS_FILE are two ways to give the previous keys: set one');
  const keyText = s.DATA_KEY_FILE ? readKeyFile('DATA_KEY_FILE', s.DATA_KEY_FILE, s.DATA_DIR, problems) : s.DATA_KEY;
  const previousText = s.DATA_KEY_PREVIOUS_FILE ? readKeyFile('DATA_KEY_PREVIOUS_FILE', s.DATA_KEY_PREVIOUS_FILE, s.DATA_DIR, problems) : s.DATA_KEYS_PREVIOUS;

  let dataKey: Buffer | undefined;
  if (keyText !== undefined) {
    dataKey = parseDataKey(keyText.trim());
    if (!dataKey) problems.push(`${s.DATA_KEY_FILE ? 'DATA_KEY_FILE must hold' : 'DATA_KEY must be'} 32 bytes, as 64 hex characters or base64`);
  }
  const previousDataKeys: Buffer[] = [];
  const entries = (previousText ?? '')
    .split(/[\n,]/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
  entries.forEach((entry, index) => {
    const key = parseDataKey(entry);
    if (key) previousDataKeys.push(key);
    else problems.push(`${s.DATA_KEY_PREVIOUS_FILE ? 'DATA_KEY_PREVIOUS_FILE' : 'DATA_KEYS_PREVIOUS'}: key ${index + 1} is not 32 bytes as 64 hex characters or base64`);
  });
  if (previousDataKeys.length > 0 && !dataKey) problems.push('previous data keys need a current one: set DATA_KEY or DATA_KEY_FILE too');
  return { dataKey, previousDataKeys };
}

function readKeyFile(setting: string, file: string, dataDir: string, problems: string[]): string | undefined {
  const resolved = path.resolve(file);
  const relative = path.relative(path.resolve(dataDir), resolved);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    problems.push(`${setting} must lie outside DATA_DIR (${dataDir}): a backup of the data would otherwise carry the key that opens it`);
    return undefined;
  }
  try {
    const mode = statSync(resolved).mode;
    if (mode & 0o004) {
      problems.push(`${setting} ${file} can be read by every user of this machine: chmod 600 (or 640 for a group) it`);
      return undefined;
    }
    return readFileSync(resolved, 'utf8');
  } catch (error) {
    problems.push(`${setting} ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return undefined;
  }
}
/** Debian's and Ubuntu's fonts-dejavu-core. */
const DEFAULT_PDF_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

function parseTrustProxy(value: string | undefined): Config['trustProxy'] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim());
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The settings of this process: the one place the environment is read (DESIGN.md rule 7). */
export function loadConfigFromEnvironment(): Config {
  return loadConfig(process.env);
}

/** A comma-separated setting as its non-empty values. */
function listOf(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
