import { pino, stdSerializers, type Logger } from 'pino';

/**
 * The process logger. Requests are logged without their query string (a web chat session id is a
 * secret) and without bodies; known personal fields are redacted wherever they appear
 * (DESIGN.md rule 5: no phone numbers or message text in logs).
 */
export function createLogger(options: { level: string }): Logger {
  return pino({
    level: options.level,
    redact: {
      paths: ['Body', 'From', 'To', 'text', 'body', '*.Body', '*.From', '*.To', '*.text', '*.body', '*.phone', '*.whatsapp', 'req.headers.authorization', 'req.headers["x-twilio-signature"]'],
      censor: '[redacted]',
    },
    serializers: {
      // node-postgres errors carry the whole client (connection settings, buffers): keep the error itself.
      err: (error: Error) => {
        const { client: _client, ...rest } = stdSerializers.err(error) as ReturnType<typeof stdSerializers.err> & { client?: unknown };
        return rest;
      },
      req: (req: { method?: string; url?: string; id?: string }) => ({ id: req.id, method: req.method, path: req.url?.split('?')[0] }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
