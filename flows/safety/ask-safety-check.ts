import type { TurnContext } from 'botbuilder';
import type { BotChannelData } from '../../bot/bot-message';
import { choiceIn, turnLanguage } from '../ask-dialog';
import { matchChoice } from '../match-choice';
import { yesNoChoices } from '../yes-no';
import type { SafetyCategory } from './safety-types';

const CHECK = 'commands:safety.check';

/**
 * The one check question after an ambiguous message, with yes and no rather than silence or a false
 * alarm. It asks about what the message was ambiguous about: "ik wil niet meer" gets "Bedoel je dat
 * je niet meer wilt leven?", "thuis is het niet chill" gets "Voel je je thuis onveilig?". Every
 * question is put so that "ja" means the danger of its category.
 */
export async function askSafetyCheck(context: TurnContext, category: SafetyCategory): Promise<void> {
  const { t } = turnLanguage(context);
  const channelData: BotChannelData = { choices: yesNoChoices(CHECK).map(({ id, titleKey }) => ({ id, title: t(titleKey) })), expects: 'choice' };
  await context.sendActivity({ type: 'message', text: t(`${CHECK}.question.${category}`), channelData });
}

/** The answer to the check question: a button, "ja", "yes", "nee", ...; undefined for anything else. */
export function safetyCheckAnswer(context: TurnContext): 'yes' | 'no' | undefined {
  const { t } = turnLanguage(context);
  const choices = yesNoChoices(CHECK).map((choice) => choiceIn(t, choice));
  const value = context.activity.value as { choice?: unknown } | undefined;
  const payload = typeof value?.choice === 'string' ? value.choice : undefined;
  const found = matchChoice({ text: context.activity.text ?? '', payload, choices })?.id;
  return found === 'yes' || found === 'no' ? found : undefined;
}
