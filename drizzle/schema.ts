import { sql } from 'drizzle-orm';
import { safetyCategories } from '../flows/safety/safety-types';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** One chat thread of one young person on one channel. `key` is a keyed hash of the channel user id. */
export const conversations = pgTable('conversations', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  channel: text('channel', { enum: ['whatsapp', 'web'] }).notNull(),
  /** Encrypted channel address (a phone number or a web chat session id). */
  addressEnc: text('address_enc').notNull(),
  locale: text('locale').notNull().default('nl'),
  /** Opens WhatsApp's 24-hour customer-service window. */
  lastInboundAt: timestamp('last_inbound_at', { withTimezone: true }),
  /** STOP / AFMELDEN: no proactive messages. */
  optedOutAt: timestamp('opted_out_at', { withTimezone: true }),
  /** The name the young person shows on WhatsApp (ProfileName), encrypted: the coach sees who it is. */
  displayNameEnc: text('display_name_enc'),
  createdAt: createdAt(),
});

/** Inbound messages: the outbox of turns. Committed before the webhook answers 200. */
export const inboundMessages = pgTable(
  'inbound_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id),
    /** Twilio's MessageSid, or the web chat's client message id: repeated deliveries are ignored. */
    externalId: text('external_id').notNull(),
    bodyEnc: text('body_enc').notNull(),
    /** A button payload from an interactive message, if any (ids, never free text). */
    payload: text('payload'),
    /** Web chat: a keyed hash of the client's address (never the address), for the limit on person requests. */
    originKey: text('origin_key'),
    status: text('status', { enum: ['pending', 'done', 'failed'] }).notNull().default('pending'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('inbound_external_id').on(t.conversationId, t.externalId),
    index('inbound_pending').on(t.conversationId, t.id).where(sql`status = 'pending'`),
  ],
);

/** Outbound messages to a young person (conversationId) or a coach (coachId), sent in id order per recipient. */
export const outboundMessages = pgTable(
  'outbound_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conversationId: uuid('conversation_id').references(() => conversations.id),
    coachId: uuid('coach_id').references(() => coaches.id),
    channel: text('channel', { enum: ['whatsapp', 'web'] }).notNull(),
    /** Free text inside the window, or a Content template outside it. */
    kind: text('kind', { enum: ['session', 'template'] }).notNull().default('session'),
    bodyEnc: text('body_enc').notNull(),
    /** Choices offered with the message: `[{id, title}]`. */
    choices: jsonb('choices').$type<{ id: string; title: string }[]>(),
    expects: text('expects', { enum: ['choice', 'number', 'text', 'date', 'none'] }).notNull().default('none'),
    templateName: text('template_name'),
    contentVariablesEnc: text('content_variables_enc'),
    status: text('status', {
      // 'held': a coach's free text waiting for the young person to open the 24-hour window.
      enum: ['held', 'queued', 'sending', 'sent', 'delivered', 'read', 'failed', 'undelivered', 'skipped'],
    })
      .notNull()
      .default('queued'),
    providerSid: text('provider_sid').unique(),
    error: text('error'),
    attempts: smallint('attempts').notNull().default(0),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('outbound_queued').on(t.id).where(sql`status in ('queued', 'sending')`),
    index('outbound_conversation').on(t.conversationId, t.id),
    check('outbound_recipient', sql`(conversation_id is null) <> (coach_id is null)`),
  ],
);

