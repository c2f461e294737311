import { youths } from '../../drizzle/schema';
import type { DataProtector } from '../privacy/data-protector';

/** The column to select beside a case, for {@link readYouthName}. */
export const youthNameColumns = { nameEnc: youths.nameEnc };

/**
 * What the coach may call the young person (the name they gave in the chat), decrypted, or null
 * when they gave none. Read as part of reading the case: the caller's read is the audited one.
 */
export function readYouthName(protector: DataProtector, row: { nameEnc: string | null }): string | null {
  return row.nameEnc === null ? null : protector.decrypt(row.nameEnc);
}
