import { z } from 'zod';
import { caseIntensities, caseOutcomes, caseSteps } from '../../cases/case/case-repository';
import { contactKinds } from '../../cases/case/log-contact';
import { signalSources } from '../../cases/in-beeld/signal-rows';
import { coachRoles, entryPointKinds, municipalities, staffRoles } from '../../drizzle/schema';

// The dashboard's form posts and query strings. Query values a person can edit in the address bar
// are dropped when bad (`.catch`): the page still shows, as if the value was not there. A bad form
// value goes back to its page with a notice (the routes use `attachValidation`), never a JSON 400.

/** What every page's query may carry: the language switch and a notice after a redirect. */
export const pageQuery = z.object({
  lang: z.enum(['nl', 'en']).optional().catch(undefined),
  notice: z.string().max(32).optional().catch(undefined),
});

export const idParams = z.object({ id: z.uuid() });

/** The audit log, filtered by one case; a malformed case number is dropped (the whole log). */
export const auditQuery = pageQuery.extend({ caseId: z.uuid().optional().catch(undefined) });

export const signInForm = z.object({
  email: z.string().max(320),
  password: z.string().max(1024),
});

export const accountActiveForm = z.object({ active: z.enum(['true', 'false']) });
export const accountRoleForm = z.object({ role: z.enum(staffRoles) });
/**
 * Six digits of an authenticator app (a space in the middle as apps show it is fine), with the form
 * token, which the route checks itself: the code page is outside the signed-in scope's hook.
 */
export const codeForm = z.object({ _csrf: z.string().max(256), code: z.string().trim().max(16) });
/** A new password, typed twice (its rules are checked in cases/staff/new-password.ts, so they can be told). */
export const newPasswordForm = z.object({ _csrf: z.string().max(256), password: z.string().max(1024), repeat: z.string().max(1024) });

export const messageForm = z.object({ text: z.string().trim().min(1).max(1500) });
export const stepForm = z.object({ step: z.enum(caseSteps) });
export const contactForm = z.object({ kind: z.enum(contactKinds), note: z.string().trim().max(1000).optional() });
export const closeForm = z.object({
  outcome: z.enum(caseOutcomes),
  note: z.string().trim().max(2000).optional(),
  /** 'yes' from the confirmation step; without it the page asks first and changes nothing. */
  confirm: z.literal('yes').optional(),
});

export const caseListQuery = pageQuery.extend({
  status: z.enum(['open', 'referred', 'closed']).optional().catch(undefined),
  step: z.enum(caseSteps).optional().catch(undefined),
  route: z.enum(['school', 'werk', 'leerplicht', 'zorg', 'verwezen', 'onbekend']).optional().catch(undefined),
  intensity: z.enum(caseIntensities).optional().catch(undefined),
  coachId: z.uuid().optional().catch(undefined),
  municipality: z.enum(municipalities).optional().catch(undefined),
  waiting: z.literal('1').optional().catch(undefined),
  buitenBeeld: z.literal('1').optional().catch(undefined),
});

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const indicatorQuery = pageQuery.extend({
  municipality: z.enum(['', ...municipalities]).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
});

/** A new entry point (QR code): its name, municipality and kind. */
export const entryPointForm = z.object({
  label: z.string().trim().min(1).max(120),
  municipality: z.enum(municipalities),
  kind: z.enum(entryPointKinds),
});

/** A new name or kind for an entry point. */
export const entryPointChangesForm = entryPointForm.pick({ label: true, kind: true });

/** An entry point's code as printed under its QR code. */
export const entryCodeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9]{1,16}$/) });

/** A school's handover file, pasted as text (the same CSV as `POST /api/signals/import`). */
export const signalFileForm = z.object({
  source: z.enum(signalSources),
  csv: z.string().max(10 * 1024 * 1024),
});

const personName = z.string().trim().min(1).max(100);
const optionalText = (max: number) => z.string().trim().max(max).transform((v) => (v === '' ? undefined : v)).optional();
/** A new coach; contact details are optional (the phone number is checked in cases/staff). */
export const coachForm = z.object({
  firstName: personName,
  lastName: personName,
  role: z.enum(coachRoles),
  municipality: z.enum(municipalities),
  email: z.union([z.literal(''), z.email().max(254)]).transform((v) => (v === '' ? undefined : v)).optional(),
  whatsapp: optionalText(40),
  teamId: z.union([z.literal(''), z.uuid()]).transform((v) => (v === '' ? undefined : v)).optional(),
});
/** A coach's team; empty: no team. */
export const coachTeamForm = z.object({ teamId: z.union([z.literal(''), z.uuid()]).transform((v) => (v === '' ? null : v)) });
/** A coach is away until this day (their open cases move at once); empty: back. */
export const coachAbsentForm = z.object({ until: z.union([z.literal(''), day]) });
/** Deactivating a coach moves all their cases: the box must be ticked. */
export const coachLeaveForm = z.object({ confirm: z.literal('yes') });
export const coachMoveForm = z.object({ municipality: z.enum(municipalities) });
export const teamForm = z.object({ name: personName, municipality: z.enum(municipalities) });
export const teamNameForm = z.object({ name: personName });
