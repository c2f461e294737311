import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEmailMessage } from '../cases/handover/handover-notification-repository';
import { eventually, sayOnWhatsApp, startTestStack, toPhone, zelfscanAnswers, type TestStack } from './support/stack';

/**
 * Asking for a person, end to end over the signed webhook: a person at once ("praat met iemand"), the safety net,
 * multiproblematiek giving the Sociaal team the regie, and a returning young person reaching their
 * own coach instead of the intake.
 */
describe('handovers from the flows', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    await t?.close();
  });

  const to = toPhone;
  const say = (phone: string, body: string) => sayOnWhatsApp(t, { phone, body });
  const handovers = async () =>
    (
      (await fetch(`${t.baseUrl}/api/handovers`, { headers: { authorization: `Bearer ${t.adminToken}` } }).then((r) => r.json())) as {
        handovers: { id: string; summary: string; reason: string; urgent: boolean; coach: { firstName: string } }[];
      }
    ).handovers;
  const coachNotices = () => t.twilio.messages.filter((m) => m.contentSid && m.body?.includes('/dashboard/handovers/'));

  it('"praat met iemand" in the middle of the intake hands over to a person with what is known', async () => {
    const phone = '+31612360001';
    for (const body of ['hoi', '19', 'ja', 'Amstelveen']) await say(phone, body);
    const noticesBefore = coachNotices().length;
    expect((await say(phone, 'praat met iemand')).at(-1)?.body).toContain('Wil je dat een coach contact met je opneemt?');
    const replies = await say(phone, 'ja');
    expect(replies.map((m) => m.body).join('\n')).toContain('Ik geef het door');
    const told = await eventually(() => t.twilio.messages.filter(to(phone)).find((m) => /neemt contact met je op/.test(m.body ?? '') && /van het Jongerenloket/.test(m.body ?? '')));
    const request = (await handovers()).find((h) => h.reason === 'person_requested');
    // The young person is told who, and by when: the coach the handover went to, and its deadline.
    expect(told.body).toMatch(new RegExp(`^${request?.coach.firstName} van het Jongerenloket neemt contact met je op\\. Uiterlijk \\S+ \\d+ \\S+ hoor je van ${request?.coach.firstName}\\.$`));
    expect(request?.summary).toContain('vroeg in de chat om contact met een persoon');
    expect(request?.summary).toContain('19 jaar');
    expect(request?.urgent).toBe(false);
    await eventually(() => coachNotices().length > noticesBefore);
  });

  it('the safety net sends the emergency numbers at once and an urgent handover tops the inbox', async () => {
    const phone = '+31612360002';
    for (const body of ['hoi', '16', 'ja']) await say(phone, body);
    const question = (await say(phone, 'Aalsmeer')).at(-1);
    const alarm = await say(phone, 'ik wil er niet meer zijn');
    expect(alarm[0]?.body).toContain('112');
    expect(alarm[0]?.body).toContain('0800-0113');
    // Under 18: De Kindertelefoon too.
    expect(alarm[0]?.body).toContain('0800-0432');
    // Then the open question again, with the same buttons to tap.
    // (The young person may then hear from the handover which coach will call.)
    expect(alarm[1]?.body).toBe(question?.body);
    expect(alarm[1]?.contentSid).toBe(question?.contentSid);
    expect(alarm[1]?.interactive).toEqual(question?.interactive);
    const urgent = await eventually(async () => (await handovers()).find((h) => h.reason === 'safety'));
    expect(urgent.urgent).toBe(true);
    expect(urgent.summary).toContain('SPOED');
    expect((await handovers())[0]?.id).toBe(urgent.id);
    // The young person's words travel with the event, encrypted: never in the clear.
    const requests = await t.db.sql`select payload_enc from domain_events where type = 'handover.requested'`;
    const safety = requests.map((e) => JSON.parse(t.stack.protector.decrypt(String(e.payload_enc))) as { reason: string; textEnc?: unknown }).filter((p) => p.reason === 'safety');
    expect(safety.map((p) => typeof p.textEnc)).toEqual(['string']);
    expect(JSON.stringify(safety)).not.toContain('niet meer zijn');
  });

  it('"nee" to a safe place to sleep tonight in the zelfscan opens the same urgent handover as a message about sleeping rough', async () => {
    const phone = '+31612360005';
    for (const body of ['hoi', '20', 'ja', 'Amstelveen', 'vmbo', 'naar school', '1', '1', '1']) await say(phone, body);
    expect((await say(phone, 'Praten met mijn coach')).at(-1)?.body).toContain('Heb je vannacht een veilige plek om te slapen?');
    const alarm = await say(phone, 'nee');
    // The night shelter or the Sociaal loket at once, then the zelfscan goes on.
    expect(alarm.map((m) => m.body).join('\n')).toContain('Heb je genoeg te doen op een dag?');
    const urgent = await eventually(async () => {
      const listed = (await fetch(`${t.baseUrl}/api/handovers`, { headers: { authorization: `Bearer ${t.adminToken}` } }).then((r) => r.json())) as {
        handovers: { reason: string; urgent: boolean; category: string | null; summary: string }[];
      };
      return listed.handovers.find((h) => h.reason === 'safety' && h.summary.includes('20 jaar'));
    });
    expect(urgent).toMatchObject({ urgent: true, category: 'homeless_runaway' });
  });

  it('multiproblematiek gives the Sociaal team the regie: both the coach and the team are handed over', async () => {
    const phone = '+31612360003';
    for (const body of ['hoi', '22', 'ja', 'Amstelveen', 'geen diploma', 'naar school']) await say(phone, body);
    // School stopped, long looking for work, money and housing to talk about with the coach (a safe
    // place tonight, though), at home all day, nobody.
    for (const body of ['5', '5', '4', '5', 'ja', '4', '4', 'ja', 'nee', 'ochtend', 'liever niet']) await say(phone, body);
    await eventually(() => t.twilio.messages.filter(to(phone)).some((m) => /vaste contactpersoon/.test(m.body ?? '')));
    const cases = await t.db.sql`select c.intensity, c.regie, c.route, (select count(*)::int from handovers h where h.case_id = c.id) as handovers
      from cases c join youths y on y.id = c.youth_id where y.age = 22`;
    expect(cases).toEqual([{ intensity: 'intensief', regie: 'sociaal_team', route: 'school', handovers: 2 }]);
    const summary = (await handovers()).find((h) => h.summary.includes('22 jaar'))?.summary;
    expect(summary).toContain('Multiproblematiek');
    // The topics, never the facts behind them.
    expect(summary).toContain('Wil met de coach praten over: geld en inkomen, wonen, gezondheid');

    // The Sociaal team member holding the regie reads the case, and finds it in their list.
    const [regie] = await t.db.sql`select h.coach_id, h.case_id from handovers h join coaches co on co.id = h.coach_id join cases c on c.id = h.case_id
      join youths y on y.id = c.youth_id where y.age = 22 and co.role = 'sociaal_team'`;
    const minted = await fetch(`${t.baseUrl}/api/coaches/${regie!.coach_id}/token`, { method: 'POST', headers: { authorization: `Bearer ${t.adminToken}` } });
    const { token } = (await minted.json()) as { token: string };
    const asRegie = { headers: { authorization: `Bearer ${token}` } };
    expect((await fetch(`${t.baseUrl}/api/cases/${regie!.case_id}`, asRegie)).status).toBe(200);
    const listed = (await (await fetch(`${t.baseUrl}/api/cases`, asRegie)).json()) as { cases: { id: string }[] };
    expect(listed.cases.map((c) => c.id)).toContain(regie!.case_id);

    // Each reads their own wording: the coach stays the contact for school or work, the team member holds the regie.
    const summaries = await t.db.sql`select h.id, h.coach_id, h.summary_enc, co.role, co.first_name, co.last_name from handovers h join coaches co on co.id = h.coach_id where h.case_id = ${regie!.case_id}`;
    const summaryOf = (role: string) => t.stack.protector.decrypt(String(summaries.find((h) => h.role === role)!.summary_enc));
    expect(summaryOf('doorstroomcoach')).toContain('jij blijft het aanspreekpunt voor school of werk');
    expect(summaryOf('sociaal_team')).toContain('jij hebt de regie namens het Sociaal team');
    expect(summaryOf('sociaal_team')).not.toContain('jij blijft het aanspreekpunt');
    // Their notice says the same, and names the contact person; the coach's says they are the contact.
    const contact = summaries.find((h) => h.role === 'doorstroomcoach')!;
    const mails = async () =>
      (await t.db.sql`select message_enc, to_address, subject, body from outbound_emails`).map((row) =>
        readEmailMessage(t.stack.protector, { messageEnc: row.message_enc as string | null, toAddress: row.to_address as string | null, subject: row.subject as string | null, body: row.body as string | null }),
      );
    const emailTo = async (coachId: string) => {
      const handoverId = String(summaries.find((h) => h.coach_id === coachId)!.id);
      return eventually(async () => (await mails()).find((m) => m.body.includes(`/dashboard/handovers/${handoverId}`)));
    };
    const regieMail = await emailTo(String(regie!.coach_id));
    expect(regieMail.body).toContain(`Jij hebt de regie namens het Sociaal team (multiproblematiek). ${contact.first_name} ${contact.last_name} is de vaste contactpersoon`);
    expect(regieMail.body).not.toContain('Jij bent de vaste contactpersoon');
    const [contactCoach] = await t.db.sql`select coach_id from cases where id = ${regie!.case_id}`;
    expect((await emailTo(String(contactCoach!.coach_id))).body).toContain('Jij bent de vaste contactpersoon');

    // The case counts in the team member's caseload, and casusoverleg names who holds the regie.
    const coachList = (await (await fetch(`${t.baseUrl}/api/coaches`, { headers: { authorization: `Bearer ${t.adminToken}` } })).json()) as {
      coaches: { id: string; openCases: number; openLoad: number }[];
    };
    // Earlier young people here may be theirs as contact person; this one counts on top, once.
    const [own] = await t.db.sql`select count(*)::int as n from cases where status = 'open' and coach_id = ${regie!.coach_id}`;
    expect(coachList.coaches.find((c) => c.id === regie!.coach_id)?.openCases).toBe(Number(own!.n) + 1);
    const overleg = (await (await fetch(`${t.baseUrl}/api/casusoverleg`, { headers: { authorization: `Bearer ${t.adminToken}` } })).json()) as {
      cases: { caseId: string; coach: { id: string }; regie: { id: string; firstName: string } | null }[];
    };
    const item = overleg.cases.find((c) => c.caseId === regie!.case_id);
    expect(item?.coach.id).toBe(contactCoach!.coach_id);
    expect(item?.regie?.id).toBe(regie!.coach_id);
  });

  it('a young person with an open case who writes again reaches their own coach, not the intake', async () => {
    const phone = '+31612360004';
    for (const body of ['hoi', '19', 'ja', 'Aalsmeer', 'vmbo', 'naar school', ...zelfscanAnswers]) await say(phone, body);
    const assigned = await eventually(() => t.twilio.messages.filter(to(phone)).find((m) => /vaste contactpersoon/.test(m.body ?? '')));
    const coach = /Goed nieuws! (\S+) wordt/.exec(assigned.body ?? '')?.[1];
    // The rating question follows the handover message.
    await eventually(() => t.twilio.messages.filter(to(phone)).find((m) => /Hoe vond je dit gesprek/.test(m.body ?? '')));
    // The handover is open: what they write goes to their coach, not through the intake again.
    const forwarded = await say(phone, 'Kan ik morgen langskomen?');
    expect(forwarded.at(-1)?.body).toContain(`doorgestuurd naar ${coach}`);
    expect(forwarded.map((m) => m.body).join('\n')).not.toContain('privacy');
    const stored = await eventually(async () => (await t.db.sql`select m.body_enc from case_messages m where m.direction = 'from_youth'`)[0]);
    expect(String(stored.body_enc)).not.toContain('langskomen');
    // Global commands keep working.
    expect((await say(phone, 'menu')).at(-1)?.body).toContain('Wat wil je doen?');
  });
});
