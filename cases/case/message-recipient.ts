import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import type { CoachRole } from '../../drizzle/schema';

/** Where a young person's message for a coach goes, and who reads it there. */
export interface MessageRecipient {
  caseId: string;
  /** The reader: the holder of the open urgent handover, else the case's coach. */
  firstName: string;
  role: CoachRole;
  /**
   * The reader holds an open urgent handover as the Sociaal team or the region's duty contact: the
   * young person hears "a colleague of the Jongerenloket", not a name that may change within the hour.
   */
  urgentTeam: boolean;
}

/**
 * The one rule for where a young person's message for a coach goes (the thread it is filed in, and
 * the name the bot says it went to): while an urgent handover of their open case is not
 * acknowledged, that case, read by its holder (who must read the answer to "ben je nu veilig?");
 * otherwise their newest open case, read by its coach. A statement selecting `case_id`,
 * `first_name`, `role`, `urgent_team`, at most one row; the turn runs it inside its one round trip.
 */
export function messageRecipientQuery(conversationId: string): SQL {
  return sql`
    select ca.id as case_id, co.first_name, co.role,
      (u.id is not null and (co.role = 'sociaal_team' or co.duty_contact)) as urgent_team
    from youths y
    join cases ca on ca.youth_id = y.id and ca.status = 'open'
    left join lateral (
      select h.id, h.coach_id from handovers h
      where h.case_id = ca.id and h.urgent and h.status = 'open'
      order by h.created_at desc limit 1
    ) u on true
    join coaches co on co.id = coalesce(u.coach_id, ca.coach_id)
    where y.conversation_id = ${conversationId}
    order by (u.id is not null) desc, ca.created_at desc
    limit 1`;
}

export async function findMessageRecipient(tx: DbOrTx, conversationId: string): Promise<MessageRecipient | undefined> {
  const rows = (await tx.execute(messageRecipientQuery(conversationId))) as unknown as { case_id: string; first_name: string; role: CoachRole; urgent_team: boolean }[];
  const row = rows[0];
  return row && { caseId: row.case_id, firstName: row.first_name, role: row.role, urgentTeam: row.urgent_team === true };
}
