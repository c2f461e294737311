/**
 * In-session interactive WhatsApp messages: a question's choices as buttons (`twilio/quick-reply`)
 * or as a list (`twilio/list-picker`), each resource with a `twilio/text` fallback that shows the
 * choices numbered, so every choice also works as a typed number (DESIGN.md rule 6).
 * See https://www.twilio.com/docs/content/twilio-quick-reply and .../twilio-list-picker.
 *
 * A Content resource holds fixed text, so there is one per distinct (shape, body, choices, list
 * button). Its Twilio friendly name is `jl_ix_<hash>` and `content_templates` caches
 * `ix_<hash>` → SID, the same name → `jl_<name>` convention as the templates of content-sync.ts.
 *
 * There is no sync step for these, unlike the templates: inside the 24-hour window they need no
 * WhatsApp approval, so the first send of a question creates its resource and the cache makes
 * that a one-off. Lazily creating on first use plus the cache IS the sync. A changed text in
 * locales/ simply hashes to a new resource; the old one stays on Twilio, unused.
 */
import { createHash } from 'node:crypto';
import type { Choice } from '../bot/bot-message';
import { withNumberedChoices } from '../bot/channel-mapping';
import type { Db } from '../drizzle/connection';
import { WHATSAPP_BODY_LIMIT } from './split-for-whatsapp';
import { lockFor } from '../drizzle/advisory-locks';
import { contentFriendlyName, listOurContents } from './content-sync';
import { recordContent, recordedContentSid } from './content-store';
import type { TwilioClient } from './twilio-client';

/** WhatsApp's limits as Twilio documents them for these two content types. */
export const interactiveLimits = {
  /** Body of a quick-reply or list-picker (the `twilio/text` fallback may have 1,600). */
  body: 1024,
  buttons: 3,
  buttonTitle: 20,
  items: 10,
  itemTitle: 24,
  /** The label of the button that opens the list. */
  listButton: 20,
  /** A button or item id: the payload WhatsApp sends back on a tap. */
  id: 200,
} as const;


export type InteractiveShape = 'twilio/quick-reply' | 'twilio/list-picker';

/** What to create on Twilio for one question, and under which name. */
export interface InteractiveContent {
  shape: InteractiveShape;
  /** Name in `content_templates`: `ix_<hash>`. */
  name: string;
  /** Name on Twilio: `jl_ix_<hash>`. */
  friendlyName: string;
  /** The Content API `types` object: the interactive type and its `twilio/text` fallback. */
  types: Record<string, unknown>;
}

/**
 * The interactive form of a question, or undefined when WhatsApp cannot show it (too many
 * choices, a title or the body too long): the caller then sends the numbered text.
 * Quick-reply buttons where they fit (≤3, titles ≤20), else a list (≤10, titles ≤24).
 */
export function interactiveContentFor(input: { body: string; choices: Choice[]; listButton: string }): InteractiveContent | undefined {
  const { body, choices, listButton } = input;
  const fallback = withNumberedChoices({ text: body, choices, expects: 'choice' });
  if (choices.length === 0 || !body.trim() || length(body) > interactiveLimits.body || length(fallback) > WHATSAPP_BODY_LIMIT) return undefined;
  const ids = new Set(choices.map((c) => c.id));
  const titles = new Set(choices.map((c) => c.title));
  // WhatsApp wants ids and titles unique within a message, or it cannot tell the taps apart.
  if (ids.size !== choices.length || titles.size !== choices.length) return undefined;
  if (!choices.every((c) => c.id && length(c.id) <= interactiveLimits.id && c.title.trim())) return undefined;

  const longest = Math.max(...choices.map((c) => length(c.title)));
  const text = { body: fallback };
  if (choices.length <= interactiveLimits.buttons && longest <= interactiveLimits.buttonTitle) {
    return named('twilio/quick-reply', { body, choices: pairs(choices) }, {
      'twilio/quick-reply': { body, actions: choices.map((c) => ({ title: c.title, id: c.id })) },
      'twilio/text': text,
    });
  }
  const button = listButton.trim();
  if (choices.length <= interactiveLimits.items && longest <= interactiveLimits.itemTitle && button && length(button) <= interactiveLimits.listButton) {
    return named('twilio/list-picker', { body, choices: pairs(choices), button }, {
      'twilio/list-picker': { body, button, items: choices.map((c) => ({ item: c.title, id: c.id })) },
      'twilio/text': text,
    });
  }
  return undefined;
}

