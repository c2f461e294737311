import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { BotChannelData } from '../bot/bot-message';
import { choiceIn, turnLanguage, type AskChoice } from './ask-dialog';
import { matchChoice, normalize, normalizePhrase, type MatchableChoice } from './match-choice';

/** How an optional question begins: `silent` when the question went out already (sent by the case store). */
export interface OptionalChoiceOptions {
  silent?: boolean;
}

/** What an optional question ends with when the message was not an answer to it. */
export interface PassOn {
  passOn: true;
}

export function isPassOn(value: unknown): value is PassOn {
  return typeof value === 'object' && value !== null && (value as { passOn?: unknown }).passOn === true;
}

/**
 * Only an unmistakable answer counts: a button, the option's number, or its whole title or alias
 * ("🙂", "goed"). No fuzzy matching: "Ja prima, na 3 uur!" is a message for the coach, not a rating.
 */
export function strictMatch(input: { text: string; payload: string | undefined; choices: MatchableChoice[] }): string | undefined {
  const { text, payload, choices } = input;
  if (payload !== undefined) return choices.find((c) => c.id === payload)?.id;
  const whole = normalize(text);
  const byWords = whole ? choices.filter((c) => [c.title, ...(c.aliases ?? [])].some((p) => normalizePhrase(p) === whole)) : [];
  if (byWords.length === 1) return byWords[0]?.id;
  // Numbers and emoji: the shared matcher, on a message that is nothing more than that.
  if (/^\s*\d{1,2}\s*\.?\s*$/.test(text) || !whole) return matchChoice({ text, choices })?.id;
  return undefined;
}

/**
 * A choice question the young person may ignore (a rating, "a tip?"). Unlike AskDialog it never
 * re-asks or offers a person: a message that is not one of the options ends it with {@link PassOn},
 * and the front door then handles that message as if nothing was open (flows/front-door-bot.ts).
 * Nobody is held up by a survey, and nothing they wrote to their coach is swallowed by it.
 */
export class OptionalChoiceDialog extends Dialog {
  constructor(
    dialogId: string,
    private readonly options: { textKey: string; choices: readonly AskChoice[]; textParams?: (context: TurnContext) => Record<string, unknown> },
  ) {
    super(dialogId);
  }

  override async beginDialog(dc: DialogContext, options?: OptionalChoiceOptions): Promise<DialogTurnResult> {
    if (options?.silent !== true) await this.ask(dc.context);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const value = dc.context.activity.value as { choice?: unknown } | undefined;
    const payload = typeof value?.choice === 'string' ? value.choice : undefined;
    const { t } = turnLanguage(dc.context);
    const choices = this.options.choices.map((choice) => choiceIn(t, choice));
    const found = strictMatch({ text: dc.context.activity.text ?? '', payload, choices });
    return dc.endDialog(found ?? ({ passOn: true } satisfies PassOn));
  }

  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.ask(dc.context);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    await this.ask(context);
  }

  private async ask(context: TurnContext): Promise<void> {
    const { t } = turnLanguage(context);
    const channelData: BotChannelData = {
      choices: this.options.choices.map(({ id, titleKey }) => ({ id, title: t(titleKey) })),
      expects: 'choice',
    };
    await context.sendActivity({ type: 'message', text: t(this.options.textKey, this.options.textParams?.(context)), channelData });
  }
}
