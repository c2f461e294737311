/**
 * The catalogue of domain events: every event one part of the product emits and another consumes,
 * each with the schema of its payload (STYLE.md lesson 11). Producers (the flows, the case store)
 * and the consumer (worker/process-event.ts) are typed from it, so a renamed field fails the
 * type-check; the consumer parses each stored payload with it once.
 *
 * An event exists in two shapes: the draft a flow emits, and the row as stored in `domain_events`.
 * They differ only where the young person typed free text: the draft carries `text`, the row
 * `textEnc` (personal data is encrypted at rest, DESIGN.md rule 10; {@link toStoredEvent}).
 */
import { z } from 'zod';
import { helplines } from '../flows/safety/emergency-message';
import { safetyCategories } from '../flows/safety/safety-types';
import { DOMAIN_IDS, isTalkDomain, type LevelDomainId } from '../flows/zelfscan-domains';
import { ZELFSCAN_INTENSITIES } from '../flows/zelfscan-scoring';

const locale = z.string().min(2).max(8);
const municipality = z.enum(['amstelveen', 'aalsmeer', 'other']);
const domain = z.enum(DOMAIN_IDS);
const levelDomain = z.enum(DOMAIN_IDS.filter((id): id is LevelDomainId => !isTalkDomain(id)) as [LevelDomainId, ...LevelDomainId[]]);
const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

/** The intake outcome as the flow records it (flows/front-door-flow.ts). */
const intakeCompleted = z.object({
  age: z.number().int().min(0).max(120),
  municipality,
  /** With municipality 'other': their own municipality's slug (data/municipalities.csv), 'buitenland' or 'onbekend'. */
  otherPlace: z.string().min(1).max(80).optional(),
  diploma: z.string().min(1).max(40),
  hasStartkwalificatie: z.boolean(),
  wants: z.enum(['school', 'werk', 'weet_niet']),
  locale,
  /** Under 16 (flows/age-bands.ts): whether the coach may contact a parent or carer. */
  mayContactParent: z.boolean().optional(),
  chosenRoute: z.enum(['school', 'werk', 'zorg']).optional(),
  learningStyle: z.enum(['bbl', 'bol']).optional(),
  ladderAim: z.enum(['opstapbaan', 'streefbaan', 'wensbaan']).optional(),
  contactTimes: z.string().max(40).optional(),
  /** What the coach may call them, encrypted (flows/name-dialog.ts); absent when they skipped it. */
  nameEnc: z.string().min(1).optional(),
  /** The bot waits for a rating: the case store asks it after telling the young person who helps them. */
  askFeedback: z.literal(true).optional(),
  zelfscan: z
    .object({
      levels: z.partialRecord(levelDomain, level),
      obstacles: z.array(domain),
      attention: z.array(domain),
      strengths: z.array(domain),
      talkAbout: z.array(domain),
      skipped: z.array(domain),
      intensity: z.enum(ZELFSCAN_INTENSITIES),
      multiproblematiek: z.boolean(),
    })
    .optional(),
});

const feedbackFields = {
  source: z.enum(['intake', 'nazorg']),
  rating: z.enum(['great', 'good', 'okay', 'bad']),
};

/** Payloads as stored in `domain_events.payload`, by event type. */
const storedPayloads = {
  /** The intake is done: the case store opens the case, picks the vaste contactpersoon, tells the young person. */
  'intake.completed': intakeCompleted,
  /** The young person did not want to do the intake; kept for the dashboard. */
  'intake.declined': z.object({ locale }),
  /** "Praat met iemand" or a danger signal: a handover with what is known so far. */
  'handover.requested': z.object({
    reason: z.enum(['person_requested', 'safety']),
    /** With reason `safety`: what kind of danger the safety net recognised (flows/safety/). */
    category: z.enum(safetyCategories).optional(),
    /** With reason `safety`: the helplines the bot gave in its answer (flows/safety/emergency-message.ts). */
    helplines: z.array(z.enum(helplines)).optional(),
    /** With reason `safety`: the young person's own words that raised it, encrypted. */
    textEnc: z.string().min(1).optional(),
    /**
     * With reason `safety`: the deadline the young person was told (flows/safety-answer.ts, by the
     * rule of response-due-at.ts), which a new urgent handover takes as its `dueAt`.
     */
    dueAt: z.iso.datetime({ offset: true }).optional(),
    locale,
    age: z.number().int().min(0).max(120).optional(),
    municipality: municipality.optional(),
  }),
  /** A handover made outside the flows (a reassignment): notify the new coach, and maybe tell the young person. */
  'handover.created': z.object({ handoverId: z.uuid(), tellYouth: z.boolean().default(false) }),
  /** A school's signal opened the case (stored already processed: nothing for the worker to do). */
  'signal.received': z.object({ importId: z.uuid(), row: z.number().int() }),
  /** A signal with consent to WhatsApp: invite the young person on behalf of their coach. */
  'signal.invite': z.object({ caseId: z.uuid() }),
  /** A message the young person typed for their coach. */
  'youth.message_for_coach': z.object({ textEnc: z.string().min(1) }),
  /** A rating, with an optional suggestion. */
  'feedback.given': z.object({ ...feedbackFields, textEnc: z.string().min(1).optional() }),
  /** The person the young person trusts; the details are the dialog's JSON, encrypted. */
  'trusted_person.named': z.object({ textEnc: z.string().min(1), mayContact: z.boolean() }),
  /** An answer to a nazorg check-in. */
  'nazorg.answered': z.object({ answer: z.enum(['good', 'better', 'help']) }),
  /** STOP: no proactive messages any more. */
  'conversation.opted_out': z.object({}),
  /** START after STOP. */
  'conversation.opted_in': z.object({}),
  /** VERWIJDER MIJN GEGEVENS, confirmed: forget the young person of this conversation (cases/privacy/). */
  'privacy.erasure_requested': z.object({}),
  /** MIJN GEGEVENS, confirmed: send a one-time link to everything held, in this language. */
  'data_access.requested': z.object({ locale }),
} as const;

