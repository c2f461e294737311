import { and, eq, inArray, sql } from 'drizzle-orm';
import { adoptPreviousConversationKey, conversationKeys } from '../../messages/conversation-key';
import type { Db, DbOrTx } from '../../drizzle/connection';
import { cases, conversations, signalImports, signals, youths, type CoachRole, type Municipality } from '../../drizzle/schema';
import { hasStartkwalificatie } from '../../flows/diploma';
import { decideRoute } from '../../flows/routing';
import { appendCaseEvents, insertCases, type CaseEventDraft } from '../case/case-repository';
import { caseWeight } from '../handover/caseload';
import { chooseCoach, lockCandidates, type CandidateCoach } from '../handover/pick-coach';
import type { DataProtector } from '../privacy/data-protector';
import { insertDomainEvents } from '../domain-event-repository';
import { AccessDeniedError, ConflictError } from '../errors';
import { caseMunicipalitySql } from '../staff/case-access';
import type { MunicipalityScope } from '../staff/municipality-scope';
import type { SignalSource, ValidSignal } from './signal-rows';

export interface SignalImportResult {
  importId: string;
  /** New cases at step 'signaal'. */
  created: number;
  /** Young people who already had an open case: the signal was added to it. */
  updated: number;
  /** Rows with WhatsApp consent: a `signal.invite` event each. */
  invited: number;
  /** Domain events to queue after the commit (the invitations). */
  eventIds: number[];
}

// Rows per statement: well under PostgreSQL's 65,535 bind parameters with ~12 columns a row.
const CHUNK = 1000;
/** A case without a zelfscan counts as licht (cases/handover/caseload.ts). */
const SIGNAL_WEIGHT = caseWeight(null);

/**
 * Stores checked signals (cases/in-beeld/signal-rows.ts) in one transaction: all or nothing. Each young person
 * is found by the WhatsApp conversation of their number (the same keyed hash the webhook uses, so a
 * later message from that number is the same young person) or created with it; their contact details
 * are encrypted in `youths.contactEnc`. A young person without an open case gets one at step 'signaal'
 * with a vaste contactpersoon picked by caseload (`pickCoach`'s rule, see {@link coachBalancer}) in the role `decideRoute` gives for
 * their age and diploma (under 18: leerplichtambtenaar; without startkwalificatie: doorstroomcoach;
 * with one: jongerencoach werk); one who has an open case keeps it and their coach, and the case gets
 * a `signal.received` event. Rows with WhatsApp consent get a `signal.invite` domain event.
 * A row about a young person known in a municipality outside the importer's `scope` refuses the whole
 * import (AccessDeniedError): a coach never changes another municipality's young person or their case.
 */
