import * as client from 'openid-client';
import type { OidcConfig } from '../../config';
import type { OrganisationIdentity } from '../../cases/staff/single-sign-on';

/** What the browser keeps (in a short-lived cookie) between leaving for the provider and coming back. */
export interface PendingAuthorization {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * The dashboard as a client of the organisation's OpenID provider: authorization code flow with PKCE
 * (S256), state and nonce, through `openid-client`. The provider's metadata is fetched at the first
 * sign-in and kept; a failed fetch is tried again at the next.
 */
export function organisationSignIn(input: { oidc: OidcConfig; redirectUri: string }) {
  let configuration: Promise<client.Configuration> | undefined;
  const discover = () => {
    // Plain http only for a provider on this machine (config/staff-access.ts refuses it otherwise).
    const insecure = input.oidc.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined;
    configuration ??= client.discovery(input.oidc.issuer, input.oidc.clientId, input.oidc.clientSecret, undefined, insecure).catch((error: unknown) => {
      configuration = undefined;
      throw error;
    });
    return configuration;
  };

  return {
    /** Where to send the browser, and what to keep until it comes back. */
    async start(): Promise<{ url: URL; pending: PendingAuthorization }> {
      const config = await discover();
      const pending = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: input.redirectUri,
        scope: 'openid email',
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url, pending };
    },

    /** The code exchanged and the ID token checked (signature, issuer, audience, nonce): who signed in. */
    async finish(callbackUrl: URL, pending: PendingAuthorization): Promise<OrganisationIdentity> {
      const config = await discover();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('The provider sent no ID token');
      // Many providers put the e-mail in the ID token; others (and the code flow by the book) only
      // at the userinfo endpoint, which must answer for the same subject.
      const about = typeof claims.email === 'string' ? claims : await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      return {
        subject: claims.sub,
        email: typeof about.email === 'string' ? about.email : undefined,
        emailVerified: about.email_verified === true,
        amr: Array.isArray(claims.amr) ? claims.amr.filter((m): m is string => typeof m === 'string') : undefined,
        acr: typeof claims.acr === 'string' ? claims.acr : undefined,
      };
    },
  };
}

/** The pending authorization as one cookie value, and back (undefined when it is not one). */
export function packPending(pending: PendingAuthorization): string {
  return [pending.state, pending.nonce, pending.codeVerifier].join('.');
}
export function unpackPending(value: string | undefined): PendingAuthorization | undefined {
  const parts = value?.split('.');
  if (parts?.length !== 3 || parts.some((p) => !/^[\w-]{16,128}$/.test(p))) return undefined;
  const [state, nonce, codeVerifier] = parts as [string, string, string];
  return { state, nonce, codeVerifier };
}
