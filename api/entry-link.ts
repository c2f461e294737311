import type { TFunction } from 'i18next';
import type { Config } from '../config';

export interface EntryLink {
  /** What the QR code encodes. */
  url: string;
  channel: 'whatsapp' | 'web';
  /** The WhatsApp number in international notation (+31…), for the poster's "can't scan?" line. */
  number?: string;
}

/**
 * The link behind an entry point's QR code: WhatsApp (`wa.me`) with a prefilled start text that
 * carries the code, or — with no Twilio number configured — the web chat opened with `?start=<code>`.
 * `t` is the `poster` namespace in the poster's language (the start text is in it).
 */
export function entryLink(input: { config: Pick<Config, 'twilio' | 'publicBaseUrl'>; code: string; t: TFunction }): EntryLink {
  const from = input.config.twilio?.whatsappFrom;
  if (from) {
    const digits = from.replace(/\D/g, '');
    // https://faq.whatsapp.com/5913398998672934: wa.me/<number without + or 0s>?text=<url-encoded text>
    const text = input.t('startText', { code: input.code });
    return { url: `https://wa.me/${digits}?text=${encodeURIComponent(text)}`, channel: 'whatsapp', number: `+${digits}` };
  }
  return { url: `${input.config.publicBaseUrl}/chat?start=${encodeURIComponent(input.code)}`, channel: 'web' };
}
