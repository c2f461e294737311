import type { DataProtector } from '../cases/privacy/data-protector';
import type { DbOrTx } from '../drizzle/connection';
import { outboundMessages } from '../drizzle/schema';
import type { ContentTemplateName } from './content-templates';

/**
 * Queues an approved WhatsApp Content template (DESIGN.md rule 6: outside the 24-hour window only
 * templates go out) for a young person or a coach; the send job sends it by the template's SID.
 * Whether a young person may get one at all is reachYoungPerson's (reach-young-person.ts).
 * The variables are stored encrypted; `tag` names what it is about (`<template> <tag>`, encrypted
 * as the row's body) for the history. Returns the row's id.
 */
export async function queueTemplate(
  tx: DbOrTx,
  protector: DataProtector,
  input: { to: { conversationId: string } | { coachId: string }; name: ContentTemplateName; variables: Record<string, string>; tag: string },
): Promise<number | undefined> {
  const [row] = await tx
    .insert(outboundMessages)
    .values({
      ...input.to,
      channel: 'whatsapp',
      kind: 'template',
      templateName: input.name,
      bodyEnc: protector.encrypt(`${input.name} ${input.tag}`),
      contentVariablesEnc: protector.encrypt(JSON.stringify(input.variables)),
    })
    .returning({ id: outboundMessages.id });
  return row?.id;
}
