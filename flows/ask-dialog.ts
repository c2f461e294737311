import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { BotChannelData, Choice } from '../bot/bot-message';
import type { Language } from '../locales/index';
import { matchChoice, normalize, normalizePhrase, numbersIn, type MatchableChoice } from './match-choice';

/** Translates a key of the `bot` namespace in the conversation's language. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The conversation's language for this turn; the front-door bot sets it before any dialog runs. */
export interface TurnLanguage {
  locale: Language;
  t: Translate;
  /**
   * Every language we speak, for words young people mix in ("quit" in an Arabic chat): an option's
   * word in any of them beats a command word (AskDialog.offersWord).
   */
  everyLanguage?: readonly Translate[];
}

const TURN_LANGUAGE = Symbol.for('jongerenloket.turnLanguage');

/** The talk-to-a-person dialog (flows/person-dialog.ts), registered with the bot's top-level dialogs. */
export const PERSON_DIALOG_ID = 'person';

export class MissingTurnLanguageError extends Error {
  constructor() {
    super('No turn language set: call setTurnLanguage(context, ...) before running a dialog.');
    this.name = this.constructor.name;
  }
}

export function setTurnLanguage(context: TurnContext, language: TurnLanguage): void {
  context.turnState.set(TURN_LANGUAGE, language);
}

export function turnLanguage(context: TurnContext): TurnLanguage {
  const language = context.turnState.get(TURN_LANGUAGE) as TurnLanguage | undefined;
  if (!language) throw new MissingTurnLanguageError();
  return language;
}

/** Sends a message that asks nothing (a notice, a thank-you) in the conversation's language. */
export async function say(context: TurnContext, key: string, options?: Record<string, unknown>): Promise<void> {
  await sayText(context, turnLanguage(context).t(key, options));
}

/** Sends a text already put together from the locale (several lines of it) that asks nothing. */
export async function sayText(context: TurnContext, text: string): Promise<void> {
  const channelData: BotChannelData = { expects: 'none' };
  await context.sendActivity({ type: 'message', text, channelData });
}

/** An option of a choice question; the title (and other words meaning the same) come from the locale. */
export interface AskChoice {
  id: string;
  titleKey: string;
  /** Key(s) of `|`-separated lists of other answers that mean this option ("oké|ok|👍"). */
  aliasesKey?: string | readonly string[];
}

/** An option as the young person sees and types it in one language: its title and its other words. */
export function choiceIn(t: Translate, { id, titleKey, aliasesKey = [] }: AskChoice): MatchableChoice {
  const keys: readonly string[] = typeof aliasesKey === 'string' ? [aliasesKey] : aliasesKey;
  const aliases = keys.flatMap((key) => t(key).split('|')).map((alias) => alias.trim()).filter(Boolean);
  return { id, title: t(titleKey), aliases };
}

export interface AskOptions<T> {
  /** The question. For choices, the channel shows the options (buttons or numbered text). */
  textKey: string;
  choices?: readonly AskChoice[];
  expects: 'choice' | 'number' | 'text';
  /**
   * Turns a typed answer into the value, or undefined when it is not an answer. Used for `number`
   * and `text`; without it a number question accepts one whole number and a text question any text.
   * For `choice`, it reads what matches none of the choices ("Haarlem" at the municipality question).
   */
  validate?: (text: string, t: Translate) => T | undefined;
  /** Short re-ask after an answer that did not fit; the options are listed again below it. */
  retryKey: string;
  /** Values for placeholders in the question, e.g. the coach's name. */
  textParams?: (context: TurnContext) => Record<string, unknown>;
}

interface AskState {
  misses: number;
  /** Placeholders given when the question began ("Bedoel je {{place}}?"), kept for re-asks. */
  params?: Record<string, unknown>;
}

/** What a flow may pass to `beginDialog` of a question. */
export interface AskBeginOptions {
  params?: Record<string, unknown>;
}

/** A button press from the web chat or WhatsApp arrives as `activity.value = { choice: '<id>' }`. */
function buttonPayload(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('choice' in value)) return undefined;
  const { choice } = value as { choice: unknown };
  return typeof choice === 'string' ? choice : undefined;
}

/** A message longer than this is a story, not an answer to a question; it is re-asked. */
const MAX_TEXT_ANSWER = 500;

function defaultValidate(expects: AskOptions<unknown>['expects']): (text: string) => unknown {
  if (expects === 'number') {
    return (text) => {
      const numbers = numbersIn(text);
      return numbers.length === 1 ? numbers[0] : undefined;
    };
  }
  return (text) => text.trim() || undefined;
}

/**
 * The one question helper of every flow (STYLE.md lesson 7). It asks one question, offers the
 * choices in `channelData` (buttons on the web, numbered text on WhatsApp: DESIGN.md rule 6), and
 * understands them typed as number, title or close spelling; re-asks briefly when an answer does not fit, and after two misses offers a
 * person. Ends with the chosen id, or the validated value.
 *
 * One instance per question, because `validate` is a function and dialog state is stored as JSON.
 */
