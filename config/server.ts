import { z } from 'zod';
import { optional } from './settings';

/** Where the api listens and how it is reached: the webhook's public address, the proxies in front of it. */
export interface ServerConfig {
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
}

const serverSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: optional(z.string().min(1)),
  TRUST_PROXY: optional(
    z.string().regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, 'must be true, false, a number of hops, or addresses/CIDR ranges separated by commas'),
  ),
  PUBLIC_BASE_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
});

export const serverSettings = serverSchema.shape;

export function readServerConfig(s: z.infer<typeof serverSchema> & { DATABASE_URL?: string | undefined }): ServerConfig {
  return {
    port: s.PORT,
    host: s.HOST ?? (s.DATABASE_URL ? '0.0.0.0' : '127.0.0.1'),
    trustProxy: parseTrustProxy(s.TRUST_PROXY),
    publicBaseUrl: (s.PUBLIC_BASE_URL ?? `http://localhost:${s.PORT}`).replace(/\/$/, ''),
  };
}

function parseTrustProxy(value: string | undefined): ServerConfig['trustProxy'] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim());
}
