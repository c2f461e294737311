import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, handovers, youths, type CoachRole, type Municipality } from '../../drizzle/schema';
import { appendCaseEvents, insertCase } from '../case/case-repository';
import type { DataProtector } from '../privacy/data-protector';
import { isAvailable } from './pick-coach';
import { insertHandover } from './handover-repository';
import { moveUrgentHandoverToMunicipality } from './move-urgent-handover';
import { ownMunicipality, pickSociaalTeam, pickUrgentHolder } from './pick-urgent-holder';
import { findJoinedSignal, findOpenUrgentHandover, safetySignalEvent, type SafetySignalFacts } from './safety-signals';

export type HandoverRequestReason = 'person_requested' | 'safety';

export interface HandoverRequestInput {
  /** Encrypts what the safety net recognised, on the handover and in the case history. */
  protector: DataProtector;
  /** The domain event: a retried job with the same id creates nothing. */
  eventId: number;
  conversationId: string;
  reason: HandoverRequestReason;
  /** What is known so far (null where the young person has not said it yet). */
  known: { age?: number | undefined; municipality?: Municipality | 'other' | undefined; locale: string };
  /** The coach-facing summary (`buildRequestSummary`), encrypted by the caller. */
  summaryEnc: string;
  /** With reason `safety`: the category and the young person's words (encrypted). */
  signal?: SafetySignalFacts | undefined;
  /** With reason `safety`: the deadline the young person was told; a new urgent handover takes it. */
  dueAt?: Date | undefined;
}

export interface HandoverRequestOutcome {
  caseId: string;
  handoverId: string;
  coach: { id: string; firstName: string; role: CoachRole; municipality: Municipality };
  alreadyRecorded: boolean;
  /**
   * A safety signal that joined the young person's open urgent handover (one crisis path per young
   * person): no new handover, so no new notice and no second "someone will contact you".
   */
  joined: boolean;
  /** The joined urgent handover moved to the municipality the young person said now: notify its new holder. */
  moved?: boolean;
}

const SYSTEM = 'system';

/**
 * "Praat met iemand" or a safety signal: a person is asked at once, with what is known so far.
 * A young person with an open case goes to their own coach (the vaste contactpersoon); someone
 * without one gets a new case at step 1 (signaal) with the Sociaal team of their municipality — the
 * generalists — or, when the municipality is not known yet, the least loaded Sociaal team member of
 * Amstelveen and Aalsmeer. A safety signal is marked urgent so it tops the coach's inbox; before
 * the municipality is known it goes to the region's duty contact (coaches.duty_contact), and moves to
 * the municipality's Sociaal team once that is said (move-urgent-handover.ts).
 */
