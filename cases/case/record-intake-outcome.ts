import type { SummaryReceiver } from '../handover/handover-summary';
import type { DbOrTx } from '../../drizzle/connection';
import type { CoachRole, Municipality } from '../../drizzle/schema';
import type { ZelfscanOutcome } from '../../flows/zelfscan-scoring';
import type { Intensity } from '../handover/caseload';
import { decideRoute, referrals, type ChosenRoute, type Referral, type RoutingMunicipality, type Wants } from '../../flows/routing';
import {
  adoptCase,
  appendCaseEvents,
  closeOpenCasesOfYouth,
  findCaseBySourceEvent,
  insertCase,
  upsertYouth,
  type CaseEventDraft,
  type CaseRoute,
  type CaseStatus,
  type IntakeCase,
  type NewCase,
} from './case-repository';
import { lockAssignments } from '../handover/assignment-lock';
import { NoCoachAvailableError } from '../errors';
import { insertHandover } from '../handover/handover-repository';
import { isAvailable, lockCoach, pickCoach } from '../handover/pick-coach';
import { moveUrgentHandoverToMunicipality } from '../handover/move-urgent-handover';
import { findOpenSafetyCase, findOpenUrgentHandover, findOpenSafetyCaseOfConversation } from '../handover/safety-signals';
import { countReferral } from '../indicators/referral-counts';
import { findOpenPersonRequest, handRequestToCoach } from '../handover/person-request-handover';
import { settleHandoversOfClosedCases } from '../handover/settle-handovers';

export { NoCoachAvailableError } from '../errors';

export interface IntakeAnswers {
  age: number;
  municipality: RoutingMunicipality;
  /** With municipality 'other': their own municipality's slug, 'buitenland' or 'onbekend'. */
  otherPlace?: string | undefined;
  /** The diploma code the intake asked for (flows/diploma.ts). */
  diploma: string;
  hasStartkwalificatie: boolean;
  wants: Wants;
  /** The language the young person chats in. */
  locale: string;
  /** Under 16: whether the coach may contact a parent or carer. */
  mayContactParent?: boolean | undefined;
  /** After "weet ik nog niet": the route the keuzehulp settled on. */
  chosenRoute?: ChosenRoute | undefined;
  /** Werkcentrum ladder aim on the work route. */
  ladderAim?: 'opstapbaan' | 'streefbaan' | 'wensbaan' | undefined;
  /** For the school route: learning while working (BBL) or at school with an internship (BOL). */
  learningStyle?: 'bbl' | 'bol' | undefined;
  /** The zelfscan outcome: intensity, multiproblematiek, domains, topics to discuss. */
  zelfscan?: ZelfscanOutcome | undefined;
  /** When the young person prefers to be contacted. */
  contactTimes?: string | undefined;
  /** What the coach may call them, encrypted by the flow's event (cases/domain-events.ts). */
  nameEnc?: string | undefined;
}

export interface IntakeOutcomeInput {
  /** The domain event of the finished intake: a retried job with the same id records nothing new. */
  eventId: number;
  conversationId: string;
  intake: IntakeAnswers;
  /** The coach-facing summary, `buildHandoverSummary({ intake, t })`, encrypted by the caller; stored on the handover. */
  summaryEnc: string;
  /**
   * The summary in the wording of each reader (`buildHandoverSummary({ intake, t, receiver })`,
   * encrypted): the Sociaal team member who holds the regie reads their own line. Without it every
   * reader gets `summaryEnc`.
   */
  summaryEncFor?: (receiver: SummaryReceiver) => string;
  /** The zelfscan outcome, encrypted by the caller (sensitive data of minors). */
  assessmentEnc?: string | undefined;
  /** The moment coaches' absence is judged against (default: now). */
  now?: Date | undefined;
}

export interface IntakeOutcome {
  caseId: string;
  /** 'open' with a coach or 'referred'; a retry of an event whose case a later intake superseded sees 'closed'. */
  status: CaseStatus;
  route: CaseRoute;
  coach?: { id: string; firstName: string; role: CoachRole; municipality: Municipality };
  handoverId?: string;
  /** With multiproblematiek: the Sociaal team member who holds the regie, and their handover. */
  regie?: { coach: { id: string; firstName: string; role: CoachRole; municipality: Municipality }; handoverId: string };
  referral?: Referral;
  /** The open urgent handover moved to the municipality the intake named: notify its new holder. */
  movedUrgentHandoverId?: string;
  /** Every coach of the role was at capacity; the least loaded got the young person anyway. */
  overCapacity?: boolean;
  alreadyRecorded: boolean;
}

const SYSTEM = 'system';

/** A referral given without a case: only counted for the indicators. */
export interface CountedReferral {
  status: 'counted';
  referral: Referral;
  alreadyRecorded: boolean;
}

