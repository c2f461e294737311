import { and, asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../drizzle/connection';
import { cases, coaches, handovers, youths, type CoachRole, type Municipality } from '../../drizzle/schema';
import { insertDomainEvents } from '../domain-event-repository';
import { formatInAmsterdam } from '../calendar/amsterdam-time';
import type { TFunction } from '../../locales';
import { lockAssignments } from './assignment-lock';
import { appendCaseEvents, type CaseIntensity } from '../case/case-repository';
import { NoCoachAvailableError, NotFoundError } from '../errors';
import type { DataProtector } from '../privacy/data-protector';
import { insertHandover, readSummary, summaryColumns } from './handover-repository';
import { pickCoach } from './pick-coach';
import { ownMunicipality, pickUrgentHolder } from './pick-urgent-holder';

/** Why a case gets a new vaste contactpersoon. */
export type ReassignReason = { kind: 'absent'; until: Date } | { kind: 'gone' } | { kind: 'moved' } | { kind: 'reopened' } | { kind: 'adult' };

export interface Reassignment {
  caseId: string;
  fromCoachId: string;
  toCoach: { id: string; firstName: string; role: CoachRole; municipality: Municipality };
  handoverId: string;
  /** The 'handover.created' domain event (outbox): queue it after commit. */
  eventId: number;
  overCapacity: boolean;
  /** An urgent (safety) handover that moved to a new holder, still urgent, with its category and deadline. */
  urgent: boolean;
}

/**
 * Gives every open case of this coach a new vaste contactpersoon (an absent coach, one who left).
 * Run it in the transaction that made the coach unavailable. Holding the municipality's assignment
 * lock, it reads the coach's open cases, so two admins at once are served one after the other and
 * no case is moved twice. `t` is `i18n.getFixedT(lang, 'coach')`, for the line added to the summary.
 */
export async function reassignCases(
  tx: DbOrTx,
  options: { coachId: string; reason: ReassignReason; actor: string; t: TFunction; protector: DataProtector; now?: Date },
): Promise<Reassignment[]> {
  const [from] = await tx
    .select({ id: coaches.id, firstName: coaches.firstName, role: coaches.role, municipality: coaches.municipality })
    .from(coaches)
    .where(eq(coaches.id, options.coachId));
  if (!from) throw new NotFoundError('Coach not found');
  await lockAssignments(tx, from.municipality);
  // Danger comes first: the coach's open urgent handovers go to someone who may hold them, before
  // the cases; a case that was opened by the signal follows its holder.
  const moved = await moveUrgentHandovers(tx, { from, ...options });
  const followed = new Set(moved.filter((m) => m.caseFollowed).map((m) => m.caseId));
  const open = await tx
    .select({ id: cases.id, intensity: cases.intensity, conversationId: youths.conversationId })
    .from(cases)
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .where(and(eq(cases.coachId, from.id), eq(cases.status, 'open')))
    .orderBy(asc(cases.createdAt), asc(cases.id))
    // Not FOR UPDATE: that would also wait for every insert that merely references the case (its
    // events, handovers), which take a key-share lock.
    .for('no key update', { of: cases });
  const reassigned: Reassignment[] = moved.map(({ caseFollowed: _, ...m }) => m);
  for (const c of open.filter((c) => !followed.has(c.id))) {
    // An erased young person's case is closed; an open one always has its conversation.
    if (!c.conversationId) continue;
    reassigned.push(await moveCase(tx, { caseId: c.id, intensity: c.intensity, conversationId: c.conversationId, from, ...options }));
  }
  return reassigned;
}

/**
 * Moves each open urgent handover `from` holds to a new holder chosen as the first one was
 * (pick-urgent-holder.ts): it stays urgent with its category and its same-day deadline, the new
 * holder gets the urgent notice ('handover.created'), and the case follows when `from` was its coach.
 * The young person is not told of a new vaste contactpersoon: they were told a person reads it.
 */
async function moveUrgentHandovers(
  tx: DbOrTx,
  options: { from: { id: string; municipality: Municipality }; reason: ReassignReason; actor: string; protector: DataProtector; now?: Date },
): Promise<(Reassignment & { caseFollowed: boolean })[]> {
  const { from } = options;
  const urgent = await tx
    .select({ id: handovers.id, caseId: cases.id, caseCoachId: cases.coachId, municipality: youths.municipality, conversationId: youths.conversationId })
    .from(handovers)
    .innerJoin(cases, eq(cases.id, handovers.caseId))
    .innerJoin(youths, eq(youths.id, cases.youthId))
    .where(and(eq(handovers.coachId, from.id), eq(handovers.urgent, true), eq(handovers.status, 'open'), eq(cases.status, 'open')))
    .orderBy(asc(handovers.createdAt), asc(handovers.id))
    .for('no key update', { of: handovers });
  const moved: (Reassignment & { caseFollowed: boolean })[] = [];
  for (const h of urgent) {
    const municipality = ownMunicipality(h.municipality);
    const picked = await pickUrgentHolder(tx, { municipality, exclude: [from.id], ...(options.now ? { now: options.now } : {}) });
    if (!picked) throw new NoCoachAvailableError(municipality ?? from.municipality, 'sociaal_team');
    const to = { id: picked.coach.id, firstName: picked.coach.firstName, role: picked.coach.role, municipality: picked.coach.municipality };
    await tx.update(handovers).set({ coachId: to.id }).where(eq(handovers.id, h.id));
    const caseFollowed = h.caseCoachId === from.id;
    if (caseFollowed) await tx.update(cases).set({ coachId: to.id, updatedAt: options.now ?? new Date() }).where(eq(cases.id, h.caseId));
    await appendCaseEvents(tx, [
      {
        caseId: h.caseId,
        type: 'handover.moved',
        actor: options.actor,
        data: {
          handoverId: h.id,
          fromCoachId: from.id,
          toCoachId: to.id,
          reason: options.reason.kind,
          ...(options.reason.kind === 'absent' ? { absentUntil: options.reason.until.toISOString() } : {}),
        },
      },
    ]);
    const [eventId] = await insertDomainEvents(tx, options.protector, [{ type: 'handover.created', conversationId: h.conversationId, payload: { handoverId: h.id, tellYouth: false } }]);
    if (eventId === undefined) throw new Error('Insert returned no domain event');
    moved.push({ caseId: h.caseId, fromCoachId: from.id, toCoach: to, handoverId: h.id, eventId, overCapacity: picked.overCapacity, urgent: true, caseFollowed });
  }
  return moved;
}

/**
 * Moves one case from its coach to the least loaded available colleague of the same municipality
 * and role (the Sociaal team when the role has nobody left), with the case event, a 'reassignment'
 * handover carrying the old summary and a 'handover.created' event that tells the young person the
 * new name. The caller holds the municipality's assignment lock and the case row.
 */
export async function moveCase(
  tx: DbOrTx,
  options: {
    caseId: string;
    intensity: CaseIntensity | null;
    conversationId: string;
    from: { id: string; firstName: string; role: CoachRole; municipality: Municipality };
    reason: ReassignReason;
    actor: string;
    t: TFunction;
    protector: DataProtector;
    now?: Date;
    /** The role of the new coach; default the old coach's (a handover at 18 moves to the route's coach). */
    role?: CoachRole;
  },
): Promise<Reassignment> {
  const { from, t } = options;
  const role = options.role ?? from.role;
  const pick = { municipality: from.municipality, intensity: options.intensity, exclude: [from.id], ...(options.now ? { now: options.now } : {}) };
  const picked =
    (await pickCoach(tx, { ...pick, role })) ?? (role !== 'sociaal_team' ? await pickCoach(tx, { ...pick, role: 'sociaal_team' }) : undefined);
  if (!picked) throw new NoCoachAvailableError(from.municipality, role);
  const to = { id: picked.coach.id, firstName: picked.coach.firstName, role: picked.coach.role, municipality: picked.coach.municipality };

  await tx.update(cases).set({ coachId: to.id, updatedAt: options.now ?? new Date() }).where(eq(cases.id, options.caseId));
  // The summary the previous coach got (the contact's handover, not a regie one), so nobody asks the story twice.
  const [previous] = await tx
    .select({ ...summaryColumns, coachId: handovers.coachId })
    .from(handovers)
    .where(eq(handovers.caseId, options.caseId))
    .orderBy(desc(eq(handovers.coachId, from.id)), desc(handovers.createdAt), desc(handovers.id))
    .limit(1);
  const line = t('summary.reassigned', {
    name: from.firstName,
    reason: reasonText(options.reason, t),
    defaultValue: 'Overgedragen van {{name}} ({{reason}}).',
  });
  // One line: the summary may travel as a WhatsApp template variable, which refuses new lines.
  const summary = previous ? `${readSummary(options.protector, previous)} ${line}` : line;
  const handover = await insertHandover(tx, { caseId: options.caseId, coachId: to.id, summaryEnc: options.protector.encrypt(summary), reason: 'reassignment' });
  await appendCaseEvents(tx, [
    {
      caseId: options.caseId,
      type: 'contact.reassigned',
      actor: options.actor,
      data: {
        from: from.id,
        to: to.id,
        reason: options.reason.kind,
        ...(options.reason.kind === 'absent' ? { absentUntil: options.reason.until.toISOString() } : {}),
        role: to.role,
        fallbackSociaalTeam: to.role !== role,
        overCapacity: picked.overCapacity,
        handoverId: handover.id,
      },
    },
  ]);
  const [eventId] = await insertDomainEvents(tx, options.protector, [
    { type: 'handover.created', conversationId: options.conversationId, payload: { handoverId: handover.id, tellYouth: true } },
  ]);
  if (eventId === undefined) throw new Error('Insert returned no domain event');
  return { caseId: options.caseId, fromCoachId: from.id, toCoach: to, handoverId: handover.id, eventId, overCapacity: picked.overCapacity, urgent: false };
}

function reasonText(reason: ReassignReason, t: TFunction): string {
  if (reason.kind === 'absent') {
    const date = formatInAmsterdam({ date: reason.until, locale: 'nl-NL', style: 'longDate' });
    return t('reassign_reason.absent', { date, defaultValue: 'afwezig tot {{date}}' });
  }
  if (reason.kind === 'gone') return t('reassign_reason.gone', { defaultValue: 'niet meer in dienst' });
  if (reason.kind === 'moved') return t('reassign_reason.moved', { defaultValue: 'werkt nu in een andere gemeente' });
  if (reason.kind === 'adult') return t('reassign_reason.adult', { defaultValue: '18 jaar, leerplicht voorbij' });
  return t('reassign_reason.reopened', { defaultValue: 'casus heropend' });
}
