import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { providerAskedSecondFactor } from './single-sign-on';

describe('whether the organisation’s provider asked a second factor', () => {
  const accepted = { amr: ['mfa'], acr: ['urn:gemeente:loa:substantial'] };

  it('counts an amr value or an acr value the settings name, nothing else', () => {
    expect(providerAskedSecondFactor({ subject: 's', amr: ['pwd', 'mfa'] }, accepted)).toBe(true);
    expect(providerAskedSecondFactor({ subject: 's', acr: 'urn:gemeente:loa:substantial' }, accepted)).toBe(true);
    expect(providerAskedSecondFactor({ subject: 's', amr: ['pwd'] }, accepted)).toBe(false);
    expect(providerAskedSecondFactor({ subject: 's', acr: 'urn:gemeente:loa:low' }, accepted)).toBe(false);
    // Saying nothing is not saying yes.
    expect(providerAskedSecondFactor({ subject: 's' }, accepted)).toBe(false);
  });

  it('reads the accepted values from OIDC_SECOND_FACTOR_AMR and OIDC_SECOND_FACTOR_ACR (default: amr "mfa")', () => {
    const base = { OIDC_ISSUER: 'https://login.gemeente.example', OIDC_CLIENT_ID: 'dashboard', OIDC_CLIENT_SECRET: 'a-long-secret' };
    expect(loadConfig(base).oidc?.secondFactor).toEqual({ amr: ['mfa'], acr: [] });
    const custom = loadConfig({ ...base, OIDC_SECOND_FACTOR_AMR: 'mfa, otp,hwk', OIDC_SECOND_FACTOR_ACR: 'urn:gemeente:loa:substantial' }).oidc;
    expect(custom?.secondFactor).toEqual({ amr: ['mfa', 'otp', 'hwk'], acr: ['urn:gemeente:loa:substantial'] });
  });
});
