import { describe, expect, it } from 'vitest';
import { verifyTwilioSignature } from './verify-twilio-signature';

// The documented test vector of Twilio's signature validation samples
// (TwilioDevEd/api-snippets security/signature_validation, twilio-node's webhooks spec).
const authToken = '12345';
const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const params = {
  CallSid: 'CA1234567890ABCDE',
  Caller: '+14158675309',
  Digits: '1234',
  From: '+14158675309',
  To: '+18005551212',
};
const signature = 'RSOYDt4T1cUTdK1PDd93/VVr8B8=';

describe('verifyTwilioSignature', () => {
  it('accepts the documented Twilio test vector', () => {
    expect(verifyTwilioSignature({ authToken, url, params, signature })).toBe(true);
  });

  it('rejects a request whose parameter was changed after signing', () => {
    expect(verifyTwilioSignature({ authToken, url, params: { ...params, Digits: '9999' }, signature })).toBe(false);
  });

  it('rejects an added parameter, another URL, another token, a forged or missing signature', () => {
    expect(verifyTwilioSignature({ authToken, url, params: { ...params, Body: 'hoi' }, signature })).toBe(false);
    expect(verifyTwilioSignature({ authToken, url: 'https://mycompany.com/myapp.php?foo=1&bar=3', params, signature })).toBe(false);
    expect(verifyTwilioSignature({ authToken: '54321', url, params, signature })).toBe(false);
    expect(verifyTwilioSignature({ authToken, url, params, signature: 'RSOYDt4T1cUTdK1PDd93/VVr8B9=' })).toBe(false);
    expect(verifyTwilioSignature({ authToken, url, params, signature: undefined })).toBe(false);
    expect(verifyTwilioSignature({ authToken, url, params, signature: '' })).toBe(false);
  });
});
