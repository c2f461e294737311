import type { TurnContext } from 'botbuilder';
import { type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { AskDialog, turnLanguage } from './ask-dialog';
import { strictMatch } from './optional-choice-dialog';
import { parseName } from './young-person-name';

export const NAME_DIALOG_ID = 'intake.name';

const RATHER_NOT = { id: 'rather_not', titleKey: 'intake.name.rather_not', aliasesKey: 'intake.name.rather_not_aliases' } as const;

/**
 * Ends with the name (a string), or with nothing when they skipped it.
 *
 * "Hoe mag je coach je noemen?": a first name or a chosen name, never required. "Liever niet"
 * (button, its number or its words) skips it; an answer that is no name is asked once more, and
 * after a second one the question is simply skipped: nobody is held up, nor offered a person, for a
 * name. Only a tapped or whole-word "Liever niet" counts as skipping ("Lieve" is a name).
 */
export class NameDialog extends AskDialog<string> {
  constructor() {
    super(NAME_DIALOG_ID, {
      textKey: 'intake.name.question',
      choices: [RATHER_NOT],
      expects: 'text',
      validate: (text, t) => parseName(text, t('intake.name.lead_phrases').split('|')),
      retryKey: 'intake.name.retry',
    });
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type === 'message' && this.skipped(dc.context)) return dc.endDialog();
    return super.continueDialog(dc);
  }

  /** The second answer that is no name: go on without one. */
  protected override async offerPerson(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog();
  }

  private skipped(context: TurnContext): boolean {
    const { t } = turnLanguage(context);
    const value = context.activity.value as { choice?: unknown } | undefined;
    const choice = {
      id: RATHER_NOT.id,
      title: t(RATHER_NOT.titleKey),
      aliases: t(RATHER_NOT.aliasesKey).split('|').map((alias) => alias.trim()).filter(Boolean),
    };
    return strictMatch({ text: context.activity.text ?? '', payload: typeof value?.choice === 'string' ? value.choice : undefined, choices: [choice] }) === RATHER_NOT.id;
  }
}
