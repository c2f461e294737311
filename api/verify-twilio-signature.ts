import twilio from 'twilio';

/**
 * True when `signature` (the `X-Twilio-Signature` header) is Twilio's HMAC of `url` and the
 * form parameters under our auth token. `url` must be the exact URL Twilio was configured to
 * call (public base URL + path + query), not the address a proxy forwarded to.
 * See https://www.twilio.com/docs/usage/webhooks/webhooks-security
 */
export function verifyTwilioSignature(input: {
  authToken: string;
  url: string;
  params: Record<string, string>;
  signature: string | undefined;
}): boolean {
  if (!input.signature) return false;
  return twilio.validateRequest(input.authToken, input.signature, input.url, input.params);
}
