import {
  pino,
  stdSerializers,
  type DestinationStream,
  type Logger,
  type LoggerOptions,
} from "pino";

/**
 * The process logger. Requests are logged without their query string (a web chat session id is a
 * secret) and without bodies; known personal fields are redacted wherever they appear
 * (DESIGN.md rule 5: no phone numbers or message text in logs).
 */
export function createLogger(
  options: { level: string },
  destination?: DestinationStream,
): Logger {
  const settings: LoggerOptions = {
    level: options.level,
    redact: {
      paths: [
        "Body",
        "From",
        "To",
        "text",
        "body",
        "*.Body",
        "*.From",
        "*.To",
        "*.text",
        "*.body",
        "*.phone",
        "*.whatsapp",
        "req.headers.authorization",
        'req.headers["x-twilio-signature"]',
      ],
      censor: "[redacted]",
    },
    serializers: {
      // A database error carries the failed statement's values (`parameters`, `args`: password and
      // token hashes, encrypted answers) and a `detail` that may quote one ("Key (email)=(…)"), and
      // the client with its connection settings: the error is logged without them.
      err: (error: Error) => {
        const {
          client: _client,
          parameters: _parameters,
          args: _args,
          detail: _detail,
          ...rest
        } = stdSerializers.err(error) as ReturnType<
          typeof stdSerializers.err
        > & {
          client?: unknown;
          parameters?: unknown;
          args?: unknown;
          detail?: unknown;
        };
        return rest;
      },
      req: (req: { method?: string; url?: string; id?: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url?.split("?")[0],
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
  return destination ? pino(settings, destination) : pino(settings);
}