export async function recordHandoverRequest(tx: DbOrTx, input: HandoverRequestInput): Promise<HandoverRequestOutcome> {
  const urgent = input.reason === 'safety';
  const [recorded] = await tx
    .select({ id: handovers.id, caseId: handovers.caseId, coachId: coaches.id, firstName: coaches.firstName, role: coaches.role, municipality: coaches.municipality })
    .from(handovers)
    .innerJoin(coaches, eq(coaches.id, handovers.coachId))
    .where(eq(handovers.sourceEventId, input.eventId));
  if (recorded) {
    return {
      caseId: recorded.caseId,
      handoverId: recorded.id,
      coach: { id: recorded.coachId, firstName: recorded.firstName, role: recorded.role, municipality: recorded.municipality },
      alreadyRecorded: true,
      joined: false,
    };
  }
  if (urgent) {
    const joined = await findJoinedSignal(tx, input.eventId);
    if (joined) return { ...(await outcomeOf(tx, joined.handoverId)), alreadyRecorded: true, joined: true };
  }

  // The young person's row is the lock that serialises their requests: two safety signals processed
  // at once must find one urgent handover, not open two. A first request creates the row, so there is
  // always one to lock (a concurrent insert waits on the unique conversation and then does nothing).
  await tx
    .insert(youths)
    .values({ conversationId: input.conversationId, age: input.known.age ?? null, municipality: input.known.municipality ?? null, locale: input.known.locale })
    .onConflictDoNothing({ target: youths.conversationId });
  const [youth] = await tx.select().from(youths).where(eq(youths.conversationId, input.conversationId)).for('update');
  if (!youth) throw new Error('Could not record the young person');

  if (urgent) {
    const crisis = await findOpenUrgentHandover(tx, youth.id);
    if (crisis) {
      await appendCaseEvents(tx, [
        safetySignalEvent(input.protector, { caseId: crisis.caseId, handoverId: crisis.id, eventId: input.eventId, signal: input.signal ?? {}, joined: true }),
      ]);
      const moved = await moveUrgentHandoverToMunicipality(tx, { youthId: youth.id, municipality: input.known.municipality });
      const holder = moved ? await outcomeOf(tx, crisis.id) : { coach: crisis.coach };
      return { caseId: crisis.caseId, handoverId: crisis.id, coach: holder.coach, alreadyRecorded: false, joined: true, moved: moved !== undefined };
    }
  }
  const [open] = await tx
        .select({
          id: cases.id,
          coachId: coaches.id,
          firstName: coaches.firstName,
          role: coaches.role,
          municipality: coaches.municipality,
          active: coaches.active,
          absentUntil: coaches.absentUntil,
        })
        .from(cases)
        .innerJoin(coaches, eq(coaches.id, cases.coachId))
        .where(and(eq(cases.youthId, youth.id), eq(cases.status, 'open')))
        .orderBy(desc(cases.createdAt))
        .limit(1);

  // Their own coach, unless absent or gone: then the Sociaal team answers (the request cannot wait).
  if (open && isAvailable(open)) {
    const handover = await insertRequestHandover(tx, input, { caseId: open.id, coachId: open.coachId });
    await appendCaseEvents(tx, [
      { caseId: open.id, type: 'handover.requested', actor: SYSTEM, data: { reason: input.reason, handoverId: handover.id } },
      ...signalEvents(input, { caseId: open.id, handoverId: handover.id }),
    ]);
    return {
      caseId: open.id,
      handoverId: handover.id,
      coach: { id: open.coachId, firstName: open.firstName, role: open.role, municipality: open.municipality },
      alreadyRecorded: false,
      joined: false,
    };
  }

  const municipality = ownMunicipality(input.known.municipality);
  const picked = urgent ? await pickUrgentHolder(tx, { municipality }) : await pickSociaalTeam(tx, { municipality });
  if (!picked) throw new Error('No active Sociaal team member to hand over to');

  const youthId = youth.id;

  const created = await insertCase(tx, {
    youthId,
    sourceEventId: input.eventId,
    status: 'open',
    route: 'onbekend',
    step: 'signaal',
    wants: 'onbekend',
    coachId: picked.coach.id,
    regie: 'sociaal_team',
  });
  const handover = await insertRequestHandover(tx, input, { caseId: created.id, coachId: picked.coach.id });
  await appendCaseEvents(tx, [
    { caseId: created.id, type: 'case.opened', actor: SYSTEM, data: { route: 'onbekend', reason: input.reason, eventId: input.eventId } },
    { caseId: created.id, type: 'contact.assigned', actor: SYSTEM, data: { coachId: picked.coach.id, role: 'sociaal_team', reason: input.reason, handoverId: handover.id } },
    ...signalEvents(input, { caseId: created.id, handoverId: handover.id }),
  ]);
  const { id, firstName, role } = picked.coach;
  return { caseId: created.id, handoverId: handover.id, coach: { id, firstName, role, municipality: picked.coach.municipality }, alreadyRecorded: false, joined: false };
}

/** The handover of a request on `target`: urgent, with the kind of danger, for a safety signal. */
function insertRequestHandover(tx: DbOrTx, input: HandoverRequestInput, target: { caseId: string; coachId: string }) {
  return insertHandover(tx, {
    ...target,
    summaryEnc: input.summaryEnc,
    reason: input.reason,
    urgent: input.reason === 'safety',
    categoryEnc: input.signal?.category === undefined ? undefined : input.protector.encrypt(input.signal.category),
    sourceEventId: input.eventId,
    ...(input.reason === 'safety' && input.dueAt ? { dueAt: input.dueAt } : {}),
  });
}

/** The first safety signal is the first entry of the urgent handover's history. */
function signalEvents(input: HandoverRequestInput, opened: { caseId: string; handoverId: string }) {
  if (input.reason !== 'safety') return [];
  return [safetySignalEvent(input.protector, { ...opened, eventId: input.eventId, signal: input.signal ?? {}, joined: false })];
}

async function outcomeOf(tx: DbOrTx, handoverId: string): Promise<Omit<HandoverRequestOutcome, 'alreadyRecorded' | 'joined'>> {
  const [row] = await tx
    .select({ caseId: handovers.caseId, coachId: coaches.id, firstName: coaches.firstName, role: coaches.role, municipality: coaches.municipality })
    .from(handovers)
    .innerJoin(coaches, eq(coaches.id, handovers.coachId))
    .where(eq(handovers.id, handoverId));
  if (!row) throw new Error(`handover ${handoverId} is missing`);
  return { caseId: row.caseId, handoverId, coach: { id: row.coachId, firstName: row.firstName, role: row.role, municipality: row.municipality } };
}
