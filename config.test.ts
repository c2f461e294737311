import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const key = 'a'.repeat(64);

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('runs embedded with no settings at all', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.dataDir).toBe('.data');
    expect(config.publicBaseUrl).toBe('http://localhost:3000');
    expect(config.twilio).toBeUndefined();
  });

  it('reads NOTICE_BUNDLE_MINUTES (default 10) and refuses one outside 1–240 or not whole', () => {
    expect(loadConfig({}).coachNotices.bundleMinutes).toBe(10);
    expect(loadConfig({ NOTICE_BUNDLE_MINUTES: '30' }).coachNotices.bundleMinutes).toBe(30);
    for (const bad of ['0', '241', '2.5', 'tien']) expect(() => loadConfig({ NOTICE_BUNDLE_MINUTES: bad })).toThrow(/NOTICE_BUNDLE_MINUTES/);
  });

  it('reads INBOUND_BATCH_MS (default 2, 0 for no batching) and refuses one outside 0–50 or not whole', () => {
    expect(loadConfig({}).inboundBatchMs).toBe(2);
    expect(loadConfig({ INBOUND_BATCH_MS: '0' }).inboundBatchMs).toBe(0);
    for (const bad of ['-1', '51', '1.5', 'twee']) expect(() => loadConfig({ INBOUND_BATCH_MS: bad })).toThrow(/INBOUND_BATCH_MS/);
  });

  it('reads URGENT_RESPONSE_HOURS (default 4) and refuses one outside 0.25–8', () => {
    expect(loadConfig({}).handover.urgentResponseHours).toBe(4);
    expect(loadConfig({ URGENT_RESPONSE_HOURS: '2.5' }).handover.urgentResponseHours).toBe(2.5);
    expect(() => loadConfig({ URGENT_RESPONSE_HOURS: '24' })).toThrow(/URGENT_RESPONSE_HOURS/);
  });

  it('keeps conversations without a case 30 days, texts 90 days after closing, cases 24 months, events 14 days, unless told otherwise', () => {
    expect(loadConfig({}).retention).toEqual({ noCaseDays: 30, afterCloseDays: 90, closedCaseMonths: 24, eventsDays: 14, checkSeconds: 3600, erasureGraceSeconds: 5 });
    const set = loadConfig({ RETENTION_NO_CASE_DAYS: '14', RETENTION_CLOSED_CASE_MONTHS: '60', RETENTION_CHECK_SECONDS: '0' }).retention;
    expect(set).toMatchObject({ noCaseDays: 14, closedCaseMonths: 60, checkSeconds: 0 });
    // An erasure must be done within a minute: the wait after the last message cannot take that away.
    expect(problems({ ERASURE_GRACE_SECONDS: '120', RETENTION_CLOSED_CASE_MONTHS: '0' }).join('\n')).toMatch(/ERASURE_GRACE_SECONDS[\s\S]*RETENTION_CLOSED_CASE_MONTHS|RETENTION_CLOSED_CASE_MONTHS[\s\S]*ERASURE_GRACE_SECONDS/);
  });

  it('binds the embedded demo to the loopback interface, a deployment to all, and HOST wins', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x', DATA_KEY: key, ADMIN_TOKEN: 'a'.repeat(24) }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('trusts no proxy unless TRUST_PROXY names one, by hops or by address', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });

  it('requires TLS for SMTP unless SMTP_REQUIRE_TLS=false', () => {
    expect(loadConfig({}).smtpRequireTls).toBe(true);
    expect(loadConfig({ SMTP_REQUIRE_TLS: 'false' }).smtpRequireTls).toBe(false);
    expect(() => loadConfig({ SMTP_REQUIRE_TLS: 'nee' })).toThrow(/SMTP_REQUIRE_TLS/);
  });

  it('ends sessions after 30 idle minutes and 12 hours, tokens after 90 days, and asks admins for a second factor, unless told otherwise', () => {
    expect(loadConfig({}).staffAccess).toEqual({ sessionIdleMinutes: 30, sessionMaxHours: 12, tokenDays: 90, totpRequiredRoles: ['admin'] });
    const set = loadConfig({ SESSION_IDLE_MINUTES: '15', SESSION_MAX_HOURS: '8', TOKEN_DAYS: '30', TOTP_REQUIRED_ROLES: 'admin, team_lead' }).staffAccess;
    expect(set).toEqual({ sessionIdleMinutes: 15, sessionMaxHours: 8, tokenDays: 30, totpRequiredRoles: ['admin', 'team_lead'] });
    expect(loadConfig({ TOTP_REQUIRED_ROLES: 'none' }).staffAccess.totpRequiredRoles).toEqual([]);
    expect(problems({ TOTP_REQUIRED_ROLES: 'boss', TOKEN_DAYS: '0', SESSION_IDLE_MINUTES: 'x' }).join('\n')).toMatch(
      /SESSION_IDLE_MINUTES[\s\S]*TOKEN_DAYS[\s\S]*TOTP_REQUIRED_ROLES/,
    );
  });

  it('takes the three OIDC settings together, with an https issuer (plain http only on this machine)', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    const oidc = { OIDC_ISSUER: 'https://login.example.nl/realms/gemeente', OIDC_CLIENT_ID: 'jongerenloket', OIDC_CLIENT_SECRET: 'a-long-secret' };
    expect(loadConfig(oidc).oidc?.issuer.href).toBe('https://login.example.nl/realms/gemeente');
    expect(problems({ OIDC_ISSUER: oidc.OIDC_ISSUER })).toEqual(['OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three or none']);
    expect(problems({ ...oidc, OIDC_ISSUER: 'http://login.example.nl' })).toEqual(['OIDC_ISSUER must be https (plain http only for localhost)']);
    expect(loadConfig({ ...oidc, OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc?.issuer.port).toBe('9000');
  });

  it('names every bad setting', () => {
    const found = problems({ PORT: 'abc', REDIS_URL: 'http://x', LOG_LEVEL: 'loud' });
    expect(found.join('\n')).toMatch(/PORT/);
    expect(found.join('\n')).toMatch(/REDIS_URL/);
    expect(found.join('\n')).toMatch(/LOG_LEVEL/);
  });

  it('asks for the three Twilio settings together', () => {
    expect(problems({ TWILIO_AUTH_TOKEN: 'x'.repeat(32) }).join('\n')).toMatch(/TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_WHATSAPP_FROM/);
  });

  it('requires DATA_KEY and ADMIN_TOKEN with a managed database', () => {
    const found = problems({ DATABASE_URL: 'postgres://db/x' }).join('\n');
    expect(found).toMatch(/DATA_KEY or DATA_KEY_FILE is required/);
    expect(found).toMatch(/ADMIN_TOKEN is required/);
  });

  it('refuses a DATA_KEY that is not 32 bytes', () => {
    expect(problems({ DATA_KEY: 'abcd' }).join('\n')).toMatch(/DATA_KEY must be 32 bytes/);
  });

  it('accepts a full production configuration', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/jl',
      REDIS_URL: 'redis://redis:6379',
      DATA_KEY: key,
      ADMIN_TOKEN: 'y'.repeat(32),
      PUBLIC_BASE_URL: 'https://jongerenloket.example/',
      TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`,
      TWILIO_AUTH_TOKEN: 'z'.repeat(32),
      TWILIO_WHATSAPP_FROM: '+3197010000000',
      TWILIO_CONTENT_SIDS: JSON.stringify({ handover_coach: `HX${'1'.repeat(32)}`, coach_message_tr: `HX${'2'.repeat(32)}` }),
    });
    expect(config.publicBaseUrl).toBe('https://jongerenloket.example');
    expect(config.twilio?.whatsappFrom).toBe('whatsapp:+3197010000000');
    expect(config.dataKey?.length).toBe(32);
    expect(config.contentSids.handover_coach).toMatch(/^HX/);
    // A youth template's resource in another language is named `<template>_<lang>`.
    expect(config.contentSids.coach_message_tr).toBe(`HX${'2'.repeat(32)}`);
  });

  it('reads each municipality\'s night shelter, and refuses one without a phone number', () => {
    const config = loadConfig({ NIGHT_SHELTERS: JSON.stringify({ aalsmeer: { name: 'Nachtopvang Aalsmeer', phone: '0297-123456' } }) });
    expect(config.nightShelters).toEqual({ aalsmeer: { name: 'Nachtopvang Aalsmeer', phone: '0297-123456' } });
    expect(loadConfig({}).nightShelters).toEqual({});
    expect(problems({ NIGHT_SHELTERS: '{"aalsmeer":{"name":"Nachtopvang"}}' }).join('\n')).toMatch(/NIGHT_SHELTERS/);
  });

  it('refuses content SIDs that are not JSON of HX SIDs', () => {
    expect(problems({ TWILIO_CONTENT_SIDS: '{"handover_coach":"nope"}' }).join('\n')).toMatch(/TWILIO_CONTENT_SIDS/);
  });

  describe('data keys', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jl-config-keys-'));
    const keyFile = (name: string, text: string, mode = 0o600) => {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      chmodSync(file, mode);
      return file;
    };
    const b = 'b'.repeat(64);

    it('reads the key from DATA_KEY_FILE and previous keys from DATA_KEY_PREVIOUS_FILE or DATA_KEYS_PREVIOUS', () => {
      const config = loadConfig({
        DATA_KEY_FILE: keyFile('key', `${key}\n`),
        DATA_KEY_PREVIOUS_FILE: keyFile('previous', `# rotated on 5 December\n${b}\n`),
        DATA_DIR: path.join(dir, 'data'),
      });
      expect(config.dataKey?.toString('hex')).toBe(key);
      expect(config.previousDataKeys.map((k) => k.toString('hex'))).toEqual([b]);
      expect(loadConfig({ DATA_KEY: key, DATA_KEYS_PREVIOUS: `${b}, ${'c'.repeat(64)}` }).previousDataKeys).toHaveLength(2);
      expect(loadConfig({}).previousDataKeys).toEqual([]);
    });

    it('accepts DATA_KEY_FILE instead of DATA_KEY with DATABASE_URL', () => {
      expect(problems({ DATABASE_URL: 'postgres://u:p@db/jl', ADMIN_TOKEN: 'y'.repeat(32), DATA_KEY_FILE: keyFile('key2', key), DATA_DIR: path.join(dir, 'data') })).toEqual([]);
      expect(problems({ DATABASE_URL: 'postgres://u:p@db/jl', ADMIN_TOKEN: 'y'.repeat(32) }).join('\n')).toMatch(/DATA_KEY or DATA_KEY_FILE is required/);
    });

    it('refuses a key file every user can read, one inside DATA_DIR, one that is missing, and both ways at once', () => {
      expect(problems({ DATA_KEY_FILE: keyFile('open', key, 0o644), DATA_DIR: path.join(dir, 'data') }).join('\n')).toMatch(/DATA_KEY_FILE .* every user .*chmod 600/);
      expect(problems({ DATA_KEY_FILE: keyFile('inside', key), DATA_DIR: dir }).join('\n')).toMatch(/DATA_KEY_FILE must lie outside DATA_DIR/);
      expect(problems({ DATA_KEY_FILE: path.join(dir, 'missing'), DATA_DIR: path.join(dir, 'data') }).join('\n')).toMatch(/DATA_KEY_FILE .*missing cannot be read \(ENOENT\)/);
      expect(problems({ DATA_KEY: key, DATA_KEY_FILE: keyFile('both', key), DATA_DIR: path.join(dir, 'data') }).join('\n')).toMatch(/set one/);
    });

    it('refuses a bad previous key or previous keys without a current one, naming the setting', () => {
      expect(problems({ DATA_KEY: key, DATA_KEYS_PREVIOUS: `${b},short` }).join('\n')).toMatch(/DATA_KEYS_PREVIOUS: key 2 /);
      expect(problems({ DATA_KEYS_PREVIOUS: b }).join('\n')).toMatch(/need a current one/);
      expect(problems({ DATA_KEY_FILE: keyFile('bad', 'not a key'), DATA_DIR: path.join(dir, 'data') }).join('\n')).toMatch(/DATA_KEY_FILE must hold 32 bytes/);
    });
  });
});
