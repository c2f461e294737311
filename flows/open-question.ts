import { ComponentDialog, DialogContext, type DialogInstance, type DialogState } from 'botbuilder-dialogs';
import { AskDialog } from './ask-dialog';

/**
 * The question a young person is answering: the innermost AskDialog under `instance` (by default
 * the top of the stack). A component keeps its own stack in its state (botbuilder-dialogs'
 * ComponentDialog persists it as `dialogs`), so the walk goes into it. Undefined when what is open
 * is no AskDialog (the appointment list, a rating).
 */
export function openQuestion(dc: DialogContext, instance: DialogInstance | undefined = dc.activeDialog): AskDialog | undefined {
  if (!instance) return undefined;
  const dialog = dc.findDialog(instance.id);
  if (dialog instanceof AskDialog) return dialog;
  if (!(dialog instanceof ComponentDialog)) return undefined;
  const inner = (instance.state as { dialogs?: DialogState } | undefined)?.dialogs;
  if (!inner) return undefined;
  const innerDc = new DialogContext(dialog.dialogs, dc.context, inner);
  return openQuestion(innerDc, innerDc.activeDialog);
}
