import type { TFunction } from 'i18next';

/**
 * The body of an e-mail to a coach: its text in locales/<lang>/email.json (`<key>.body`) and the one
 * signature every coach e-mail ends with (handover notices, updates about their young person, nearing 27).
 */
export function coachEmailBody(t: TFunction, key: string, values: Record<string, unknown>): string {
  return `${t(`${key}.body`, values)}\n\n${t('signature')}\n`;
}