/**
 * The one entry of a finished intake. A referral (27 or older, another municipality) holds nobody's
 * personal data: the young person got the contact in the chat already (flows/front-door-flow.ts),
 * and the referral is only counted (cases/indicators/referral-counts.ts). Danger comes first
 * (DESIGN.md rule 9): with a safety handover open, {@link recordIntakeOutcome} keeps it on that case.
 */
export async function recordIntake(tx: DbOrTx, input: IntakeOutcomeInput): Promise<IntakeOutcome | CountedReferral> {
  const { eventId, conversationId, intake } = input;
  const decision = decideRoute(intake);
  if (decision.kind === 'referral' && !(await findCaseBySourceEvent(tx, eventId)) && !(await findOpenSafetyCaseOfConversation(tx, conversationId))) {
    const counted = await countReferral(tx, { eventId, municipality: intake.municipality, otherPlace: intake.otherPlace, referral: decision.referral, age: intake.age, now: input.now });
    return { status: 'counted', referral: decision.referral, alreadyRecorded: !counted };
  }
  return recordIntakeOutcome(tx, input);
}

/**
 * Records the result of an intake in the case store: the young person, a case with its route, and
 * either a vaste contactpersoon with a handover or a referral. Run it in one transaction with the
 * caller's other writes. Idempotent on `eventId`.
 *
 * A returning young person keeps their vaste contactpersoon: if their open case has an active coach of
 * the role the new route needs (in their municipality), that coach gets the new case. The new case
 * supersedes the old open case(s), which are closed, so each young person has one open case.
 *
 * Danger comes first (DESIGN.md rule 9): a case with an open urgent (safety) handover is never
 * superseded. With a coach route it IS the intake's case (route, intensity etc. written into it, the
 * vaste contactpersoon's handover added beside the urgent one); with a referral the referral is
 * recorded on it and it stays open until a person closes it. Its urgent handover moves to the Sociaal
 * team of the municipality the intake named.
 */
