import type { DbOrTx } from '../drizzle/connection';
import { recordContent, recordedContents, recordedContentSid } from './content-store';
import type { ContentTemplate } from './content-templates';
import type { TwilioClient } from './twilio-client';

/** The part of a pino logger this needs. */
export interface SyncLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

type ContentCreateParams = Parameters<TwilioClient['content']['v1']['contents']['create']>[0];

/** Our resources on Twilio are named `jl_<name>`, so we find them again after a crash. */
export function contentFriendlyName(name: string): string {
  return `jl_${name}`;
}

/**
 * Makes sure every template exists as a Twilio Content resource and its SID is in
 * `content_templates`. Safe to run at every start and from several processes:
 * - a SID given in config (`TWILIO_CONTENT_SIDS`) wins and is only recorded;
 * - a SID already recorded is kept, without calling Twilio;
 * - otherwise an existing resource named `jl_<name>` is adopted (a crash between create and
 *   record must not leave a duplicate), and only then is one created.
 * With `requestApproval`, a resource we created or adopted that was never submitted is submitted
 * to WhatsApp for approval. Returns the SID per template name.
 */
export async function syncContentTemplates(input: {
  client: Pick<TwilioClient, 'content'>;
  db: DbOrTx;
  templates: ContentTemplate[];
  configuredSids: Record<string, string>;
  requestApproval: boolean;
  log: SyncLog;
}): Promise<Record<string, string>> {
  const { client, db, log } = input;
  const contents = client.content.v1.contents;
  const recorded = new Map((await recordedContents(db)).map((row) => [row.name, row]));
  let onTwilio: Map<string, string> | undefined;
  const sids: Record<string, string> = {};

  for (const template of input.templates) {
    const configured = input.configuredSids[template.name];
    const row = recorded.get(template.name);

    if (configured) {
      if (row?.contentSid !== configured) {
        await recordContent(db, { name: template.name, contentSid: configured, approvalStatus: 'unknown' });
        log.info({ template: template.name, contentSid: configured }, 'content template taken from config');
      }
      sids[template.name] = configured;
      continue;
    }

    let contentSid = row?.contentSid;
    let approvalStatus = row?.approvalStatus ?? 'unsubmitted';
    if (!contentSid) {
      onTwilio ??= await listOurContents(client);
      contentSid = onTwilio.get(contentFriendlyName(template.name));
      if (contentSid) {
        approvalStatus = await fetchApprovalStatus(client, contentSid);
        log.info({ template: template.name, contentSid }, 'content template found on Twilio');
      } else {
        // The Content API takes JSON in its wire names (friendly_name, "twilio/text"); twilio-node
        // sends `params` as is, though its type declares camelCase names.
        const created = await contents.create({
          friendly_name: contentFriendlyName(template.name),
          language: template.language,
          variables: template.variables,
          types: template.types,
        } as unknown as ContentCreateParams);
        contentSid = created.sid;
        approvalStatus = 'unsubmitted';
        log.info({ template: template.name, contentSid }, 'content template created on Twilio');
      }
      // Recorded before asking approval, so a crash in between only repeats the approval step.
      await recordContent(db, { name: template.name, contentSid, approvalStatus });
    }

    if (input.requestApproval && approvalStatus === 'unsubmitted') {
      const approval = await contents(contentSid).approvalCreate.create({
        name: contentFriendlyName(template.name),
        category: template.category,
      });
      await recordContent(db, { name: template.name, contentSid, approvalStatus: approval.status ?? 'received' });
      log.info({ template: template.name, contentSid, status: approval.status }, 'WhatsApp approval requested');
    }
    sids[template.name] = contentSid;
  }
  return sids;
}

/** The recorded Content SID of a template, or undefined when it was never synced. */
export const templateSid = recordedContentSid;

/**
 * Our Content resources on Twilio by friendly name (`jl_…`), to adopt one created before a crash
 * that kept it from being recorded. The Content API cannot filter by name, so this lists them all.
 */
export async function listOurContents(client: Pick<TwilioClient, 'content'>): Promise<Map<string, string>> {
  const all = await client.content.v1.contents.list({ pageSize: 1000 });
  const byName = new Map<string, string>();
  // Oldest first, so the first one created wins if a duplicate ever slipped through.
  for (const content of [...all].sort((a, b) => a.dateCreated.getTime() - b.dateCreated.getTime())) {
    if (content.friendlyName?.startsWith('jl_') && !byName.has(content.friendlyName)) {
      byName.set(content.friendlyName, content.sid);
    }
  }
  return byName;
}

async function fetchApprovalStatus(client: Pick<TwilioClient, 'content'>, contentSid: string): Promise<string> {
  const approval = await client.content.v1.contents(contentSid).approvalFetch().fetch();
  const whatsapp = approval.whatsapp as { status?: unknown } | undefined;
  return typeof whatsapp?.status === 'string' ? whatsapp.status : 'unsubmitted';
}
