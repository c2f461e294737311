import { nextOfficeHours } from '../handover/response-due-at';

/**
 * When a coach's notice that starts at `now` goes out: `bundleMinutes` later in office hours (what
 * happens meanwhile joins it), else at the next opening of office hours, with all that happened
 * overnight or in the weekend in one notice. Urgent safety notices never come here: they go at once
 * (cases/handover/notify-handover.ts).
 */
export function coachNoticeSendAt(input: { now: Date; bundleMinutes: number }): Date {
  const opening = nextOfficeHours(input.now);
  if (opening.getTime() !== input.now.getTime()) return opening;
  return new Date(input.now.getTime() + input.bundleMinutes * 60_000);
}
