/**
 * Why a message to Twilio did not go out. Messages name only the HTTP status and Twilio's error
 * code, never the phone number or the text: Twilio's own messages quote the number (21211), and
 * these errors end up in logs and job failure reasons.
 */

/** Try again later: HTTP 429, 5xx or no answer at all. */
export class RetryableSendError extends Error {
  /** Twilio's HTTP status; undefined when the request never got an answer. */
  readonly status: number | undefined;
  /** Twilio's error code, e.g. 20429. */
  readonly code: number | undefined;
  /** How long Twilio asked us to wait (`Retry-After`), when it said so. */
  readonly retryAfterMs: number | undefined;

  constructor(input: { status?: number; code?: number; retryAfterMs?: number; reason?: string }) {
    super(
      input.status === undefined
        ? `Twilio could not be reached${input.reason ? ` (${input.reason})` : ''}; try again`
        : `Twilio answered HTTP ${input.status}${input.code ? ` (code ${input.code})` : ''}; try again`,
    );
    this.name = this.constructor.name;
    this.status = input.status;
    this.code = input.code;
    this.retryAfterMs = input.retryAfterMs;
  }
}

/**
 * Sending again will not help: another 4xx. `code` is Twilio's error code, e.g. 21211 (invalid
 * number) or 63016 (outside WhatsApp's 24-hour window: send an approved template instead).
 * See https://www.twilio.com/docs/api/errors
 */
export class PermanentSendError extends Error {
  readonly status: number;
  readonly code: number | undefined;
  /** Twilio's link to the error's documentation. */
  readonly moreInfo: string | undefined;

  constructor(input: { status: number; code?: number; moreInfo?: string }) {
    super(`Twilio refused the message: HTTP ${input.status}${input.code ? ` (code ${input.code})` : ''}`);
    this.name = this.constructor.name;
    this.status = input.status;
    this.code = input.code;
    this.moreInfo = input.moreInfo;
  }
}
