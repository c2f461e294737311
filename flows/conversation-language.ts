import type { TurnContext } from 'botbuilder';
import type { i18n } from 'i18next';
import { turnEffects } from '../bot/turn-effects';
import { languages, type Language } from '../locales/index';
import { setTurnLanguage } from './ask-dialog';
import { detectLanguage } from './detect-language';
import { primaryLanguage, translator } from './turn-translator';

/**
 * The language a new conversation starts in: the language of its page (the web chat's, chosen by the
 * young person or their browser, is never overridden); on WhatsApp, where no page chose one, the
 * language the first message is clearly written in; else Dutch. A language the page did not name
 * goes to the channel with the turn's effects.
 */
export function startingLanguage(context: TurnContext): Language {
  const written = context.activity.channelId === 'whatsapp' ? detectLanguage(context.activity.text ?? '') : undefined;
  if (written && written !== context.activity.locale) turnEffects(context).locale = written;
  return written ?? primaryLanguage(context.activity.locale) ?? languages[0];
}

/** The turn speaks `locale`; an option's word typed in any language we speak still counts (TurnLanguage.everyLanguage). */
export function useLanguage(context: TurnContext, { i18n, locale }: { i18n: i18n; locale: Language }): void {
  const everyLanguage = languages.map((language) => translator(i18n, language));
  setTurnLanguage(context, { locale, t: translator(i18n, locale), everyLanguage });
}
