import { z } from 'zod';
import { caseIntensities, caseOutcomes, caseSteps } from '../cases/case/case-repository';
import { normalizeWhatsappNumber } from '../cases/staff/coach-repository';
import { settableRoutes } from '../cases/case/update-case';
import { cases, coachRoles, handovers, municipalities } from '../drizzle/schema';
import { safetyCategories } from '../flows/safety/safety-types';
import { helplines } from '../flows/safety/emergency-message';

/**
 * The coach API's inputs (validated by fastify with these schemas: a 400 naming the problem) and its
 * answers (serialised with these schemas; both write the OpenAPI document).
 */

// ---- inputs

export const idParams = z.object({ id: z.uuid('must be a UUID') });
export const shareParams = z.object({ id: z.uuid('must be a UUID'), coachId: z.uuid('must be a UUID') });

const caseStatus = z.enum(cases.status.enumValues);
const caseRoute = z.enum(cases.route.enumValues);
const step = z.enum(caseSteps);
const flag = z.enum(['true', 'false'], 'must be true or false').transform((v) => v === 'true');

export const handoverQuery = z.object({ status: z.enum(handovers.status.enumValues).optional() });

export const caseQuery = z
  .object({
    status: caseStatus.optional(),
    step: step.optional(),
    route: caseRoute.optional(),
    intensity: z.enum(caseIntensities).optional(),
    coachId: z.uuid('must be a UUID').optional(),
    municipality: z.enum(municipalities).optional(),
    /** Open cases whose coach has not acknowledged the handover yet. */
    waiting: flag.optional(),
    /** Cases marked buiten beeld: no reply after the re-approach reminders. */
    buitenBeeld: flag.optional(),
  })
  .strict();

export const caseChangesBody = z
  .object({
    step: step.optional(),
    combinedSteps: z
      .array(step)
      .max(caseSteps.length)
      .refine((steps) => new Set(steps).size === steps.length, 'must not repeat a step')
      .optional(),
    route: z.enum(settableRoutes).optional(),
    intensity: z.enum(caseIntensities).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'give at least one of step, combinedSteps, route, intensity');

export const closeCaseBody = z
  .object({
    outcome: z.enum(caseOutcomes),
    note: z.string().trim().min(1, 'must not be empty').max(1000, 'is at most 1,000 characters').optional(),
  })
  .strict();

export const shareBody = z.object({ coachId: z.uuid('must be a UUID') }).strict();

const name = z.string().trim().min(1, 'is required').max(100, 'is at most 100 characters');
const whatsapp = z
  .string()
  .max(40)
  .refine((v) => normalizeWhatsappNumber(v) !== undefined, 'is not a valid phone number');
const email = z.email('is not a valid e-mail address').max(254);
const capacity = z.int('must be a whole number').min(1).max(500);

export const newCoachBody = z
  .object({
    firstName: name,
    lastName: name,
    role: z.enum(coachRoles),
    municipality: z.enum(municipalities),
    whatsapp: whatsapp.optional(),
    email: email.optional(),
    capacity: capacity.optional(),
    teamId: z.uuid('must be a UUID').optional(),
    isAdmin: z.boolean().optional(),
  })
  // A misspelt field (say `whatsApp`) would otherwise be dropped without a word.
  .strict();

export const coachChangesBody = z
  .object({
    capacity: capacity.optional(),
    /** Absent until this moment (ISO 8601 with an offset); null: back. A moment in the future reassigns the coach's open cases. */
    absentUntil: z.iso
      .datetime({ offset: true, message: 'must be an ISO 8601 date and time with an offset' })
      .transform((v) => new Date(v))
      .nullable()
      .optional(),
    /** false: the coach left; their token stops working and their open cases are reassigned. */
    active: z.boolean().optional(),
    teamId: z.uuid('must be a UUID').nullable().optional(),
    isAdmin: z.boolean().optional(),
    whatsapp: whatsapp.nullable().optional(),
    email: email.nullable().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'give at least one field to change');

export const coachMoveBody = z
  .object({
    municipality: z.enum(municipalities).describe('where the coach works from now on'),
    teamId: z.uuid('must be a UUID').nullable().optional().describe('a team of that municipality; none: no team'),
  })
  .strict();

export const newTeamBody = z
  .object({ name, municipality: z.enum(municipalities), leadCoachId: z.uuid('must be a UUID').nullable().optional() })
  .strict();

export const teamChangesBody = z
  .object({ name: name.optional(), leadCoachId: z.uuid('must be a UUID').nullable().optional() })
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'give at least one field to change');

export const casusoverlegQuery = z.object({ municipality: z.enum(municipalities).optional() }).strict();

export const auditQuery = z
  .object({
    caseId: z.uuid('must be a UUID').optional().describe('only entries about this case: its detail reads, and the lists and exports that showed it'),
    limit: z.coerce.number().int('must be a whole number').min(1).max(1000).optional(),
  })
  .strict();

// ---- answers (documentation)

/** A moment: a Date in the handler, an ISO 8601 string on the wire. */
const instant = z.date();

const coachBrief = z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string(), role: z.enum(coachRoles) });

