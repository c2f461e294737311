import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

describe('the process logger', () => {
  it('logs a failed statement without its values: no parameters, arguments or detail', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger({ level: 'info' }, sink);
    const error = Object.assign(new Error('duplicate key value violates unique constraint "staff_accounts_email"'), {
      code: '23505',
      query: 'insert into staff_accounts (email, password_hash) values ($1, $2)',
      parameters: ['sanne@example.nl', '$argon2id$v=19$secret-hash'],
      args: ['sanne@example.nl', '$argon2id$v=19$secret-hash'],
      detail: 'Key (email)=(sanne@example.nl) already exists.',
    });
    logger.error({ err: error }, 'insert failed');
    const logged = lines.join('');
    expect(logged).toContain('23505');
    expect(logged).toContain('staff_accounts_email');
    expect(logged).not.toContain('sanne@example.nl');
    expect(logged).not.toContain('secret-hash');
  });
});