export async function importSignals(
  db: Db,
  input: { protector: DataProtector; scope: MunicipalityScope; actor: string; source: SignalSource; format: 'csv' | 'json'; signals: ValidSignal[] },
): Promise<SignalImportResult> {
  const { protector } = input;
  return db.transaction(async (tx) => {
    const [imported] = await tx
      .insert(signalImports)
      .values({ source: input.source, format: input.format, actor: input.actor, rowCount: input.signals.length })
      .returning({ id: signalImports.id });
    if (!imported) throw new Error('Insert returned no import');
    const result: SignalImportResult = { importId: imported.id, created: 0, updated: 0, invited: 0, eventIds: [] };
    const assign = coachBalancer(tx);

    for (let start = 0; start < input.signals.length; start += CHUNK) {
      const chunk = input.signals.slice(start, start + CHUNK);
      const keysOf = new Map(chunk.map((s) => [s.row, conversationKeys(protector, 'whatsapp', s.phone)]));
      for (const keys of keysOf.values()) await adoptPreviousConversationKey(tx, keys);
      const keyOf = new Map([...keysOf].map(([row, keys]) => [row, keys[0] ?? '']));

      // A no-op update so that existing conversations come back in `returning` too.
      const conversationRows = await tx
        .insert(conversations)
        .values(chunk.map((s) => ({ key: keyOf.get(s.row) ?? '', channel: 'whatsapp' as const, addressEnc: protector.encrypt(s.phone), locale: 'nl' })))
        .onConflictDoUpdate({ target: conversations.key, set: { key: sql`excluded.key` } })
        .returning({ id: conversations.id, key: conversations.key });
      const conversationOf = new Map(conversationRows.map((c) => [c.key, c.id]));
      const conversationIdOf = (s: ValidSignal) => conversationOf.get(keyOf.get(s.row) ?? '') ?? '';

      const existing = (
        await tx
          .select({ id: youths.id, conversationId: youths.conversationId, municipality: youths.municipality })
          .from(youths)
          .where(inArray(youths.conversationId, [...conversationOf.values()]))
          .for('update')
      ).flatMap((y) => (y.conversationId ? [{ ...y, conversationId: y.conversationId }] : []));
      await assertYoungPeopleInScope(tx, { scope: input.scope, chunk, youths: existing, conversationIdOf });
      const youthOf = new Map(existing.map((y) => [y.conversationId, y.id]));
      for (const s of chunk.filter((s) => youthOf.has(conversationIdOf(s)))) {
        // What the young person told us themselves (intake) stays; the school fills what is unknown.
        await tx
          .update(youths)
          .set({
            contactEnc: protector.encrypt(JSON.stringify(contactOf(s))),
            age: sql`coalesce(${youths.age}, ${s.age})`,
            municipality: sql`coalesce(${youths.municipality}, ${s.municipality})`,
            diploma: sql`coalesce(${youths.diploma}, ${s.diploma})`,
          })
          .where(eq(youths.id, youthOf.get(conversationIdOf(s)) ?? ''));
      }
      const fresh = chunk.filter((s) => !youthOf.has(conversationIdOf(s)));
      if (fresh.length > 0) {
        const inserted = await tx
          .insert(youths)
          .values(
            fresh.map((s) => ({
              conversationId: conversationIdOf(s),
              age: s.age,
              municipality: s.municipality,
              diploma: s.diploma,
              hasStartkwalificatie: s.diploma ? hasStartkwalificatie(s.diploma) : null,
              locale: 'nl',
              entrySource: input.source,
              contactEnc: protector.encrypt(JSON.stringify(contactOf(s))),
            })),
          )
          .returning({ id: youths.id, conversationId: youths.conversationId });
        for (const y of inserted) if (y.conversationId) youthOf.set(y.conversationId, y.id);
      }
      const youthIdOf = (s: ValidSignal) => youthOf.get(conversationIdOf(s)) ?? '';

      const openRows = await tx
        .select({ id: cases.id, youthId: cases.youthId })
        .from(cases)
        .where(and(inArray(cases.youthId, chunk.map(youthIdOf)), eq(cases.status, 'open')));
      const openCaseOf = new Map(openRows.map((c) => [c.youthId, c.id]));

      const needCase = chunk.filter((s) => !openCaseOf.has(youthIdOf(s)));
      // The case's source: a `signal.received` event, already processed (nothing for the worker to do).
      const sourceEvents = await insertDomainEvents(
        tx,
        protector,
        needCase.map((s) => ({ type: 'signal.received', conversationId: conversationIdOf(s), payload: { importId: imported.id, row: s.row }, processed: true })),
      );
      const events: CaseEventDraft[] = [];
      const drafts = [];
      for (const [i, s] of needCase.entries()) {
        const sourceEventId = sourceEvents[i];
        if (sourceEventId === undefined) throw new Error('Missing source event');
        const decision = decideRoute({ age: s.age, municipality: s.municipality, hasStartkwalificatie: s.diploma ? hasStartkwalificatie(s.diploma) : false, wants: 'weet_niet' });
        if (decision.kind !== 'coach') throw new Error('Signals are checked to be inside the target group');
        const picked = (await assign(s.municipality, decision.role)) ?? (await assign(s.municipality, 'sociaal_team'));
        if (!picked) throw new NoCoachForSignalsError(s.municipality, decision.role);
        drafts.push({ s, sourceEventId, route: decision.route, picked });
      }
      const createdRows = await insertCases(
        tx,
        drafts.map((d) => ({ youthId: youthIdOf(d.s), sourceEventId: d.sourceEventId, status: 'open', route: d.route, step: 'signaal', wants: 'weet_niet', coachId: d.picked.coach.id })),
      );
      const caseOfEvent = new Map(createdRows.map((c) => [c.sourceEventId, c.id]));
      for (const d of drafts) {
        const caseId = caseOfEvent.get(d.sourceEventId) ?? '';
        openCaseOf.set(youthIdOf(d.s), caseId);
        events.push(
          { caseId, type: 'case.opened', actor: input.actor, data: { route: d.route, source: input.source, importId: imported.id } },
          { caseId, type: 'contact.assigned', actor: 'system', data: { coachId: d.picked.coach.id, role: d.picked.coach.role, reason: 'caseload', overCapacity: d.picked.overCapacity } },
        );
        result.created++;
      }
      for (const s of chunk.filter((s) => !needCase.includes(s))) {
        events.push({ caseId: openCaseOf.get(youthIdOf(s)) ?? '', type: 'signal.received', actor: input.actor, data: { source: input.source, importId: imported.id } });
        result.updated++;
      }
      await appendCaseEvents(tx, events);

      await tx.insert(signals).values(
        chunk.map((s) => ({
          importId: imported.id,
          row: s.row,
          youthId: youthIdOf(s),
          caseId: openCaseOf.get(youthIdOf(s)) ?? '',
          brin: s.brin,
          leavingReason: s.leavingReason,
          detailsEnc: protector.encrypt(JSON.stringify(s)),
        })),
      );

      const invite = chunk.filter((s) => s.whatsappConsent);
      if (invite.length > 0) {
        const inviteEvents = await insertDomainEvents(
          tx,
          protector,
          invite.map((s) => ({ type: 'signal.invite', conversationId: conversationIdOf(s), payload: { caseId: openCaseOf.get(youthIdOf(s)) ?? '' } })),
        );
        result.eventIds.push(...inviteEvents);
        result.invited += invite.length;
      }
    }
    return result;
  });
}

