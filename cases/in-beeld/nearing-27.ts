import { and, eq, sql } from 'drizzle-orm';
import type { i18n } from 'i18next';
import { DateTime } from 'luxon';
import type { DbOrTx } from '../../drizzle/connection';
import { caseEvents, coaches } from '../../drizzle/schema';
import { TARGET_GROUP_END_AGE } from '../../flows/age-bands';
import { formatInAmsterdam } from '../calendar/amsterdam-time';
import { lockCase } from '../case/case-lifecycle-lock';
import { appendCaseEvents } from '../case/case-repository';
import { insertCoachEmail } from '../handover/handover-notification-repository';
import type { DataProtector } from '../privacy/data-protector';
import { coachEmailBody } from '../handover/coach-email-body';

/** How long before the 27th birthday the coach is reminded: time to arrange what comes after. */
export const REMIND_MONTHS_BEFORE_27 = 3;
const EVENT = 'case.nearing_27';

/**
 * The earliest day the young person can turn 27. The intake knows the age in whole years on the day
 * of the intake, not the birthday: whoever was `age` then turns `age + 1` within a year, so they turn
 * 27 at the earliest `26 - age` years after the intake (and at the latest a year later). Reminding
 * from the earliest day means the reminder comes between 3 and 15 months before the birthday, never
 * after it; the coach checks the date with the young person (docs/privacy.md).
 */
export function earliest27thBirthday(input: { ageAtIntake: number; intakeAt: Date }): Date {
  return DateTime.fromJSDate(input.intakeAt).plus({ years: TARGET_GROUP_END_AGE - 1 - input.ageAtIntake }).toJSDate();
}

/** When the coach is reminded: {@link REMIND_MONTHS_BEFORE_27} months before {@link earliest27thBirthday}. */
export function nearing27ReminderAt(input: { ageAtIntake: number; intakeAt: Date }): Date {
  return DateTime.fromJSDate(earliest27thBirthday(input)).minus({ months: REMIND_MONTHS_BEFORE_27 }).toJSDate();
}

export interface Nearing27Run {
  caseIds: string[];
  /** E-mails to queue an `email` job for (after commit). */
  emailIds: number[];
}

/**
 * One sweep: every open case with a coach whose young person nears 27 gets one case event
 * (`case.nearing_27`, in the history on the dashboard) and its coach one e-mail with the case link.
 * Nothing personal travels: no name, no age, only the month and the link. Each case is locked and
 * checked for the event before it is written, so a sweep run twice (two workers, a retry) reminds
 * once. The age and intake date come from the youth and the case (the case's `createdAt` is the
 * intake's day: a new intake writes the age again and opens a new case).
 */
export async function remindCoachesNearing27(
  db: DbOrTx,
  deps: { i18n: i18n; protector: DataProtector; publicBaseUrl: string; now: Date },
): Promise<Nearing27Run> {
  const { now } = deps;
  const due = await db.execute<{ id: string }>(sql`
    select c.id from cases c join youths y on y.id = c.youth_id
    where c.status = 'open' and c.coach_id is not null and y.age is not null and y.age < ${TARGET_GROUP_END_AGE}
      and c.created_at + make_interval(years => ${TARGET_GROUP_END_AGE - 1} - y.age) - make_interval(months => ${REMIND_MONTHS_BEFORE_27}) <= ${now.toISOString()}
      and not exists (select 1 from case_events e where e.case_id = c.id and e.type = ${EVENT})
    order by c.created_at, c.id`);
  const t = deps.i18n.getFixedT('nl', 'email');
  const run: Nearing27Run = { caseIds: [], emailIds: [] };
  for (const { id } of due) {
    await db.transaction(async (tx) => {
      const current = await lockCase(tx, id);
      const [done] = await tx.select({ id: caseEvents.id }).from(caseEvents).where(and(eq(caseEvents.caseId, id), eq(caseEvents.type, EVENT))).limit(1);
      if (done || current.status !== 'open' || !current.coachId) return;
      const [youth] = await tx.execute<{ age: number }>(sql`select age from youths where id = ${current.youthId}`);
      if (!youth) return;
      const birthday = earliest27thBirthday({ ageAtIntake: Number(youth.age), intakeAt: current.createdAt });
      await appendCaseEvents(tx, [{ caseId: id, type: EVENT, actor: 'system', data: { earliest27At: birthday.toISOString() } }]);
      run.caseIds.push(id);
      const [coach] = await tx.select({ firstName: coaches.firstName, email: coaches.email }).from(coaches).where(eq(coaches.id, current.coachId));
      if (!coach?.email) return;
      const values = {
        name: coach.firstName,
        date: formatInAmsterdam({ date: birthday, locale: 'nl-NL', style: 'longDate' }),
        link: `${deps.publicBaseUrl}/dashboard/cases/${id}`,
      };
      run.emailIds.push(
        await insertCoachEmail(tx, deps.protector, {
          coachId: current.coachId,
          toAddress: coach.email,
          subject: t('nearing27.subject', values),
          body: coachEmailBody(t, 'nearing27', values),
        }),
      );
    });
  }
  return run;
}
