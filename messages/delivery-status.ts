import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../drizzle/connection';

/** Twilio's message statuses in the order they happen; a late callback never moves a message back. */
const rank: Record<string, number> = {
  queued: 1,
  accepted: 1,
  scheduled: 1,
  sending: 2,
  sent: 3,
  delivered: 4,
  read: 5,
  undelivered: 6,
  failed: 6,
  canceled: 6,
};

const stored: Record<string, 'sent' | 'delivered' | 'read' | 'failed' | 'undelivered' | undefined> = {
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  failed: 'failed',
  undelivered: 'undelivered',
  canceled: 'failed',
};

/** Records a delivery status from Twilio's status callback. Returns whether a message changed. */
export async function recordDeliveryStatus(
  db: DbOrTx,
  input: { providerSid: string; status: string; errorCode?: string | undefined },
): Promise<boolean> {
  const status = stored[input.status];
  const newRank = rank[input.status];
  if (!status || newRank === undefined) return false;
  const error = input.errorCode ? `twilio_${input.errorCode}` : null;
  const result = await db.execute(sql`
    update outbound_messages set status = ${status}, error = coalesce(${error}, error)
    where provider_sid = ${input.providerSid}
      and (case status when 'queued' then 1 when 'sending' then 2 when 'sent' then 3 when 'delivered' then 4
           when 'read' then 5 else 6 end) < ${newRank}
    returning id`);
  return result.length > 0;
}