/**
 * `pickCoach` for thousands of cases in one transaction (cases/handover/pick-coach.ts: the same
 * candidates and the same ranking, {@link chooseCoach}). Calling `pickCoach` per row recounts every
 * open case each time (10,000 rows took 67 s); here the candidates are locked and counted once per
 * municipality and role, and each new case (a signal has no zelfscan, so it weighs as licht) is added
 * in memory. The municipality's assignment lock is held until the commit, so nobody else assigns
 * meanwhile.
 */
function coachBalancer(tx: DbOrTx) {
  const pools = new Map<string, CandidateCoach[]>();
  return async (municipality: Municipality, role: CoachRole): Promise<{ coach: CandidateCoach; overCapacity: boolean } | undefined> => {
    const key = `${municipality}:${role}`;
    let pool = pools.get(key);
    if (!pool) {
      pool = await lockCandidates(tx, { municipality, role });
      pools.set(key, pool);
    }
    const picked = chooseCoach(pool, SIGNAL_WEIGHT);
    if (picked) picked.coach.openLoad += SIGNAL_WEIGHT;
    return picked;
  };
}

/** Nobody active in the role nor in the Sociaal team: the whole import is refused, nothing stored. */
export class NoCoachForSignalsError extends ConflictError {
  constructor(municipality: Municipality, role: string) {
    super(`No active coach in ${municipality} for ${role} or the Sociaal team: nothing was imported`);
    this.name = this.constructor.name;
  }
}

/**
 * Every existing young person a chunk touches belongs to the importer's scope: by their own
 * municipality and by that of each of their open cases (its coach's). A young person of unknown
 * municipality without an open case belongs to nobody yet; the signal says where they live.
 */
async function assertYoungPeopleInScope(
  tx: DbOrTx,
  input: {
    scope: MunicipalityScope;
    chunk: ValidSignal[];
    youths: { id: string; conversationId: string; municipality: string | null }[];
    conversationIdOf: (s: ValidSignal) => string;
  },
): Promise<void> {
  if ('all' in input.scope || input.youths.length === 0) return;
  const mine = input.scope.municipality;
  const openCases = await tx
    .select({ youthId: cases.youthId, municipality: caseMunicipalitySql })
    .from(cases)
    .where(and(inArray(cases.youthId, input.youths.map((y) => y.id)), eq(cases.status, 'open')));
  const outside = new Set([
    ...input.youths.filter((y) => y.municipality !== null && y.municipality !== mine).map((y) => y.conversationId),
    ...openCases.filter((c) => c.municipality !== null && c.municipality !== mine).map((c) => input.youths.find((y) => y.id === c.youthId)?.conversationId),
  ]);
  const rows = input.chunk.filter((s) => outside.has(input.conversationIdOf(s))).map((s) => s.row);
  if (rows.length > 0) throw new SignalsOutOfScopeError(rows);
}

/** Rows about young people of another municipality: nothing was imported. */
export class SignalsOutOfScopeError extends AccessDeniedError {
  constructor(readonly rows: number[]) {
    super(`Row(s) ${rows.join(', ')}: a young person of another municipality; hand the signal to them. Nothing was imported`);
    this.name = this.constructor.name;
  }
}

/** What the coach needs to reach the young person; encrypted at rest. */
function contactOf(s: ValidSignal) {
  return { firstName: s.firstName, lastName: s.lastName, phone: s.phone, email: s.email, postcode: s.postcode, birthDate: s.birthDate, contactPreference: s.contactPreference };
}