export class AskDialog<T = string> extends Dialog {
  constructor(
    dialogId: string,
    private readonly options: AskOptions<T>,
  ) {
    super(dialogId);
  }

  override async beginDialog(dc: DialogContext, options?: AskBeginOptions): Promise<DialogTurnResult> {
    const state: AskState = options?.params ? { misses: 0, params: options.params } : { misses: 0 };
    dc.activeDialog!.state = state;
    await this.ask(dc.context, this.options.textKey, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const answer = this.recognize(dc.context);
    if (answer !== undefined) return dc.endDialog(answer);

    const state = dc.activeDialog!.state as AskState;
    state.misses += 1;
    if (state.misses % 2 === 0) return this.offerPerson(dc);
    await this.ask(dc.context, this.options.retryKey, state);
    return Dialog.EndOfTurn;
  }

  /** Asks the question again, e.g. after the language changed or an interruption ended. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.ask(context, this.options.textKey, instance.state as AskState | undefined);
  }

  /**
   * After two misses: say that a coach can help and offer to hand over to a person now. When the
   * young person declines (or outside the bot, where there is no person dialog) the question is
   * asked again.
   */
  protected async offerPerson(dc: DialogContext): Promise<DialogTurnResult> {
    await say(dc.context, 'ask.person_offer');
    if (dc.findDialog(PERSON_DIALOG_ID)) return dc.beginDialog(PERSON_DIALOG_ID);
    await this.ask(dc.context, this.options.retryKey, dc.activeDialog?.state as AskState | undefined);
    return Dialog.EndOfTurn;
  }

  /** A dialog pushed on top (the person offer, a global command) has ended: ask the question again. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.ask(dc.context, this.options.textKey, dc.activeDialog?.state as AskState | undefined);
    return Dialog.EndOfTurn;
  }

  /**
   * Whether the message is, as a whole, one of this question's options by title or alias: then it is
   * the answer, even when the same word is a global command ("quit" for "Quit, no diploma").
   */
  offersWord(context: TurnContext, text: string): boolean {
    return this.wordChoice(context, text) !== undefined;
  }

  /**
   * The option whose whole title or alias the message is, in the conversation's language or any
   * other we speak; undefined when none, or when the word means different options in different languages.
   */
  private wordChoice(context: TurnContext, text: string): string | undefined {
    const typed = normalize(text);
    if (!typed || this.options.expects !== 'choice') return undefined;
    const { t, everyLanguage = [] } = turnLanguage(context);
    const ids = new Set(
      [t, ...everyLanguage].flatMap((translate) =>
        this.choicesIn(context, translate)
          .filter((choice) => [choice.title, ...(choice.aliases ?? [])].some((phrase) => normalizePhrase(phrase) === typed))
          .map((choice) => choice.id),
      ),
    );
    return ids.size === 1 ? [...ids][0] : undefined;
  }

  /** Whether the turn's message is an answer to this question (for a way back from the menu). */
  accepts(context: TurnContext): boolean {
    return this.recognize(context) !== undefined;
  }

  private recognize(context: TurnContext): string | T | undefined {
    const text = context.activity.text ?? '';
    if (this.options.expects === 'choice') {
      const payload = buttonPayload(context.activity.value);
      // A whole title or alias typed in any language ("geen diploma" in an Arabic chat) goes before a
      // looser match in the chat's language, which might take "diploma" for "hbo diploma".
      const exact = payload === undefined ? this.wordChoice(context, text) : undefined;
      const chosen = exact ?? matchChoice({ text, payload, choices: this.choicesIn(context) })?.id;
      if (chosen !== undefined || !this.options.validate || !text.trim() || text.length > MAX_TEXT_ANSWER) return chosen;
      return this.options.validate(text, turnLanguage(context).t);
    }
    if (!text.trim() || text.length > MAX_TEXT_ANSWER) return undefined;
    const validate = this.options.validate ?? (defaultValidate(this.options.expects) as (text: string) => T | undefined);
    return validate(text, turnLanguage(context).t);
  }

  private choicesIn(context: TurnContext, t: Translate = turnLanguage(context).t): MatchableChoice[] {
    return (this.options.choices ?? []).map((choice) => choiceIn(t, choice));
  }

  private async ask(context: TurnContext, leadKey: string, state?: AskState): Promise<void> {
    const { t } = turnLanguage(context);
    const choices: Choice[] = this.choicesIn(context).map(({ id, title }) => ({ id, title }));
    const channelData: BotChannelData =
      choices.length > 0 ? { choices, expects: this.options.expects } : { expects: this.options.expects };
    await context.sendActivity({
      type: 'message',
      // The channel adds the numbered options where there are no buttons (bot/channel-mapping.ts).
      text: t(leadKey, state?.params || this.options.textParams ? { ...this.options.textParams?.(context), ...state?.params } : undefined),
      channelData,
    });
  }
}
