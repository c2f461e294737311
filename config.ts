import { z } from 'zod';
import { conversationSettings, readConversationConfig, type ConversationConfig } from './config/conversation';
import { followUpSettings, readFollowUpConfig, type FollowUpConfig } from './config/follow-up';
import { handoverSettings, readHandoverConfig, type CoachHandoverConfig } from './config/handover';
import { pdfFontSettings, readPdfFontConfig, type PdfFontConfig } from './config/pdf-font';
import { queueSettings, readQueueConfig, type QueueConfig } from './config/queue';
import { readRetentionConfig, retentionSettings, type RetentionConfig } from './config/retention';
import { readSafetyConfig, safetySettings, type SafetyConfig } from './config/safety';
import { readSecretsConfig, secretsSettings, type SecretsConfig } from './config/secrets';
import { readServerConfig, serverSettings, type ServerConfig } from './config/server';
import { optional } from './config/settings';
import { readOidcConfig, readStaffAccessConfig, staffAccessSettings, type OidcConfig, type StaffAccessConfig } from './config/staff-access';
import { readTwilioConfig, twilioSettings, type TwilioChannelConfig } from './config/twilio';

// Each area's settings, defaults and checks live in config/; importers keep importing them from here.
export { defaultFollowUpConfig, type FollowUpConfig } from './config/follow-up';
export { DEFAULT_URGENT_RESPONSE_HOURS, defaultCoachNoticeConfig, type CoachNoticeConfig, type HandoverSlaConfig } from './config/handover';
export { defaultRetentionConfig, type RetentionConfig } from './config/retention';
export { parseDataKey } from './config/secrets';
export { defaultStaffAccess, type OidcConfig, type StaffAccessConfig } from './config/staff-access';
export type { TwilioConfig } from './config/twilio';

/**
 * Every setting of the product, read once from the environment at start and passed in.
 * Nothing else reads `process.env` (DESIGN.md rule 7).
 */
export interface Config
  extends ServerConfig, TwilioChannelConfig, SafetyConfig, SecretsConfig, QueueConfig, ConversationConfig, CoachHandoverConfig, PdfFontConfig {
  /** PostgreSQL connection; unset means embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  /** Where embedded PostgreSQL and generated secrets live (default `.data`). */
  dataDir: string;
  /** Redis for BullMQ; unset means BullMQ's PostgreSQL backend on the same database. */
  redisUrl: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Re-approach after silence and nazorg check-ins. */
  followUp: FollowUpConfig;
  /** How long personal data is kept, and erasure on request (README, "Retention"; docs/privacy.md). */
  retention: RetentionConfig;
  /** How long staff stay signed in and how long bearer tokens last. */
  staffAccess: StaffAccessConfig;
  /** Single sign-on for the dashboard (OpenID Connect); undefined: local passwords only. */
  oidc: OidcConfig | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = this.constructor.name;
  }
}

// In this order: a ConfigError lists the settings' problems in it.
const schema = z.object({
  ...serverSettings,
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')),
  DATA_DIR: z.string().min(1).default('.data'),
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL')),
  ...twilioSettings,
  ...safetySettings,
  ...secretsSettings,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ...queueSettings,
  ...conversationSettings,
  ...handoverSettings,
  ...pdfFontSettings,
  ...followUpSettings,
  ...retentionSettings,
  ...staffAccessSettings,
});

/** Reads and validates the settings; throws a {@link ConfigError} naming every bad one. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(problems);
  }
  const s = parsed.data;

  // Settings that go together, JSON settings and files: in this order in a ConfigError.
  const twilio = readTwilioConfig(s, problems);
  const safety = readSafetyConfig(s, problems);
  const secrets = readSecretsConfig(s, problems);
  const oidc = readOidcConfig(s, problems);
  const pdfFont = readPdfFontConfig(s, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    ...readServerConfig(s),
    databaseUrl: s.DATABASE_URL,
    dataDir: s.DATA_DIR,
    redisUrl: s.REDIS_URL,
    ...twilio,
    ...safety,
    ...secrets,
    logLevel: s.LOG_LEVEL,
    ...readQueueConfig(s),
    ...readConversationConfig(s),
    ...readHandoverConfig(s),
    ...pdfFont,
    followUp: readFollowUpConfig(s),
    retention: readRetentionConfig(s),
    staffAccess: readStaffAccessConfig(s),
    oidc,
  };
}

/** The settings of this process: the one place the environment is read (DESIGN.md rule 7). */
export function loadConfigFromEnvironment(): Config {
  return loadConfig(process.env);
}