/** Payloads as a flow emits them: free text still in the clear, under `text`. */
const draftPayloads = {
  ...storedPayloads,
  'youth.message_for_coach': z.object({ text: z.string().min(1) }),
  'handover.requested': storedPayloads['handover.requested'].omit({ textEnc: true }).extend({ text: z.string().min(1).optional() }),
  'feedback.given': z.object({ ...feedbackFields, text: z.string().min(1).optional() }),
  'trusted_person.named': z.object({ text: z.string().min(1), mayContact: z.boolean() }),
  'intake.completed': intakeCompleted.omit({ nameEnc: true }).extend({ name: z.string().min(1).max(40).optional() }),
} as const;

type Stored = typeof storedPayloads;
type Drafts = typeof draftPayloads;

export type DomainEventType = keyof Stored;
export const domainEventTypes = Object.keys(storedPayloads) as DomainEventType[];

/** A stored event after parsing: what the consumer switches on. */
export type DomainEvent = { [K in DomainEventType]: { type: K; payload: z.output<Stored[K]> } }[DomainEventType];

/** A stored event as a producer writes it (defaults may be left out). */
export type NewDomainEvent = { [K in DomainEventType]: { type: K; payload: z.input<Stored[K]> } }[DomainEventType];

/** A domain event a turn produces (flows' `emitEvent`); written in the turn's transaction (the outbox). */
export type DomainEventDraft = { [K in DomainEventType]: { type: K; payload: z.input<Drafts[K]> } }[DomainEventType];

/** The stored payload of one event type. */
export type EventPayload<K extends DomainEventType> = z.output<Stored[K]>;

/** A stored event that does not match the catalogue (an unknown type, a missing or renamed field). */
export class MalformedDomainEventError extends Error {
  constructor(
    readonly eventType: string,
    /** Where the payload differs (field paths and zod codes; never the values, which may be personal). */
    readonly problems: string[],
  ) {
    super(`Domain event '${eventType}' does not match the catalogue: ${problems.join('; ')}`);
    this.name = this.constructor.name;
  }
}

function isEventType(type: string): type is DomainEventType {
  return Object.hasOwn(storedPayloads, type);
}

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.code}`);
}

/** Parses a stored event with its type's schema; throws {@link MalformedDomainEventError}. */
export function parseDomainEvent(row: { type: string; payload: unknown }): DomainEvent {
  if (!isEventType(row.type)) throw new MalformedDomainEventError(row.type, ['unknown event type']);
  const parsed = storedPayloads[row.type].safeParse(row.payload);
  if (!parsed.success) throw new MalformedDomainEventError(row.type, problemsOf(parsed.error));
  return { type: row.type, payload: parsed.data } as DomainEvent;
}

/** Checks a draft (what a flow emits) against the catalogue; throws {@link MalformedDomainEventError}. */
export function parseDomainEventDraft(draft: { type: string; payload: unknown }): DomainEventDraft {
  if (!isEventType(draft.type)) throw new MalformedDomainEventError(draft.type, ['unknown event type']);
  const parsed = draftPayloads[draft.type].safeParse(draft.payload);
  if (!parsed.success) throw new MalformedDomainEventError(draft.type, problemsOf(parsed.error));
  return { type: draft.type, payload: parsed.data } as DomainEventDraft;
}

/** The stored shape of a draft: free text the young person typed is encrypted, as `textEnc` (their name as `nameEnc`). */
export function toStoredEvent(draft: DomainEventDraft, encrypt: (text: string) => string): NewDomainEvent {
  switch (draft.type) {
    case 'youth.message_for_coach':
      return { type: draft.type, payload: { textEnc: encrypt(draft.payload.text) } };
    case 'trusted_person.named':
      return { type: draft.type, payload: { textEnc: encrypt(draft.payload.text), mayContact: draft.payload.mayContact } };
    case 'intake.completed': {
      const { name, ...rest } = draft.payload;
      return { type: draft.type, payload: name === undefined ? rest : { ...rest, nameEnc: encrypt(name) } };
    }
    case 'feedback.given':
    case 'handover.requested': {
      const { text, ...rest } = draft.payload;
      return { type: draft.type, payload: text === undefined ? rest : { ...rest, textEnc: encrypt(text) } } as NewDomainEvent;
    }
    default:
      return draft;
  }
}
