import type { DialogContext, DialogInstance } from 'botbuilder-dialogs';
import { MENU_DIALOG_ID } from './menu-dialogs';
import { openQuestion } from './open-question';

/** The menu's own entries on the stack: the menu waterfall and its question (`menu`, `menu.ask…`). */
const isMenu = (instance: DialogInstance) => instance.id.split('.')[0] === MENU_DIALOG_ID;

/**
 * MENU in the middle of a question, then the answer to that question ("20", "Amstelveen"): the
 * young person means to go on. When the menu does not understand the message but the question it
 * interrupted does, the menu is taken off the stack without a word, and the caller continues the
 * question with the message. Returns whether it did.
 */
export function leaveMenuForAnswer(dc: DialogContext): boolean {
  const top = dc.activeDialog;
  if (!top || !isMenu(top)) return false;
  if (openQuestion(dc)?.accepts(dc.context) !== false) return false;
  // The stack's top is its last entry.
  let below = dc.stack.length - 1;
  while (below >= 0 && isMenu(dc.stack[below]!)) below -= 1;
  const interrupted = below < 0 ? undefined : dc.stack[below];
  if (!interrupted || !openQuestion(dc, interrupted)?.accepts(dc.context)) return false;
  // Popped directly rather than ended: ending would resume the question and ask it again first.
  dc.stack.splice(below + 1);
  return true;
}
