import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { completeLanguages, languages, type Language } from '../locales/index';
import type { TurnContext } from 'botbuilder';
import { AskDialog, say, turnLanguage, type Translate } from './ask-dialog';

export const LANGUAGE_DIALOG_ID = 'language';
const CHOOSE = `${LANGUAGE_DIALOG_ID}.choose`;
const FALLBACK = `${LANGUAGE_DIALOG_ID}.fallback`;

/** The language chosen, and for a language we do not speak completely, the one to fall back on. */
export interface LanguageChoice {
  locale: Language;
  fallback: Language;
}

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  if (typeof value !== 'object' || value === null) return false;
  const { locale, fallback } = value as Partial<LanguageChoice>;
  return (languages as readonly string[]).includes(locale ?? '') && (languages as readonly string[]).includes(fallback ?? '');
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

/**
 * TAAL / LANGUAGE: picks one of the languages by its own name. For a language that is not complete
 * (Turkish, Polish, Ukrainian, Arabic: privacy notice, menu, commands and handover only), the young
 * person chooses whether the rest comes in Dutch or English.
 */
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
    this.addDialog(
      new AskDialog(FALLBACK, {
        textKey: 'commands:language.fallback_question',
        // "Some questions are not in Turkish yet": the language named in the language itself.
        textParams: (context) => {
          const { locale, t } = turnLanguage(context);
          return { language: t(`commands:language.called.${locale}`) };
        },
        choices: completeLanguages.map((code) => ({ id: code, titleKey: `commands:language.names.${code}`, aliasesKey: `commands:language.name_aliases.${code}` })),
        expects: 'choice',
        retryKey: 'commands:language.retry',
      }),
    );
    this.addDialog(
      new WaterfallDialog(`${LANGUAGE_DIALOG_ID}.steps`, [
        // Typing a language's name ("english", "türkçe") starts here with the choice made.
        (step) => {
          const chosen = (step.options as { locale?: Language } | undefined)?.locale;
          return chosen ? step.next(chosen) : step.beginDialog(CHOOSE);
        },
        (step) => this.chosen(step),
        (step) => this.done(step),
      ]),
    );
    this.initialDialogId = `${LANGUAGE_DIALOG_ID}.steps`;
  }

  private async chosen(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const locale = step.result as Language;
    (step.values as { locale?: Language }).locale = locale;
    if ((completeLanguages as readonly string[]).includes(locale)) return this.finish(step, { locale, fallback: locale });
    // Asked in the chosen language (with Dutch underneath for what is not translated yet).
    this.apply(step.context, { locale, fallback: 'nl' });
    return step.beginDialog(FALLBACK);
  }

  private async done(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const locale = (step.values as { locale: Language }).locale;
    return this.finish(step, { locale, fallback: step.result as Language });
  }

  private async finish(step: WaterfallStepContext, choice: LanguageChoice): Promise<DialogTurnResult> {
    this.apply(step.context, choice);
    await say(step.context, 'commands:language.switched');
    return step.endDialog(choice);
  }
}
