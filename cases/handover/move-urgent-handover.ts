import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, handovers, municipalities, type Municipality } from '../../drizzle/schema';
import { appendCaseEvents } from '../case/case-repository';
import { isAvailable, pickCoach } from './pick-coach';
import { findOpenUrgentHandover } from './safety-signals';

/**
 * The available duty contact of the region (coaches.duty_contact): who takes an urgent handover
 * while the young person's municipality is not known. The first one by name when there are more.
 */
export async function findDutyContact(tx: DbOrTx, now = new Date()) {
  const rows = await tx
    .select()
    .from(coaches)
    .where(and(eq(coaches.dutyContact, true), eq(coaches.active, true)))
    .orderBy(coaches.lastName, coaches.firstName, coaches.id);
  return rows.find((coach) => isAvailable(coach, now));
}

/**
 * Once the young person says their municipality (the intake, or a later request), their open urgent
 * handover moves from the duty contact (or another municipality's team) to the Sociaal team of their
 * own municipality: the handover and its case get the new holder, with a `handover.moved` case
 * event. Returns the handover to notify the new holder of, or undefined when nothing moved (already
 * in the right municipality, no open urgent handover, nobody available there). The deadline stays.
 */
export async function moveUrgentHandoverToMunicipality(
  tx: DbOrTx,
  input: { youthId: string; municipality: string | undefined },
): Promise<{ handoverId: string; caseId: string } | undefined> {
  const municipality = (municipalities as readonly string[]).includes(input.municipality ?? '') ? (input.municipality as Municipality) : undefined;
  if (!municipality) return undefined;
  const crisis = await findOpenUrgentHandover(tx, input.youthId);
  if (!crisis || crisis.coach.municipality === municipality) return undefined;
  const picked = await pickCoach(tx, { municipality, role: 'sociaal_team' });
  if (!picked) return undefined;
  await tx.update(handovers).set({ coachId: picked.coach.id }).where(eq(handovers.id, crisis.id));
  // The case follows when the holder was its coach (a case opened by the signal itself).
  await tx.update(cases).set({ coachId: picked.coach.id }).where(and(eq(cases.id, crisis.caseId), eq(cases.coachId, crisis.coach.id)));
  await appendCaseEvents(tx, [
    {
      caseId: crisis.caseId,
      type: 'handover.moved',
      actor: 'system',
      data: { handoverId: crisis.id, fromCoachId: crisis.coach.id, toCoachId: picked.coach.id, reason: 'municipality_known', municipality },
    },
  ]);
  return { handoverId: crisis.id, caseId: crisis.caseId };
}