export async function recordIntakeOutcome(tx: DbOrTx, input: IntakeOutcomeInput): Promise<IntakeOutcome> {
  const { eventId, conversationId, intake } = input;

  // Fast path for a retried job: nothing is written, not even the youth's answers (they may be newer by now).
  const recorded = await findCaseBySourceEvent(tx, eventId);
  if (recorded) return fromRecorded(recorded);


  const youth = await upsertYouth(tx, {
    conversationId,
    age: intake.age,
    municipality: intake.municipality,
    diploma: intake.diploma,
    hasStartkwalificatie: intake.hasStartkwalificatie,
    locale: intake.locale,
    contactTimes: intake.contactTimes ?? null,
    ...(intake.nameEnc ? { nameEnc: intake.nameEnc } : {}),
  });
  // The upsert waited for any concurrent outcome of this young person; if that one was this same
  // event, it is committed now and we must not record it twice.
  const raced = await findCaseBySourceEvent(tx, eventId);
  if (raced) return fromRecorded(raced);

  const decision = decideRoute(intake);
  // Before the old case rows are locked: every writer takes the assignment lock before case rows
  // (cases/handover/assignment-lock.ts), or an intake and a reassignment could deadlock.
  if (decision.kind === 'coach' && intake.municipality !== 'other') await lockAssignments(tx, intake.municipality);
  const crisis = await findOpenUrgentHandover(tx, youth.id);
  // The safety case, also once its urgent handover was acknowledged: a person closes it, not an intake.
  const safetyCaseId = crisis?.caseId ?? (await findOpenSafetyCase(tx, youth.id));
  // A person asked for during the intake: the outcome lands on that request's case (and handover).
  const request = safetyCaseId ? undefined : await findOpenPersonRequest(tx, youth.id);
  const superseded = await closeOpenCasesOfYouth(tx, youth.id, { keepCaseId: safetyCaseId ?? request?.caseId });
  await settleHandoversOfClosedCases(tx, { caseIds: superseded.map((c) => c.id), reason: 'superseded', actor: SYSTEM, now: input.now ?? new Date() });
  const moved = await moveUrgentHandoverToMunicipality(tx, { youthId: youth.id, municipality: intake.municipality });
  const movedUrgentHandoverId = moved ? { movedUrgentHandoverId: moved.handoverId } : {};

  if (decision.kind === 'referral') {
    // One crisis path: the safety case stays the case (open until a person closes it), with the
    // referral recorded on it; no second case beside it.
    if (safetyCaseId) {
      await adoptCase(tx, safetyCaseId, { sourceEventId: eventId, route: 'verwezen', wants: intake.wants, referral: decision.referral });
      await appendCaseEvents(tx, [
        ...supersededEvents(superseded, safetyCaseId),
        { caseId: safetyCaseId, type: 'case.intake_completed', actor: SYSTEM, data: { route: 'verwezen', wants: intake.wants, eventId, urgentHandoverId: crisis?.id ?? null } },
        { caseId: safetyCaseId, type: 'case.referred', actor: SYSTEM, data: { referral: decision.referral, keptOpenFor: 'safety' } },
      ]);
      return { caseId: safetyCaseId, status: 'open', route: 'verwezen', referral: decision.referral, alreadyRecorded: false, ...movedUrgentHandoverId };
    }
    const created = await insertCase(tx, {
      youthId: youth.id,
      sourceEventId: eventId,
      status: 'referred',
      route: 'verwezen',
      step: 'intake',
      wants: intake.wants,
      referral: decision.referral,
    });
    await appendCaseEvents(tx, [
      ...supersededEvents(superseded, created.id),
      { caseId: created.id, type: 'case.opened', actor: SYSTEM, data: { route: 'verwezen', wants: intake.wants, eventId } },
      { caseId: created.id, type: 'case.referred', actor: SYSTEM, data: { referral: decision.referral } },
    ]);
    return { caseId: created.id, status: 'referred', route: 'verwezen', referral: decision.referral, alreadyRecorded: false, ...movedUrgentHandoverId };
  }

  // decideRoute only assigns a coach inside Amstelveen or Aalsmeer.
  if (intake.municipality === 'other') throw new Error('A coach route for another municipality');
  const municipality = intake.municipality;

  // 'onbekend' (everything skipped): no intensity until the coach sets it; the case weighs as light meanwhile.
  const scanned = intake.zelfscan?.intensity;
  const intensity = scanned === undefined || scanned === 'onbekend' ? null : scanned;
  const now = input.now ?? new Date();
  const assignment = await assignCoach(tx, { municipality, role: decision.role, superseded, intensity, now });
  // Multiproblematiek: the Sociaal team takes the regie; the coach stays the contact for school or work.
  const regieWithTeam = intake.zelfscan?.multiproblematiek === true || assignment.coach.role === 'sociaal_team';
  const values: NewCase = {
    youthId: youth.id,
    sourceEventId: eventId,
    status: 'open',
    route: decision.route,
    step: 'intake',
    wants: intake.wants,
    coachId: assignment.coach.id,
    intensity,
    regie: regieWithTeam ? 'sociaal_team' : 'coach',
    ladderAim: decision.route === 'werk' ? (intake.ladderAim ?? null) : null,
    assessmentEnc: input.assessmentEnc ?? null,
  };
  const adopted = safetyCaseId ?? request?.caseId;
  const created = adopted ? await adoptCase(tx, adopted, values) : await insertCase(tx, values);
  const summaryFor = (receiver: SummaryReceiver) => input.summaryEncFor?.(receiver) ?? input.summaryEnc;
  const contactSummaryEnc = summaryFor(assignment.coach.role === 'sociaal_team' ? 'contact_and_regie' : 'contact');
  const handover = request?.handover
    ? await handRequestOnward(tx, { caseId: created.id, handover: request.handover, coachId: assignment.coach.id, summaryEnc: contactSummaryEnc })
    : await insertHandover(tx, { caseId: created.id, coachId: assignment.coach.id, summaryEnc: contactSummaryEnc, sourceEventId: eventId });
  const regie =
    intake.zelfscan?.multiproblematiek && assignment.coach.role !== 'sociaal_team'
      ? await handOverRegie(tx, { caseId: created.id, municipality, summaryEnc: summaryFor('regie'), intensity, now })
      : undefined;
  await appendCaseEvents(tx, [
    ...supersededEvents(superseded, created.id),
    safetyCaseId || request
      ? { caseId: created.id, type: 'case.intake_completed', actor: SYSTEM, data: { route: decision.route, wants: intake.wants, eventId, ...(safetyCaseId ? { urgentHandoverId: crisis?.id ?? null } : {}) } }
      : { caseId: created.id, type: 'case.opened', actor: SYSTEM, data: { route: decision.route, wants: intake.wants, eventId } },
    {
      caseId: created.id,
      type: 'contact.assigned',
      actor: SYSTEM,
      data: {
        coachId: assignment.coach.id,
        role: assignment.coach.role,
        reason: assignment.reason,
        overCapacity: assignment.overCapacity,
        handoverId: handover.id,
      },
    },
    ...(regie
      ? [{ caseId: created.id, type: 'regie.assigned' as const, actor: SYSTEM, data: { coachId: regie.coach.id, role: 'sociaal_team', handoverId: regie.handoverId } }]
      : []),
  ]);
  const outcome: IntakeOutcome = {
    caseId: created.id,
    status: 'open',
    route: decision.route,
    coach: assignment.coach,
    handoverId: handover.id,
    overCapacity: assignment.overCapacity,
    alreadyRecorded: false,
    ...movedUrgentHandoverId,
  };
  if (regie) outcome.regie = regie;
  return outcome;
}

