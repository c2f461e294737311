import { ComponentDialog, Dialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { languages, type Language } from '../locales/index';
import type { TurnContext } from 'botbuilder';
import { AskDialog, say, type Translate } from './ask-dialog';

export const LANGUAGE_DIALOG_ID = 'language';
const CHOOSE = `${LANGUAGE_DIALOG_ID}.choose`;
/** Once the question what the untranslated rest should come in; a chat left open there goes on. */
const LEGACY_FALLBACK = `${LANGUAGE_DIALOG_ID}.fallback`;

/** The language chosen. */
export interface LanguageChoice {
  locale: Language;
}

/**
 * The one line under the welcome that shows the other languages exist, each named in itself
 * ("🌍 English · Türkçe · Polski · Українська · العربية: typ je taal / type your language"):
 * typing a name switches (command-words.ts languageWords), so it blocks nothing.
 */
export function languageOffer(t: Translate, locale: Language): string {
  const others = languages.filter((code) => code !== locale).map((code) => t(`commands:language.names.${code}`));
  return t('commands:language.offer', { languages: others.join(' · ') });
}

/** A step of a dialog that no longer asks anything: whatever comes next ends it. */
class EndsOnNextMessage extends Dialog {
  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog();
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog();
  }
}

/** TAAL / LANGUAGE: picks one of the languages by its own name; every text exists in each of them. */
export class LanguageDialog extends ComponentDialog {
  /** `apply` switches the conversation (and this turn) to the choice at once, so what follows is in it. */
  constructor(private readonly apply: (context: TurnContext, choice: LanguageChoice) => void) {
    super(LANGUAGE_DIALOG_ID);
    this.addDialog(
      new AskDialog(CHOOSE, {
        textKey: 'commands:language.question',
        choices: languages.map((code) => ({ id: code, titleKey: `commands:language.names.${code}`, aliasesKey: `commands:language.name_aliases.${code}` })),
        expects: 'choice',
        retryKey: 'commands:language.retry',
      }),
    );
    this.addDialog(new EndsOnNextMessage(LEGACY_FALLBACK));
    this.addDialog(
      new WaterfallDialog(`${LANGUAGE_DIALOG_ID}.steps`, [
        // Typing a language's name ("english", "türkçe") starts here with the choice made.
        (step) => {
          const chosen = (step.options as { locale?: Language } | undefined)?.locale;
          return chosen ? step.next(chosen) : step.beginDialog(CHOOSE);
        },
        (step) => this.finish(step, step.result as Language),
        // A chat that was at the old fallback question when it went away: the language it chose stays.
        (step) => this.finish(step, (step.values as { locale: Language }).locale),
      ]),
    );
    this.initialDialogId = `${LANGUAGE_DIALOG_ID}.steps`;
  }

  private async finish(step: WaterfallStepContext, locale: Language): Promise<DialogTurnResult> {
    this.apply(step.context, { locale });
    await say(step.context, 'commands:language.switched');
    return step.endDialog({ locale } satisfies LanguageChoice);
  }
}
