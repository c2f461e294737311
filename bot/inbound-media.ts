import type { TurnContext } from 'botbuilder';

/** What came instead of (or with) text: the bot cannot read it, but says so in kind. */
export type MediaKind = 'voice' | 'photo' | 'file';

/**
 * The inbound row keeps the kind in its `payload` column, which otherwise holds a tapped choice's id;
 * choice ids never start with this, so the two cannot be confused.
 */
const MEDIA_PAYLOAD = 'media:';

/** Twilio's `NumMedia` and `MediaContentType0` → what the young person sent; undefined without media. */
export function mediaKindOf(input: { numMedia?: string | undefined; contentType?: string | undefined }): MediaKind | undefined {
  if (!input.numMedia || Number(input.numMedia) < 1) return undefined;
  const type = input.contentType?.toLowerCase() ?? '';
  if (type.startsWith('audio/')) return 'voice';
  if (type.startsWith('image/') || type.startsWith('video/')) return 'photo';
  return 'file';
}

export function mediaPayload(kind: MediaKind): string {
  return `${MEDIA_PAYLOAD}${kind}`;
}

/** The media kind a stored payload names, or undefined when it is a choice id (or nothing). */
export function mediaOfPayload(payload: string | null | undefined): MediaKind | undefined {
  if (!payload?.startsWith(MEDIA_PAYLOAD)) return undefined;
  const kind = payload.slice(MEDIA_PAYLOAD.length);
  return kind === 'voice' || kind === 'photo' || kind === 'file' ? kind : undefined;
}

/** The media of the turn's message (channel-mapping.ts puts it in `value.media`). */
export function inboundMedia(context: TurnContext): MediaKind | undefined {
  const media = (context.activity.value as { media?: unknown } | undefined)?.media;
  return media === 'voice' || media === 'photo' || media === 'file' ? media : undefined;
}
