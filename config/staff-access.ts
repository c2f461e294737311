import { z } from 'zod';
import { staffRoles, type StaffRole } from '../drizzle/schema';
import { listOf, optional } from './settings';

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

const staffAccessSchema = z.object({
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

export const staffAccessSettings = staffAccessSchema.shape;

type StaffAccessSettings = z.infer<typeof staffAccessSchema>;

export function readStaffAccessConfig(s: StaffAccessSettings): StaffAccessConfig {
  return {
    sessionIdleMinutes: s.SESSION_IDLE_MINUTES,
    sessionMaxHours: s.SESSION_MAX_HOURS,
    tokenDays: s.TOKEN_DAYS,
    totpRequiredRoles: s.TOTP_REQUIRED_ROLES.trim() === 'none' ? [] : [...new Set(s.TOTP_REQUIRED_ROLES.split(',').map((r) => r.trim() as StaffRole))],
  };
}

/** Reads single sign-on (undefined: not set up); adds what is wrong with it to `problems`. */
export function readOidcConfig(s: StaffAccessSettings, problems: string[]): OidcConfig | undefined {
  const oidcSet = [s.OIDC_ISSUER, s.OIDC_CLIENT_ID, s.OIDC_CLIENT_SECRET];
  if (oidcSet.some(Boolean) && !oidcSet.every(Boolean)) problems.push('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three or none');
  // Sign-in tokens travel from the provider: over plain http only to a provider on this machine.
  if (s.OIDC_ISSUER && new URL(s.OIDC_ISSUER).protocol === 'http:' && !isLoopback(new URL(s.OIDC_ISSUER).hostname)) {
    problems.push('OIDC_ISSUER must be https (plain http only for localhost)');
  }
  return s.OIDC_ISSUER && s.OIDC_CLIENT_ID && s.OIDC_CLIENT_SECRET
    ? {
        issuer: new URL(s.OIDC_ISSUER),
        clientId: s.OIDC_CLIENT_ID,
        clientSecret: s.OIDC_CLIENT_SECRET,
        secondFactor: { amr: listOf(s.OIDC_SECOND_FACTOR_AMR), acr: listOf(s.OIDC_SECOND_FACTOR_ACR) },
      }
    : undefined;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