/** Domain events written in the same transaction as the turn that caused them (outbox). */
export const domainEvents = pgTable(
  'domain_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    type: text('type').notNull(),
    conversationId: uuid('conversation_id').references(() => conversations.id),
    /**
     * Left from before payloads were encrypted: read while set, encrypted into `payload_enc` and
     * cleared at start (cases/privacy/encrypt-plain-columns.ts). Dropped once every install ran that.
     */
    payload: jsonb('payload'),
    /** The whole payload (the intake's answers, the zelfscan outcome, …) as encrypted JSON; `type` stays plain for routing. */
    payloadEnc: text('payload_enc'),
    createdAt: createdAt(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [
    index('events_unprocessed').on(t.id).where(sql`processed_at is null`),
    check('domain_events_payload', sql`payload is not null or payload_enc is not null`),
  ],
);

/** botbuilder state, one row per storage key, encrypted (it holds answers the young person gave). */
export const botState = pgTable('bot_state', {
  key: text('key').primaryKey(),
  dataEnc: text('data_enc').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const coachRoles = ['doorstroomcoach', 'jongerencoach_werk', 'leerplichtambtenaar', 'sociaal_team'] as const;
export type CoachRole = (typeof coachRoles)[number];
export const municipalities = ['amstelveen', 'aalsmeer'] as const;
export type Municipality = (typeof municipalities)[number];

export const coaches = pgTable(
  'coaches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    role: text('role', { enum: coachRoles }).notNull(),
    municipality: text('municipality', { enum: municipalities }).notNull(),
    /** Encrypted WhatsApp number (E.164) for handover notices. */
    whatsappEnc: text('whatsapp_enc'),
    email: text('email'),
    tokenHash: text('token_hash').unique(),
    /** When the bearer token stops working (TOKEN_DAYS after it was issued); the coach rotates it before. */
    tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }),
    /** Caseload points (a case weighs by its intensity: licht 1, middelzwaar 2, intensief 3). */
    capacity: integer('capacity').notNull().default(30),
    /** False once the coach left the team: no new cases, their cases are reassigned. */
    active: boolean('active').notNull().default(true),
    /** Absent (leave, illness) until this moment: no new cases meanwhile. */
    absentUntil: timestamp('absent_until', { withTimezone: true }),
    teamId: uuid('team_id'),
    /** Admins manage coaches and teams; a team lead gets escalations. */
    isAdmin: boolean('is_admin').notNull().default(false),
    /**
     * The region's duty contact (piketcontact): takes an urgent safety handover while the young
     * person's municipality is not known yet. Data an admin maintains, not code (DESIGN.md rule 12).
     */
    dutyContact: boolean('duty_contact').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('coaches_pick').on(t.municipality, t.role)],
);

/** A team of coaches (e.g. the Doorstroompunt of Amstelveen) with the lead who gets escalations. */
export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  municipality: text('municipality', { enum: municipalities }).notNull(),
  leadCoachId: uuid('lead_coach_id'),
  createdAt: createdAt(),
});