/** The request's open handover goes on as the intake's, held by the assigned coach (one handover, one coach). */
async function handRequestOnward(
  tx: DbOrTx,
  input: { caseId: string; handover: { id: string; coachId: string }; coachId: string; summaryEnc: string },
): Promise<{ id: string }> {
  const newHolder = input.handover.coachId !== input.coachId;
  await handRequestToCoach(tx, { handoverId: input.handover.id, coachId: input.coachId, summaryEnc: input.summaryEnc, newHolder });
  if (newHolder) {
    await appendCaseEvents(tx, [
      { caseId: input.caseId, type: 'handover.moved', actor: SYSTEM, data: { handoverId: input.handover.id, fromCoachId: input.handover.coachId, toCoachId: input.coachId, reason: 'intake_completed' } },
    ]);
  }
  return { id: input.handover.id };
}

/** Hands the regie to the least loaded Sociaal team member of the municipality, if there is one. */
async function handOverRegie(
  tx: DbOrTx,
  options: { caseId: string; municipality: Municipality; summaryEnc: string; intensity: Intensity | null; now: Date },
): Promise<IntakeOutcome['regie']> {
  const { municipality, intensity, now } = options;
  const picked = await pickCoach(tx, { municipality, role: 'sociaal_team', intensity, now });
  if (!picked) return undefined;
  const handover = await insertHandover(tx, { caseId: options.caseId, coachId: picked.coach.id, summaryEnc: options.summaryEnc });
  return { coach: brief(picked.coach), handoverId: handover.id };
}

interface Assignment {
  coach: { id: string; firstName: string; role: CoachRole; municipality: Municipality };
  /** Why this coach: kept from the previous case, picked by caseload, or the Sociaal team as a fallback. */
  reason: 'vaste_contactpersoon' | 'caseload' | 'fallback_sociaal_team';
  overCapacity: boolean;
}

async function assignCoach(
  tx: DbOrTx,
  options: { municipality: Municipality; role: CoachRole; superseded: Superseded; intensity: Intensity | null; now: Date },
): Promise<Assignment> {
  const { municipality, role, superseded, intensity, now } = options;

  // Vaste contactpersoon: the young person keeps the coach they had for this role, unless that coach
  // is absent or gone. The old case is closed in this transaction, so the coach's caseload stays about
  // the same and capacity is not checked. Only a coach of this municipality is locked: we hold its
  // assignment lock, not another's.
  const previous = superseded.find((c) => c.coachId && c.coachRole === role && c.coachMunicipality === municipality);
  if (previous?.coachId) {
    const coach = await lockCoach(tx, previous.coachId);
    if (coach && isAvailable(coach, now)) {
      return { coach: brief(coach), reason: 'vaste_contactpersoon', overCapacity: false };
    }
  }

  const picked = await pickCoach(tx, { municipality, role, intensity, now });
  if (picked) return { coach: brief(picked.coach), reason: 'caseload', overCapacity: picked.overCapacity };

  // No Wrong Door: with nobody in the role (vacancy, all deactivated) the Sociaal team of the
  // municipality takes the young person rather than leaving them without a contact.
  if (role !== 'sociaal_team') {
    const fallback = await pickCoach(tx, { municipality, role: 'sociaal_team', intensity, now });
    if (fallback) return { coach: brief(fallback.coach), reason: 'fallback_sociaal_team', overCapacity: fallback.overCapacity };
  }
  throw new NoCoachAvailableError(municipality, role);
}

type Superseded = Awaited<ReturnType<typeof closeOpenCasesOfYouth>>;

function supersededEvents(superseded: Superseded, newCaseId: string): CaseEventDraft[] {
  return superseded.map((c) => ({
    caseId: c.id,
    type: 'case.closed',
    actor: SYSTEM,
    data: { reason: 'superseded', byCaseId: newCaseId },
  }));
}

function brief(coach: Assignment['coach']): Assignment['coach'] {
  return { id: coach.id, firstName: coach.firstName, role: coach.role, municipality: coach.municipality };
}

function fromRecorded(recorded: IntakeCase): IntakeOutcome {
  const outcome: IntakeOutcome = { caseId: recorded.id, status: recorded.status, route: recorded.route, alreadyRecorded: true };
  if (recorded.coach) outcome.coach = recorded.coach;
  if (recorded.handoverId) outcome.handoverId = recorded.handoverId;
  const referral = referrals.find((r) => r === recorded.referral);
  if (referral) outcome.referral = referral;
  return outcome;
}
