import type { DialogContext } from 'botbuilder-dialogs';
import { caseContext } from '../bot/case-context';
import type { MediaKind } from '../bot/inbound-media';
import { emitEvent } from '../bot/turn-effects';
import { say } from './ask-dialog';

/**
 * A voice note, photo or file: the bot cannot read it and says so in the young person's language.
 * With a coach, the coach's thread shows that one came (`threadNote`, in the coach's Dutch; the
 * media itself is not downloaded) and the young person hears that the coach will see it.
 * Returns whether a coach was told.
 */
export async function answerMedia(dc: DialogContext, input: { kind: MediaKind; threadNote: string }): Promise<boolean> {
  const open = caseContext(dc.context);
  if (open) {
    emitEvent(dc.context, { type: 'youth.message_for_coach', payload: { text: input.threadNote } });
    await say(dc.context, `commands:media.to_coach.${input.kind}`, { coach: open.coachFirstName });
    return true;
  }
  await say(dc.context, `commands:media.cannot_read.${input.kind}`);
  return false;
}