export const coachAnswer = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  role: z.enum(coachRoles),
  municipality: z.enum(municipalities),
  email: z.string().nullable(),
  whatsapp: z.string().nullable().optional().describe('E.164; shown to administrators only'),
  capacity: z.int(),
  active: z.boolean(),
  absentUntil: instant.nullable(),
  teamId: z.uuid().nullable(),
  isAdmin: z.boolean(),
  createdAt: instant,
});
export const coachListAnswer = z.object({
  coaches: z.array(coachAnswer.extend({ openCases: z.int(), openLoad: z.int().describe('open cases weighted licht 1, middelzwaar 2, intensief 3') })),
});

const reassignmentAnswer = z.object({
  caseId: z.uuid(),
  fromCoachId: z.uuid(),
  toCoach: z.object({ id: z.uuid(), firstName: z.string(), role: z.enum(coachRoles), municipality: z.enum(municipalities) }),
  handoverId: z.uuid(),
  eventId: z.int(),
  overCapacity: z.boolean(),
  urgent: z.boolean().describe('an urgent (safety) handover that moved to a new holder, still urgent with its deadline'),
});
export const coachChangedAnswer = z.object({ coach: coachAnswer, reassigned: z.array(reassignmentAnswer) });
export const tokenAnswer = z.object({ token: z.string().describe('shown this once; only its hash is stored') });
/** A token with its end (TOKEN_DAYS after it was issued). */
export const expiringTokenAnswer = tokenAnswer.extend({ expiresAt: instant.describe('when the token stops working; rotate it before') });

export const teamAnswer = z.object({
  id: z.uuid(),
  name: z.string(),
  municipality: z.enum(municipalities),
  leadCoachId: z.uuid().nullable(),
  createdAt: instant,
});

const caseItem = z.object({
  id: z.uuid(),
  status: caseStatus,
  route: caseRoute,
  step,
  combinedSteps: z.array(step),
  intensity: z.enum(caseIntensities).nullable(),
  regie: z.enum(cases.regie.enumValues),
  wants: z.string(),
  referral: z.string().nullable(),
  outcome: z.enum(caseOutcomes).nullable(),
  closedAt: instant.nullable(),
  /** The young person was forgotten (on request, by letter, after the retention period): a tombstone, no data. */
  erased: z.object({ at: instant, reason: z.enum(['request', 'letter', 'retention']) }).nullable(),
  youth: z.object({ age: z.int().nullable(), municipality: z.string().nullable() }),
  name: z.string().nullable().describe('what the coach may call the young person (a first or chosen name they gave in the chat), or null'),
  coach: coachBrief.nullable(),
  createdAt: instant,
  updatedAt: instant,
});
const handoverItem = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  coachId: z.uuid(),
  summary: z.string(),
  status: z.enum(handovers.status.enumValues),
  reason: z.enum(handovers.reason.enumValues),
  urgent: z.boolean(),
  category: z.enum(safetyCategories).nullable().describe('with reason safety: the kind of danger'),
  dueAt: instant.nullable().describe('the response deadline (an urgent handover: the same day)'),
  createdAt: instant,
  acknowledgedAt: instant.nullable(),
});
export const caseListAnswer = z.object({ cases: z.array(caseItem) });
const caseDetail = caseItem
  .extend({
    youth: z.object({
      age: z.int().nullable(),
      municipality: z.string().nullable(),
      diploma: z.string().nullable(),
      hasStartkwalificatie: z.boolean().nullable(),
      locale: z.string(),
    }),
    events: z.array(z.object({ id: z.int(), type: z.string(), actor: z.string(), data: z.unknown().describe('what the event recorded'), at: instant })),
    handovers: z.array(handoverItem.omit({ caseId: true, urgent: true, dueAt: true })),
    shares: z.array(z.object({ coachId: z.uuid(), firstName: z.string(), lastName: z.string(), sharedBy: z.string(), createdAt: instant })),
    trustedPerson: z
      .object({
        name: z.string(),
        relation: z.enum(['parent', 'family', 'friend', 'mentor', 'other']),
        reach: z.string().describe('a phone number or e-mail address, as the young person typed it'),
        mayContact: z.boolean().describe('whether the young person allows the coach to contact this person'),
        at: instant,
      })
      .nullable()
      .describe('someone who helps the young person, as they named them in the chat'),
    assessment: z
      .object({
        levels: z.record(z.string(), z.int()).describe('per life domain, 1 (a problem) to 5 (going well)'),
        obstacles: z.array(z.string()),
        attention: z.array(z.string()),
        strengths: z.array(z.string()),
        talkAbout: z.array(z.string()).describe('health or personal topics the young person wants to discuss with the coach'),
        skipped: z.array(z.string()),
        intensity: z.string(),
        multiproblematiek: z.boolean(),
      })
      .nullable()
      .describe('the zelfscan outcome, stored encrypted; null without a zelfscan'),
  })
  .meta({ id: 'CaseDetail' });