export const youths = pgTable('youths', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Null once the young person was forgotten (cases/privacy/forget-young-person.ts): the row stays, anonymous, for the indicators. */
  conversationId: uuid('conversation_id').unique().references(() => conversations.id),
  // Null until known: a young person who asks for a person (or a safety signal) before the intake
  // ends is handed over with what is known so far.
  age: smallint('age'),
  municipality: text('municipality'),
  hasStartkwalificatie: boolean('has_startkwalificatie'),
  diploma: text('diploma'),
  locale: text('locale').notNull(),
  /** When the young person prefers to be contacted: ochtend, middag, avond, maakt_niet_uit. */
  contactTimes: text('contact_times'),
  /** How they came in: whatsapp, web, qr, school, outreach, coach. */
  entrySource: text('entry_source'),
  /** Encrypted contact details given outside the chat (a school handover, a coach's signal): JSON. */
  contactEnc: text('contact_enc'),
  /** Encrypted: what the coach may call them, a first name or a chosen name they gave in the chat; null until given. */
  nameEnc: text('name_enc'),
  createdAt: createdAt(),
});

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    youthId: uuid('youth_id').notNull().references(() => youths.id),
    /** The intake event this case came from: a retried outcome job finds it and does nothing. */
    sourceEventId: integer('source_event_id').notNull().unique(),
    status: text('status', { enum: ['open', 'referred', 'closed'] }).notNull(),
    /** 'onbekend' while the route is not decided yet (a handover before the intake ended). */
    route: text('route', { enum: ['school', 'werk', 'leerplicht', 'zorg', 'verwezen', 'onbekend'] }).notNull(),
    /** Ondersteuningszwaarte from the zelfscan (flows/zelfscan-scoring.ts); null when no zelfscan was done. */
    intensity: text('intensity', { enum: ['licht', 'middelzwaar', 'intensief'] }),
    /** Who has the regie: the coach, or the Sociaal team with multiproblematiek (the coach stays the contact). */
    regie: text('regie', { enum: ['coach', 'sociaal_team'] }).notNull().default('coach'),
    /** Werkcentrum ladder aim on the work route. */
    ladderAim: text('ladder_aim', { enum: ['opstapbaan', 'streefbaan', 'wensbaan'] }),
    /** The zelfscan outcome (levels per domain, obstacles, topics to discuss), encrypted: sensitive data of minors. */
    assessmentEnc: text('assessment_enc'),
    step: text('step', {
      enum: ['signaal', 'intake', 'routebepaling', 'activering', 'ondersteuning', 'match', 'nazorg'],
    }).notNull(),
    wants: text('wants').notNull(),
    coachId: uuid('coach_id').references(() => coaches.id),
    referral: text('referral'),
    /** Steps worked on together with `step` (the seven steps may be combined). */
    combinedSteps: text('combined_steps').array().notNull().default(sql`'{}'::text[]`),
    /** At closing: where the young person went. */
    outcome: text('outcome', { enum: ['onderwijs', 'duurzaam_werk', 'werk', 'zorg', 'verhuisd', 'geen_contact', 'anders'] }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** No answer after two friendly reminders; cleared when the young person writes again. */
    buitenBeeldAt: timestamp('buiten_beeld_at', { withTimezone: true }),
    /** When the young person's personal data was erased; the case stays as an anonymous row for the indicators. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    /** Why: at their own request in the chat, by letter (an admin), or at the end of the retention period. */
    erasureReason: text('erasure_reason', { enum: ['request', 'letter', 'retention'] }),
  },
  (t) => [index('cases_coach').on(t.coachId)],
);

/** Append-only history of a case. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    type: text('type').notNull(),
    actor: text('actor').notNull(),
    data: jsonb('data').notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_events_case').on(t.caseId, t.id)],
);

export const handovers = pgTable(
  'handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    coachId: uuid('coach_id').notNull().references(() => coaches.id),
    /** Left from before summaries were encrypted: read while set, moved into `summary_enc` at start. */
    summary: text('summary'),
    /** What the coach reads (age, route, zelfscan outcome, topics to discuss), encrypted. */
    summaryEnc: text('summary_enc'),
    status: text('status', { enum: ['open', 'acknowledged'] }).notNull().default('open'),
    /** Why: after the intake, because the young person asked for a person, or a safety signal. */
    reason: text('reason', { enum: ['intake', 'person_requested', 'safety', 'reassignment'] }).notNull().default('intake'),
    /** Response deadline in working days (weekends and Dutch public holidays excluded). */
    dueAt: timestamp('due_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    urgent: boolean('urgent').notNull().default(false),
    /** Left from before categories were encrypted: read while set, moved into `category_enc` at start. */
    category: text('category', { enum: safetyCategories }),
    /**
     * With reason `safety`: what kind of danger the safety net recognised (flows/safety/safety-types.ts),
     * encrypted: it names a health or safety topic of a young person (e.g. suicide).
     */
    categoryEnc: text('category_enc'),
    /** The domain event that caused it: a retried job finds it and creates nothing. */
    sourceEventId: integer('source_event_id').unique(),
    createdAt: createdAt(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
  },
  (t) => [
    index('handovers_coach').on(t.coachId, t.status),
    index('handovers_case').on(t.caseId),
    check('handovers_summary', sql`summary is not null or summary_enc is not null`),
  ],
);

