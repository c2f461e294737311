/**
 * Where the product stores ciphertext (cases/privacy/data-protector.ts): every column, and every
 * field inside a jsonb column, that holds a value made by `protector.encrypt`. `npm run keys:rotate`
 * re-encrypts exactly these under the current key, so a new encrypted column is one line here
 * (cases/privacy/encrypted-columns.test.ts fails for a `*_enc` column that is missing).
 */
export interface EncryptedColumn {
  table: string;
  /** The column with the ciphertext (for `jsonField`, the jsonb column that holds it). */
  column: string;
  /** The field inside a jsonb `column` that holds the ciphertext, where there is one. */
  jsonField?: string;
  /** The primary key column (default `id`). */
  id?: string;
  /**
   * Also recompute the conversation key from the decrypted address: the key is a keyed hash under
   * the data key, so it must follow the key too (messages/conversation-key.ts).
   */
  conversationKey?: true;
}

export const encryptedColumns: readonly EncryptedColumn[] = [
  { table: 'conversations', column: 'address_enc', conversationKey: true },
  { table: 'conversations', column: 'display_name_enc' },
  { table: 'inbound_messages', column: 'body_enc' },
  { table: 'outbound_messages', column: 'body_enc' },
  { table: 'outbound_messages', column: 'content_variables_enc' },
  { table: 'bot_state', column: 'data_enc', id: 'key' },
  { table: 'coaches', column: 'whatsapp_enc' },
  { table: 'youths', column: 'contact_enc' },
  { table: 'youths', column: 'name_enc' },
  { table: 'cases', column: 'assessment_enc' },
  { table: 'case_messages', column: 'body_enc' },
  { table: 'signals', column: 'details_enc' },
  { table: 'staff_accounts', column: 'totp_secret_enc' },
  { table: 'feedback', column: 'suggestion_enc' },
  { table: 'trusted_persons', column: 'details_enc' },
  // Encrypted as a whole; words inside that were encrypted on their own are re-encrypted with them (rotate-keys.ts).
  { table: 'domain_events', column: 'payload_enc' },
  { table: 'handovers', column: 'summary_enc' },
  { table: 'handovers', column: 'category_enc' },
  { table: 'outbound_emails', column: 'message_enc' },
  { table: 'case_events', column: 'data', jsonField: 'signalEnc' },
  // Rows an older version wrote in the clear, until the start-up encryption reaches them (encrypt-plain-columns.ts).
  { table: 'domain_events', column: 'payload', jsonField: 'textEnc' },
  { table: 'case_events', column: 'data', jsonField: 'noteEnc' },
];
