import type { i18n } from 'i18next';
import { lockFor } from '../../drizzle/advisory-locks';
import type { DbOrTx } from '../../drizzle/connection';
import { erasureTombstone } from './erasure-tombstone';
import { conversationStillBusy, forgetYoungPerson, type Forgotten } from './forget-young-person';
import type { DataProtector } from './data-protector';

/**
 * The conversation still has a message on its way (or one just shown): forgetting it now would
 * swallow "we are erasing". Thrown so the job is retried with backoff; the relay picks the event up
 * again should the retries run out.
 */
export class ErasureWaitsForConversationError extends Error {
  constructor() {
    super('The erasure waits until the last messages of the conversation were sent');
    this.name = this.constructor.name;
  }
}

/**
 * VERWIJDER MIJN GEGEVENS, confirmed in the chat (`privacy.erasure_requested`): once the conversation
 * is quiet, the young person is forgotten. Runs in the event's transaction.
 */
export async function eraseOnRequest(
  deps: { i18n: i18n; erasureGraceSeconds: number; protector: DataProtector },
  tx: DbOrTx,
  input: { conversationId: string; now: Date },
): Promise<Forgotten> {
  // Under the conversation's turn lock: a turn in flight finishes (and its replies are seen) first.
  await lockFor(tx, 'turn', input.conversationId);
  if (await conversationStillBusy(tx, { conversationId: input.conversationId, graceSeconds: deps.erasureGraceSeconds })) {
    throw new ErasureWaitsForConversationError();
  }
  return forgetYoungPerson(tx, {
    who: { conversationId: input.conversationId },
    reason: 'request',
    actor: 'youth',
    now: input.now,
    tombstone: erasureTombstone({ i18n: deps.i18n, reason: 'request', now: input.now }),
    protector: deps.protector,
  });
}