/** Twilio Content resources (WhatsApp templates and interactive messages) by our name. */
export const contentTemplates = pgTable('content_templates', {
  name: text('name').primaryKey(),
  contentSid: text('content_sid').notNull(),
  approvalStatus: text('approval_status').notNull().default('unknown'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row per notification that was sent (or queued) for a handover: the unique key is what makes a
 * retried or duplicated job notify nobody twice.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    handoverId: uuid('handover_id').notNull().references(() => handovers.id),
    coachId: uuid('coach_id').notNull().references(() => coaches.id),
    channel: text('channel', { enum: ['whatsapp', 'email'] }).notNull(),
    kind: text('kind', { enum: ['notice', 'reminder', 'escalation'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('notifications_once').on(t.handoverId, t.coachId, t.channel, t.kind)],
);

/** E-mails to coaches (outbox): sent by the email job over SMTP. */
export const outboundEmails = pgTable('outbound_emails', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  coachId: uuid('coach_id').notNull().references(() => coaches.id),
  /** Left from before e-mails were encrypted: read while set, moved into `message_enc` at start. */
  toAddress: text('to_address'),
  subject: text('subject'),
  body: text('body'),
  /** The e-mail as encrypted JSON `{to, subject, body}`: a subject can name the kind of danger, a body the young person's route. */
  messageEnc: text('message_enc'),
  status: text('status', { enum: ['queued', 'sent', 'failed'] }).notNull().default('queued'),
  error: text('error'),
  attempts: smallint('attempts').notNull().default(0),
  createdAt: createdAt(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
}, () => [check('outbound_emails_message', sql`body is not null or message_enc is not null`)]);

/** The thread between a young person and their coach, per case. Text encrypted. */
export const caseMessages = pgTable(
  'case_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    direction: text('direction', { enum: ['from_youth', 'to_youth'] }).notNull(),
    /** The coach who wrote it (to_youth). */
    coachId: uuid('coach_id').references(() => coaches.id),
    bodyEnc: text('body_enc').notNull(),
    /** The outbound message that carries it to the young person (to_youth). */
    outboundId: integer('outbound_id'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('case_messages_case').on(t.caseId, t.id)],
);

/** A case shared with another coach (casusoverleg): they may read its details too. */
export const caseShares = pgTable(
  'case_shares',
  {
    caseId: uuid('case_id').notNull().references(() => cases.id),
    coachId: uuid('coach_id').notNull().references(() => coaches.id),
    sharedBy: text('shared_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('case_shares_pk').on(t.caseId, t.coachId)],
);

/**
 * Who read which case's details, when (every read of personal details is logged), and who used an
 * administrator's power on whom (a token issued, an account disabled): `target` names what was
 * changed (`coach:<id>`, `account:<id>`, `team:<id>`), `municipality` where, so that an admin-coach
 * reads the entries of their own municipality.
 */
/** What an audit entry of a read holds besides who and what: how many cases were shown, and which. */
export interface AuditDetail {
  count: number;
  caseIds?: string[];
}

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    caseId: uuid('case_id'),
    target: text('target'),
    municipality: text('municipality', { enum: municipalities }),
    /** What a read showed, as counts and ids only (never a personal value): `{ count, caseIds }`. */
    detail: jsonb('detail').$type<AuditDetail>(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_case').on(t.caseId, t.at), index('audit_target').on(t.target, t.at), index('audit_detail_cases').using('gin', sql`(${t.detail} -> 'caseIds')`)],
);

// ── Appointments ─────────────────────────────────────────────────────────────────────────────────

/** Where a coach meets a young person. */
export const appointmentPlaces = ['werkplein', 'school', 'jongerencentrum', 'video', 'telefoon'] as const;
export type AppointmentPlace = (typeof appointmentPlaces)[number];

/** How a coach's week is cut into appointment slots. No row: the coach set no hours, so no slots. */
export const coachSchedules = pgTable('coach_schedules', {
  coachId: uuid('coach_id').primaryKey().references(() => coaches.id),
  /** Length of one appointment. */
  slotMinutes: smallint('slot_minutes').notNull().default(45),
  /** Free time kept between two appointments (travel, notes). */
  bufferMinutes: smallint('buffer_minutes').notNull().default(15),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Weekly hours: a block of wall-clock time in Europe/Amsterdam on one weekday (1 Monday … 7 Sunday). */
export const coachWeeklyHours = pgTable(
  'coach_weekly_hours',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    coachId: uuid('coach_id').notNull().references(() => coaches.id),
    weekday: smallint('weekday').notNull(),
    /** Minutes after midnight, local time. */
    startMinute: smallint('start_minute').notNull(),
    endMinute: smallint('end_minute').notNull(),
    places: text('places').array().notNull(),
  },
  (t) => [
    index('coach_weekly_hours_coach').on(t.coachId),
    check('coach_weekly_hours_valid', sql`weekday between 1 and 7 and start_minute >= 0 and end_minute <= 1440 and start_minute < end_minute`),
  ],
);

/** Times a coach is away (leave, training): no slots from `startsAt` up to `endsAt`. */
export const coachAbsences = pgTable(
  'coach_absences',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    coachId: uuid('coach_id').notNull().references(() => coaches.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    reason: text('reason', { enum: ['verlof', 'training', 'anders'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('coach_absences_coach').on(t.coachId, t.endsAt), check('coach_absences_valid', sql`starts_at < ends_at`)],
);

export const appointmentStatuses = ['booked', 'cancelled', 'rescheduled', 'no_show', 'done'] as const;

/**
 * A meeting of a young person with their coach. Double booking is refused by the database: the
 * exclusion constraint `appointments_no_overlap` (added by hand to migration 0004, drizzle-kit cannot
 * express it) forbids two booked appointments of one coach whose times overlap.
 */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    coachId: uuid('coach_id').notNull().references(() => coaches.id),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place', { enum: appointmentPlaces }).notNull(),
    status: text('status', { enum: appointmentStatuses }).notNull().default('booked'),
    /** Unguessable: the `.ics` link (`/ics/<token>.ics`) needs no login. */
    icsToken: text('ics_token').notNull().unique(),
    /** The appointment this one replaced (a reschedule). */
    replacesId: uuid('replaces_id'),
    createdAt: createdAt(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    noShowAt: timestamp('no_show_at', { withTimezone: true }),
  },
  (t) => [
    index('appointments_conversation').on(t.conversationId, t.status),
    index('appointments_case').on(t.caseId, t.startsAt),
    index('appointments_booked_start').on(t.startsAt).where(sql`status = 'booked'`),
    check('appointments_valid', sql`starts_at < ends_at`),
  ],
);

/** One row per reminder sent: a repeated sweep reminds nobody twice. */
export const appointmentReminders = pgTable(
  'appointment_reminders',
  {
    appointmentId: uuid('appointment_id').notNull().references(() => appointments.id),
    kind: text('kind', { enum: ['24h', '2h'] }).notNull(),
    /** The outbound message that carried it; null when nothing could be sent (STOP). */
    outboundId: integer('outbound_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('appointment_reminders_once').on(t.appointmentId, t.kind)],
);

export const entryPointKinds = ['school', 'jongerenwerk', 'sportvereniging', 'social_media', 'poster', 'website'] as const;
export type EntryPointKind = (typeof entryPointKinds)[number];

/** A place young people start from (a poster at school, a link on Instagram): its code rides in the first message. */
export const entryPoints = pgTable('entry_points', {
  /** Six characters without look-alikes (no 0/O, 1/I): typed over from a poster without mistakes. */
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  municipality: text('municipality', { enum: municipalities }).notNull(),
  kind: text('kind', { enum: entryPointKinds }).notNull(),
  /** False: no QR code or poster is served any more; messages that still carry the code are attributed. */
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

/**
 * Each time a conversation came in through an entry point. The first row of a conversation attributes
 * it (and the cases of its young person) to that entry point; later rows are re-entries, never new cases.
 */
export const conversationEntries = pgTable(
  'conversation_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Null once the young person was forgotten: the entry is still counted for its entry point, anonymously. */
    conversationId: uuid('conversation_id').references(() => conversations.id),
    entryPointCode: text('entry_point_code').notNull().references(() => entryPoints.code),
    first: boolean('first').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('conversation_entries_first').on(t.conversationId).where(sql`"first"`),
    index('conversation_entries_code').on(t.entryPointCode),
  ],
);

/** One upload or API call of signals (school handovers, a coach's signal): stored only when every row was valid. */
export const signalImports = pgTable('signal_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  source: text('source', { enum: ['school', 'jongerenwerk', 'coach'] }).notNull(),
  format: text('format', { enum: ['csv', 'json'] }).notNull(),
  /** 'admin' or the coach's id. */
  actor: text('actor').notNull(),
  rowCount: integer('row_count').notNull(),
  createdAt: createdAt(),
});

/** One accepted signal: which young person and case it made or updated. Personal details are encrypted. */
export const signals = pgTable(
  'signals',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    importId: uuid('import_id').notNull().references(() => signalImports.id),
    /** The row number in the file (Excel's numbering: the header is row 1). */
    row: integer('row').notNull(),
    youthId: uuid('youth_id').notNull().references(() => youths.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    /** BRIN number of the school (public register), for the indicator "overgedragen vanuit school". */
    brin: text('brin'),
    leavingReason: text('leaving_reason'),
    /** The whole row as given (name, birth date, school notes), encrypted JSON; null once the young person was forgotten. */
    detailsEnc: text('details_enc'),
    createdAt: createdAt(),
  },
  (t) => [index('signals_case').on(t.caseId), index('signals_import').on(t.importId)],
);

// ── Dashboard sign-in ────────────────────────────────────────────────────────────────────────────

export const staffRoles = ['coach', 'team_lead', 'analyst', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

/**
 * A person who signs in to the dashboard in a browser. A coach or team lead is linked to their
 * coaches row (whose cases they see); an analyst sees indicators only. Password: scrypt with a
 * random salt (`scrypt$N$r$p$salt$hash`, cases/staff/staff-accounts.ts).
 */
export const staffAccounts = pgTable(
  'staff_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: staffRoles }).notNull(),
    coachId: uuid('coach_id').references(() => coaches.id),
    /** An analyst's or team lead's municipality; null: both. */
    municipality: text('municipality', { enum: municipalities }),
    passwordHash: text('password_hash').notNull(),
    /** Set when an administrator reset the password: the one-time password only leads to choosing a new one. */
    passwordChangeRequired: boolean('password_change_required').notNull().default(false),
    /** Wrong second-factor codes in a row; at 5 the second factor is locked for 15 minutes (wrong passwords never lock: api/rate-limits.ts). */
    failedAttempts: smallint('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    /** The TOTP secret (second factor), encrypted; in use once confirmed with a first code. */
    totpSecretEnc: text('totp_secret_enc'),
    totpConfirmedAt: timestamp('totp_confirmed_at', { withTimezone: true }),
    /** The time step of the last code accepted: a code is used once. */
    totpLastStep: integer('totp_last_step'),
    /** The person's subject at the organisation's OpenID provider, bound at their first single sign-on. */
    oidcSubject: text('oidc_subject'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('staff_accounts_email').on(sql`lower(${t.email})`), uniqueIndex('staff_accounts_oidc_subject').on(t.oidcSubject)],
);

/**
 * What a session still waits for before it opens any dashboard page: the second factor's code, setting
 * one up, or (after an administrator reset the password) a new password of the person's own.
 */
export const pendingSecondFactor = ['totp', 'enrol', 'new_password'] as const;
export type PendingSecondFactor = (typeof pendingSecondFactor)[number];

/** A signed-in browser. Only a hash of the session id is stored: a leaked table signs nobody in. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    accountId: uuid('account_id').notNull().references(() => staffAccounts.id),
    /** The synchronizer token every form of this session carries (CSRF). */
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    /** The end at the latest (SESSION_MAX_HOURS after sign-in). */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** The last request: after SESSION_IDLE_MINUTES without one the session ends. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set while the second factor is still to be given (or enrolled): such a session opens no page. */
    pending: text('pending', { enum: pendingSecondFactor }),
  },
  (t) => [index('staff_sessions_account').on(t.accountId)],
);

// ── Jongeren in beeld: re-approach, nazorg, feedback, trusted person ─────────────────────────────

/**
 * One row per step of a re-approach after silence: 1 and 2 are the friendly reminders, 3 marks the
 * case buiten beeld. `anchorAt` is the moment the silence began (the young person's last message, or
 * the invitation); a new message starts a new anchor. The unique key makes a repeated, parallel or
 * restarted sweep do each step once.
 */
export const reapproachSteps = pgTable(
  'reapproach_steps',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id),
    caseId: uuid('case_id').references(() => cases.id),
    reason: text('reason', { enum: ['flow', 'invite', 'match'] }).notNull(),
    anchorAt: timestamp('anchor_at', { withTimezone: true }).notNull(),
    step: smallint('step').notNull(),
    /** The message that carried the reminder; null for step 3 or when nothing could be sent. */
    outboundId: integer('outbound_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('reapproach_steps_once').on(t.conversationId, t.reason, t.anchorAt, t.step)],
);

/**
 * A nazorg check-in: sent `month` months after the case entered nazorg (the case event
 * `startEventId`), once; the young person's quick answer is recorded on it.
 */
export const nazorgCheckins = pgTable(
  'nazorg_checkins',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    startEventId: integer('start_event_id').notNull(),
    month: smallint('month').notNull(),
    outboundId: integer('outbound_id'),
    answer: text('answer', { enum: ['good', 'better', 'help'] }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('nazorg_checkins_once').on(t.caseId, t.startEventId, t.month)],
);

/** A young person's one-tap rating and optional suggestion, for the dashboard. No link to who gave it. */
export const feedback = pgTable(
  'feedback',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    source: text('source', { enum: ['intake', 'nazorg'] }).notNull(),
    rating: text('rating', { enum: ['great', 'good', 'okay', 'bad'] }).notNull(),
    suggestionEnc: text('suggestion_enc'),
    municipality: text('municipality'),
    /** The domain event it came from: a retried job stores nothing twice. */
    sourceEventId: integer('source_event_id').notNull().unique(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('feedback_at').on(t.at)],
);

/** A parent or other supporter the young person named, whom the coach may involve. Latest row counts. */
export const trustedPersons = pgTable(
  'trusted_persons',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id),
    /** Encrypted JSON `{name, relation, reach}`. */
    detailsEnc: text('details_enc').notNull(),
    /** Whether the young person allows the coach to contact this person. */
    mayContact: boolean('may_contact').notNull(),
    sourceEventId: integer('source_event_id').notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [index('trusted_persons_conversation').on(t.conversationId, t.id)],
);

/**
 * Request counters of the rate limits (api/rate-limit-store.ts), shared by every api process. The key
 * names the limit and a keyed hash of what is counted (an address, a session, an e-mail as typed), never
 * the value itself. Rows whose window ended are deleted as the store goes.
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_counters_window').on(t.windowEndsAt)],
);

// ── Directory of where to go ─────────────────────────────────────────────────────────────────────

/** The desks and services a young person is sent to (flows/directory/directory.ts names them). */
export const directoryKinds = ['jongerenloket', 'werkplein', 'doorstroompunt', 'sociaal_loket', 'leerwerkloket', 'leerplicht', 'nachtopvang'] as const;
export type DirectoryKind = (typeof directoryKinds)[number];

/**
 * Where to go, per municipality and kind: seeded from data/directory.json, kept by an admin in the
 * dashboard (DESIGN.md rule 12: places and contacts are data). Every referral names one of these.
 */
export const directoryEntries = pgTable(
  'directory_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipality: text('municipality', { enum: municipalities }).notNull(),
    kind: text('kind', { enum: directoryKinds }).notNull(),
    name: text('name').notNull(),
    address: text('address'),
    phone: text('phone'),
    openingHours: text('opening_hours'),
    webUrl: text('web_url'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** 'seed', 'admin' or a staff account id. */
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [uniqueIndex('directory_entries_place').on(t.municipality, t.kind)],
);

/**
 * Referrals given without a case (27 or older, another municipality): counted for the indicators,
 * without anything that points to the young person (DESIGN.md rule 10).
 */
export const referralCounts = pgTable(
  'referral_counts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The intake event: a retried job counts nothing twice. Not a link to the person (events are deleted by retention). */
    sourceEventId: integer('source_event_id').notNull().unique(),
    /** 'amstelveen', 'aalsmeer', another municipality's slug, 'buitenland' or 'onbekend'. */
    municipality: text('municipality').notNull(),
    referral: text('referral').notNull(),
    /** '<18', '18-22', '23-26', '27+'. */
    ageBand: text('age_band').notNull(),
    /** First day of the month, Amsterdam time: the finest grain kept. */
    month: text('month').notNull(),
  },
  (t) => [index('referral_counts_month').on(t.month)],
);

/**
 * Message records at Twilio still to delete (DELETE /Messages/{Sid}.json): the message texts there
 * are personal data too. A row is written when a message is delivered (retention sweep) or when the
 * young person is forgotten; it is removed once Twilio answered 204 or 404. Holds only Twilio's id.
 */
export const twilioDeletions = pgTable('twilio_deletions', {
  sid: text('sid').primaryKey(),
  attempts: smallint('attempts').notNull().default(0),
  /** The error of the last attempt (Twilio's code and message, never a message text). */
  error: text('error'),
  createdAt: createdAt(),
});

// ── Inzage: a young person sees what is held about them ───────────────────────────────────────────

/**
 * A one-time link to everything held about a young person (AVG art. 15), asked for in the chat
 * (MIJN GEGEVENS) or made by an admin for a written request. Only hashes are stored: of the link's
 * token, and of the browser session the first open starts (a short-lived http-only cookie that
 * serves the page and its PDF). A leaked table opens nothing.
 */
export const inzageLinks = pgTable(
  'inzage_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id),
    tokenHash: text('token_hash').notNull().unique(),
    /** The link works until then (24 hours after it was made), and only once. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /** Hash of the session the first open started; it serves the page until `sessionExpiresAt`. */
    sessionHash: text('session_hash').unique(),
    sessionExpiresAt: timestamp('session_expires_at', { withTimezone: true }),
    /** 'youth' (asked in the chat) or the admin who made it for a written request (an audit actor). */
    requestedBy: text('requested_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('inzage_links_conversation').on(t.conversationId)],
);

/** What a coach hears of about their own young people: a new message, an appointment booked, moved or cancelled, erasure. */
export const coachNoticeKinds = ['message', 'booked', 'rescheduled', 'cancelled', 'erased'] as const;
export type CoachNoticeKind = (typeof coachNoticeKinds)[number];

/** One thing that happened, as a pending notice keeps it: the kind, the case, and for an appointment its (new) start. */
export interface CoachNoticeItem {
  kind: CoachNoticeKind;
  caseId: string;
  at: string;
  startsAt?: string;
}

/**
 * Notices to a coach about what their young people did, bundled (cases/coach-notices/): at most one
 * pending row per coach collects what happens until `send_at` (a few minutes on, or the next opening
 * of office hours); the `coachNotice` job then sends it once and stamps `sent_at`. Holds case ids and
 * appointment times, never the young person's words; sent rows go with the retention sweep.
 */
export const coachNotices = pgTable(
  'coach_notices',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    coachId: uuid('coach_id').notNull().references(() => coaches.id),
    items: jsonb('items').$type<CoachNoticeItem[]>().notNull().default([]),
    sendAt: timestamp('send_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('coach_notices_pending').on(t.coachId).where(sql`sent_at is null`)],
);