export const caseDetailAnswer = z.object({ case: caseDetail });
export const caseChangedAnswer = z.object({ case: caseDetail, changed: z.array(z.string()).optional() });
/** After the handover at 18 the case is the new coach's: the answer says where it went, not its details. */
export const handedOverAnswer = z.object({
  caseId: z.uuid(),
  route: z.enum(['school', 'werk', 'leerplicht', 'zorg', 'verwezen', 'onbekend']),
  coach: z.object({ id: z.uuid(), firstName: z.string(), role: z.string() }),
  handoverId: z.uuid(),
});
export const handoverListAnswer = z.object({
  handovers: z.array(handoverItem.extend({ coach: z.object({ firstName: z.string(), lastName: z.string() }) })),
});
export const handoverAnswer = z.object({ handover: handoverItem.meta({ id: 'Handover' }) });
/** One handover as the notice's link opens it: an urgent one with its safety signals (the words audited, for its holder and admins). */
export const handoverDetailAnswer = z.object({
  handover: handoverItem
    .extend({
      signals: z
        .array(
          z.object({
            at: instant,
            category: z.enum(safetyCategories).nullable(),
            helplines: z.array(z.enum(helplines)).describe('what the bot answered: the helplines the young person was given, in order'),
            words: z.string().nullable().describe("the young person's own words; null when not sent or not for this reader"),
          }),
        )
        .optional()
        .describe('an urgent handover: every safety signal, oldest first'),
    })
    .meta({ id: 'HandoverDetail' }),
});
export const shareAnswer = z.object({ caseId: z.uuid(), coachId: z.uuid(), created: z.boolean() });
export const casusoverlegAnswer = z.object({
  cases: z.array(
    z.object({
      caseId: z.uuid(),
      reference: z.string().describe('first 8 characters of the case id'),
      name: z.string().nullable().describe('what the coach may call the young person, or null'),
      municipality: z.enum(municipalities),
      route: caseRoute,
      step,
      coach: coachBrief,
      regie: z
        .object({ id: z.uuid(), firstName: z.string(), lastName: z.string(), team: z.string().nullable() })
        .nullable()
        .describe('with multiproblematiek: the Sociaal team member who holds the regie; null when the coach does'),
    }),
  ),
});
export const auditAnswer = z.object({
  entries: z.array(
    z.object({
      id: z.int(),
      actor: z.string().describe("a coach's id, 'admin' (the admin token) or staff:<account id>"),
      actorName: z.string().nullable().describe("the coach's or the account's name behind `actor`; null for the admin token"),
      action: z.string(),
      caseId: z.uuid().nullable(),
      target: z.string().nullable().describe('what an admin action changed: coach:<id>, account:<id>, team:<id>'),
      municipality: z.enum(municipalities).nullable(),
      detail: z
        .object({ count: z.int().describe('how many cases the list or export showed'), caseIds: z.array(z.uuid()).optional().describe('which (ids only)') })
        .nullable()
        .describe('a list read or export: what it showed, as a count and ids, never a personal value'),
      at: instant,
    }),
  ),
});
