import type { DbOrTx } from '../../drizzle/connection';
import { ConflictError } from '../errors';
import { settleOnFirstContact } from '../handover/settle-handovers';
import type { DataProtector } from '../privacy/data-protector';
import { appendCaseEvents } from './case-repository';
import { lockCase } from './case-lifecycle-lock';

/** The kinds of contact a coach logs by hand (a message is logged by sending it). */
export const contactKinds = ['call'] as const;
export type ContactKind = (typeof contactKinds)[number];

/**
 * A coach logs contact made outside the chat (a phone call): it is in the case's history, with the
 * note encrypted (`noteEnc`, shown decrypted to who may read the case), and counts as first contact
 * ({@link settleOnFirstContact}). Whether the viewer may is the caller's check (case-access.ts).
 * Only an open case: a closed one gets no first contact.
 */
export async function logContact(
  tx: DbOrTx,
  deps: { protector: DataProtector },
  input: { caseId: string; kind: ContactKind; note?: string | undefined; actor: string; now: Date },
): Promise<{ at: Date }> {
  // Locked like a close: a case closed at this moment gets no contact after its end.
  const found = await lockCase(tx, input.caseId);
  if (found.status !== 'open') throw new ConflictError('The case is not open');
  await appendCaseEvents(tx, [
    {
      caseId: input.caseId,
      type: 'contact.logged',
      actor: input.actor,
      data: { kind: input.kind, ...(input.note ? { noteEnc: deps.protector.encrypt(input.note) } : {}) },
    },
  ]);
  await settleOnFirstContact(tx, { caseId: input.caseId, how: input.kind, actor: input.actor, now: input.now });
  return { at: input.now };
}
