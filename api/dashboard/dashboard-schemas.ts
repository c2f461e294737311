import { z } from 'zod';
import { caseIntensities, caseOutcomes, caseSteps } from '../../cases/case/case-repository';
import { municipalities, staffRoles } from '../../drizzle/schema';

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