/**
 * The Content SID of the interactive form of a question, creating the resource on first use;
 * undefined when the question does not fit WhatsApp's interactive limits. Throws when Twilio
 * fails; the caller sends the numbered text instead.
 *
 * Idempotent across processes: the cache is read first; a miss takes an advisory lock on the
 * name in a short transaction of its own (never the caller's, which may hold other locks for a
 * long time), reads the cache again (another process may have just recorded it), then adopts a
 * resource already on Twilio by friendly name (a crash between create and record) before it
 * creates one. So two sends of the same new question never create two resources.
 */
export async function ensureInteractiveContent(input: {
  client: Pick<TwilioClient, 'content'>;
  /** The database itself, not a transaction: the lock must be released as soon as this is done. */
  db: Db;
  body: string;
  choices: Choice[];
  /** Label of the button that opens a list, in the conversation's language. */
  listButton: string;
  /** The conversation's language; only metadata on Twilio, not part of the resource's identity. */
  language: string;
}): Promise<string | undefined> {
  const content = interactiveContentFor(input);
  if (!content) return undefined;
  const known = knownSids(input.db);
  const remembered = known.get(content.name);
  if (remembered) return remembered;
  const cached = await recordedContentSid(input.db, content.name);
  if (cached) return remember(known, content.name, cached);

  const sid = await input.db.transaction(async (tx) => {
    await lockFor(tx, 'content', content.name);
    const recorded = await recordedContentSid(tx, content.name);
    if (recorded) return recorded;
    let contentSid = (await listOurContents(input.client)).get(content.friendlyName);
    if (!contentSid) {
      // Wire names as the Content API takes them (see content-sync.ts).
      const created = await input.client.content.v1.contents.create({
        friendly_name: content.friendlyName,
        language: input.language,
        types: content.types,
      } as unknown as ContentCreateParams);
      contentSid = created.sid;
    }
    // Session-only content is never submitted to WhatsApp for approval.
    await recordContent(tx, { name: content.name, contentSid, approvalStatus: 'not_required' }, { keepFirst: true });
    return contentSid;
  });
  return remember(known, content.name, sid);
}

/**
 * Recorded SIDs per database, kept in memory: a resource's name is the hash of its content, so a
 * recorded name never points elsewhere. Without this every question sent cost a query.
 */
const sidsByDatabase = new WeakMap<Db, Map<string, string>>();
const MAX_REMEMBERED = 5000;

function knownSids(db: Db): Map<string, string> {
  let known = sidsByDatabase.get(db);
  if (!known) sidsByDatabase.set(db, (known = new Map()));
  return known;
}

function remember(known: Map<string, string>, name: string, sid: string): string {
  // Questions are a few hundred distinct texts; a bound keeps a leak of distinct ones harmless.
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(name, sid);
  return sid;
}

type ContentCreateParams = Parameters<TwilioClient['content']['v1']['contents']['create']>[0];

function named(shape: InteractiveShape, identity: Record<string, unknown>, types: Record<string, unknown>): InteractiveContent {
  const hash = createHash('sha256')
    .update(JSON.stringify({ shape, ...identity }))
    .digest('hex')
    .slice(0, 32);
  const name = `ix_${hash}`;
  return { shape, name, friendlyName: contentFriendlyName(name), types };
}

/** Only what the young person sees and taps back names the resource, whatever else a row holds. */
function pairs(choices: Choice[]): [string, string][] {
  return choices.map((c) => [c.id, c.title]);
}

/** WhatsApp counts characters, not UTF-16 units: an emoji is one. */
function length(text: string): number {
  return [...text].length;
}
