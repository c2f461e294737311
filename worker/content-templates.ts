/**
 * Our Twilio Content resources: the WhatsApp templates WhatsApp (Meta) must approve before we may
 * send them outside the 24-hour customer-service window (DESIGN.md rule 6). The text lives here,
 * not in locales/, because it is registered with Twilio and reviewed by Meta as is; changing it
 * means a new Content resource and a new approval.
 *
 * Meta's rules that shape the bodies: placeholders are `{{1}}`, `{{2}}`… in order, a body may not
 * start or end with a placeholder, and every placeholder needs a sample value.
 * See https://www.twilio.com/docs/content/content-types-overview
 */

/** WhatsApp template categories (https://www.twilio.com/docs/whatsapp/tutorial/message-template-approvals-statuses). */
export type ContentCategory = 'UTILITY' | 'MARKETING' | 'AUTHENTICATION';

export interface ContentTemplate {
  /** Our name (lower-case, digits, underscores); on Twilio the resource is `jl_<name>`. */
  name: string;
  /** Language code as Twilio and WhatsApp expect it, e.g. `nl`. */
  language: string;
  category: ContentCategory;
  /** The plain text, with `{{n}}` placeholders; also the `twilio/text` fallback. */
  body: string;
  /** Sample value per placeholder number: Meta reviews the template with these. */
  variables: Record<string, string>;
  /**
   * The Content API `types` object, keyed by content type: `twilio/text`, and later
   * `twilio/quick-reply` (up to 3 buttons) or `twilio/list-picker` (up to 10 items).
   */
  types: Record<string, unknown>;
}

/** A template that is plain text only. */
function textTemplate(input: Omit<ContentTemplate, 'types'>): ContentTemplate {
  return { ...input, types: { 'twilio/text': { body: input.body } } };
}

export const contentTemplates: ContentTemplate[] = [
  // Sent to the coach (vaste contactpersoon) when a young person is handed over. It carries no
  // name or story of the young person: those stay behind the coach inbox link.
  textTemplate({
    name: 'handover_coach',
    language: 'nl',
    category: 'UTILITY',
    body:
      'Beste {{1}}, via het Jongerenloket is een jongere aan jou overgedragen als vaste contactpersoon. ' +
      'Route en intensiteit: {{2}}. Bekijk de samenvatting van de intake in je inbox: {{3}} ' +
      'Wil je zo snel mogelijk contact opnemen met de jongere?',
    variables: {
      '1': 'Sanne',
      '2': 'werk, middelzwaar',
      '3': 'https://jongerenloket.example.nl/inbox/overdrachten/voorbeeld',
    },
  }),
];
