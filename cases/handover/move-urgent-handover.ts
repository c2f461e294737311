import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, handovers } from '../../drizzle/schema';
import { appendCaseEvents } from '../case/case-repository';
import { ownMunicipality, pickUrgentHolder } from './pick-urgent-holder';
import { findOpenUrgentHandover } from './safety-signals';

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
  const municipality = ownMunicipality(input.municipality);
  if (!municipality) return undefined;
  const crisis = await findOpenUrgentHandover(tx, input.youthId);
  if (!crisis || crisis.coach.municipality === municipality) return undefined;
  const picked = await pickUrgentHolder(tx, { municipality });
  if (!picked || picked.coach.id === crisis.coach.id) return undefined;
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
