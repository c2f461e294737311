import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestPerson {
  subject: string;
  email: string;
  emailVerified: boolean;
  /** How the provider says the person signed in (RFC 8176), e.g. `['pwd', 'mfa']`; none: not said. */
  amr?: string[];
  acr?: string;
}

export interface TestOpenIdProvider {
  /** http://127.0.0.1:<port>, the issuer. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who signs in at the provider's next interaction (the provider's own login, decided by the test). */
  signInAs(person: TestPerson): void;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (`oidc-provider`, certified) on a local port, with one confidential client
 * whose redirect URI is the dashboard's callback. Its login and consent screens are replaced by a
 * step that signs in the person the test chose and grants the scopes, through the provider's own
 * interaction API: everything else (authorization, PKCE, code, tokens, ID token) is the provider's.
 */
export async function startTestOpenIdProvider(input: { redirectUri: string }): Promise<TestOpenIdProvider> {
  const clientId = 'jongerenloket-dashboard';
  const clientSecret = 'a-client-secret-for-tests-only';
  const people = new Map<string, TestPerson>();
  let current: TestPerson | undefined;

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [input.redirectUri], token_endpoint_auth_method: 'client_secret_post' }],
    // amr and acr as standalone claims: the ID token says how the person signed in, as real providers do.
    claims: { openid: ['sub', 'amr', 'acr'], email: ['email', 'email_verified'] },
    acrValues: ['urn:test:loa:2'],
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['test-cookie-key-0123456789'] },
    pkce: { required: () => true },
    async findAccount(_ctx, sub) {
      const person = people.get(sub);
      return person ? { accountId: sub, claims: () => ({ sub, email: person.email, email_verified: person.emailVerified }) } : undefined;
    },
  });
  const callback = provider.callback();

  server.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return void callback(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (!current) throw new Error('signInAs() first');
      people.set(current.subject, current);
      const grant = new provider.Grant({ accountId: current.subject, clientId });
      grant.addOIDCScope(String(details.params.scope ?? 'openid'));
      const grantId = await grant.save();
      const login = { accountId: current.subject, ...(current.amr ? { amr: current.amr } : {}), ...(current.acr ? { acr: current.acr } : {}) };
      await provider.interactionFinished(req, res, { login, consent: { grantId } }, { mergeWithLastSubmission: false });
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(person) {
      current = person;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
