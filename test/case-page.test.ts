import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueNazorgCheckins } from '../cases/in-beeld/nazorg';
import { caseMessages, cases, coaches, conversations, handovers, outboundMessages, youths } from '../drizzle/schema';
import { createI18n } from '../locales';
import { recordDeliveryStatus } from '../messages/delivery-status';
import { startTestStack, type TestStack } from './support/stack';

const PASSWORD = 'sanne-demo-wachtwoord';
const DAY = 86_400_000;
const i18n = createI18n();

/**
 * The case page a coach acts from, through the whole app: closing asks where the young person goes
 * and confirms before anything changes; closing towards work starts nazorg, by the dashboard and the
 * API alike; the regie of the Sociaal team and delivery marks are shown in words.
 */
describe('the case page', () => {
  let t: TestStack;
  let app: FastifyInstance;
  let session: string;
  let csrf: string;
  let sanneId: string;
  let daanId: string;

  const db = () => t.stack.database.db;
  const page = (caseId: string, query = '') => app.inject({ url: `/dashboard/cases/${caseId}${query}`, cookies: { jl_session: session } });
  const post = (url: string, payload: Record<string, string>) => app.inject({ method: 'POST', url, cookies: { jl_session: session }, payload: { _csrf: csrf, ...payload } });
  const text = (res: LightMyRequestResponse) => res.body.replace(/<[^>]+>/g, ' ').replace(/&#(\d+);/g, (_m, c: string) => String.fromCharCode(Number(c))).replace(/\s+/g, ' ');
  const caseRow = async (caseId: string) => (await db().select().from(cases).where(eq(cases.id, caseId)))[0]!;

  /** A young person on `channel` with an open case of `coachId` at step `step`. */
  async function openCase(options: { coachId: string; step?: 'match' | 'ondersteuning'; channel?: 'whatsapp' | 'web'; regie?: 'coach' | 'sociaal_team' }) {
    const protector = t.stack.protector;
    const [conversation] = await db()
      .insert(conversations)
      .values({ key: randomUUID(), channel: options.channel ?? 'web', addressEnc: protector.encrypt(randomUUID()), lastInboundAt: new Date() })
      .returning();
    const [youth] = await db().insert(youths).values({ conversationId: conversation!.id, age: 20, municipality: 'amstelveen', diploma: 'mbo1', hasStartkwalificatie: false, locale: 'nl' }).returning();
    const [created] = await db()
      .insert(cases)
      .values({ youthId: youth!.id, sourceEventId: Math.floor(Math.random() * 1e9), status: 'open', route: 'werk', step: options.step ?? 'match', wants: 'werk', coachId: options.coachId, regie: options.regie ?? 'coach' })
      .returning();
    return { caseId: created!.id, conversationId: conversation!.id };
  }

  /** The nazorg sweep a month and a bit from now: which of these cases get their first check-in. */
  async function checkinsNextMonth(caseIds: string[]) {
    const written = await sendDueNazorgCheckins(db(), { protector: t.stack.protector, i18n, now: new Date(Date.now() + 32 * DAY), months: [1, 3, 6, 12] });
    return written.filter((w) => caseIds.includes(w.caseId)).map((w) => ({ caseId: w.caseId, month: w.month }));
  }

  beforeAll(async () => {
    t = await startTestStack();
    app = t.stack.app!;
    const [sanne] = await db().select().from(coaches).where(eq(coaches.firstName, 'Sanne'));
    const [daan] = await db().select().from(coaches).where(eq(coaches.firstName, 'Daan'));
    sanneId = sanne!.id;
    daanId = daan!.id;
    const created = await app.inject({
      method: 'POST',
      url: '/api/staff-accounts',
      headers: { authorization: `Bearer ${t.adminToken}` },
      payload: { email: 'sanne.devries@example.nl', name: 'Sanne de Vries', role: 'coach', coachId: sanneId, password: PASSWORD },
    });
    expect(created.statusCode).toBe(201);
    const form = await app.inject({ url: '/dashboard/sign-in' });
    const pre = /jl_pre=([^;]+)/.exec(String(form.headers['set-cookie']))![1]!;
    const signedIn = await app.inject({ method: 'POST', url: '/dashboard/sign-in', cookies: { jl_pre: pre }, payload: { _csrf: pre, email: 'sanne.devries@example.nl', password: PASSWORD } });
    session = /jl_session=([^;]+)/.exec(String(signedIn.headers['set-cookie']))![1]!;
    const inbox = await app.inject({ url: '/dashboard/inbox', cookies: { jl_session: session } });
    csrf = /name="_csrf" value="([^"]+)"/.exec(inbox.body)![1]!;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('opens with who the young person is and the next action: pick up an open handover, else write', async () => {
    const { caseId } = await openCase({ coachId: sanneId });
    const [handover] = await db().insert(handovers).values({ caseId, coachId: sanneId, summary: 'Jongere van 20 jaar wil werk.', dueAt: new Date(Date.now() + DAY) }).returning();
    const first = await page(caseId);
    expect(first.statusCode).toBe(200);
    const body = first.body;
    // The summary and the action come before the messages and the forms.
    expect(body.indexOf('Jongere van 20 jaar uit Amstelveen')).toBeLessThan(body.indexOf('id="s-messages"'));
    expect(body).toContain(`action="/dashboard/handovers/${handover!.id}/acknowledge"`);
    expect(body.indexOf('>Oppakken<')).toBeLessThan(body.indexOf('id="s-messages"'));
    expect(body.indexOf('id="s-messages"')).toBeLessThan(body.indexOf('id="s-more"'));
    const picked = await post(`/dashboard/handovers/${handover!.id}/acknowledge`, {});
    expect(picked.headers.location).toBe(`/dashboard/cases/${caseId}?notice=acknowledged`);
    const after = text(await page(caseId));
    expect(after).toContain(`Schrijf casus ${caseId.slice(0, 8)}`);
    expect(after).not.toContain('Oppakken');
  });

  it('refuses to close without a chosen outcome: a clear message, and nothing changes', async () => {
    const { caseId } = await openCase({ coachId: sanneId });
    const closeForm = (await page(caseId)).body;
    // The choice starts empty and is required: no outcome is picked for the coach.
    expect(closeForm).toMatch(/<select class="utrecht-select utrecht-select--html-select" id="outcome" name="outcome" required>\s*<option value="">Kies waar de jongere naartoe gaat<\/option>/);
    const res = await post(`/dashboard/cases/${caseId}/close`, { outcome: '', note: '' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/dashboard/cases/${caseId}?notice=chooseOutcome`);
    expect(text(await page(caseId, '?notice=chooseOutcome'))).toContain('Kies eerst waar de jongere naartoe gaat. Er is niets veranderd.');
    expect(await caseRow(caseId)).toMatchObject({ status: 'open', outcome: null, step: 'match' });
  });

  it('asks for confirmation with what will happen, and closes into nazorg only when confirmed', async () => {
    const { caseId } = await openCase({ coachId: sanneId });
    await db().insert(handovers).values({ caseId, coachId: sanneId, summary: 'Samenvatting' });
    const asked = await post(`/dashboard/cases/${caseId}/close`, { outcome: 'duurzaam_werk', note: 'Vaste baan bij de bakker' });
    expect(asked.statusCode).toBe(200);
    const confirm = text(asked);
    expect(confirm).toContain('Weet je het zeker?');
    expect(confirm).toContain('De jongere gaat naar: duurzaam werk.');
    expect(confirm).toContain('De jongere krijgt nazorg: na 1, 3, 6 en 12 maanden vraagt de chat hoe het gaat.');
    expect(confirm).toContain('Open overdrachten van deze casus worden afgesloten.');
    expect(confirm).toContain('Je notitie: Vaste baan bij de bakker');
    // Asking changed nothing.
    expect(await caseRow(caseId)).toMatchObject({ status: 'open', step: 'match' });
    expect(await checkinsNextMonth([caseId])).toEqual([]);

    const closed = await post(`/dashboard/cases/${caseId}/close`, { outcome: 'duurzaam_werk', note: 'Vaste baan bij de bakker', confirm: 'yes' });
    expect(closed.headers.location).toBe(`/dashboard/cases/${caseId}?notice=closedNazorg`);
    expect(await caseRow(caseId)).toMatchObject({ status: 'closed', outcome: 'duurzaam_werk', step: 'nazorg' });
    const shown = text(await page(caseId, '?notice=closedNazorg'));
    expect(shown).toContain('Casus gesloten. De jongere is nu in nazorg.');
    expect(shown).toContain('Stap: 6 Match → 7 Nazorg');
    expect(shown).toContain('Casus gesloten: duurzaam werk — Vaste baan bij de bakker');
    expect(await checkinsNextMonth([caseId])).toEqual([{ caseId, month: 1 }]);
  });

  it('closes through the API into nazorg the same way', async () => {
    const { caseId } = await openCase({ coachId: sanneId, step: 'ondersteuning' });
    const res = await app.inject({ method: 'POST', url: `/api/cases/${caseId}/close`, headers: { authorization: `Bearer ${t.adminToken}` }, payload: { outcome: 'duurzaam_werk' } });
    expect(res.statusCode).toBe(200);
    expect(await caseRow(caseId)).toMatchObject({ status: 'closed', outcome: 'duurzaam_werk', step: 'nazorg' });
    expect(await checkinsNextMonth([caseId])).toEqual([{ caseId, month: 1 }]);
  });

  it('starts no nazorg for a young person who moved away, and says so before', async () => {
    const { caseId } = await openCase({ coachId: sanneId });
    expect(text(await post(`/dashboard/cases/${caseId}/close`, { outcome: 'verhuisd' }))).toContain('De jongere krijgt geen nazorg.');
    const closed = await post(`/dashboard/cases/${caseId}/close`, { outcome: 'verhuisd', confirm: 'yes' });
    expect(closed.headers.location).toBe(`/dashboard/cases/${caseId}?notice=closed`);
    expect(await caseRow(caseId)).toMatchObject({ status: 'closed', outcome: 'verhuisd', step: 'match' });
    expect(await checkinsNextMonth([caseId])).toEqual([]);
  });

  it('shows no confirmation of closing to a coach who may not close the case, and changes nothing', async () => {
    const [other] = await db().select().from(coaches).where(eq(coaches.firstName, 'Daan'));
    const { caseId } = await openCase({ coachId: other!.id });
    const res = await post(`/dashboard/cases/${caseId}/close`, { outcome: 'onderwijs' });
    expect([403, 404]).toContain(res.statusCode);
    expect(res.body).not.toContain('Weet je het zeker?');
    expect((await post(`/dashboard/cases/${caseId}/close`, { outcome: 'onderwijs', confirm: 'yes' })).statusCode).not.toBe(303);
    expect(await caseRow(caseId)).toMatchObject({ status: 'open', step: 'match' });
  });

  it('names the Sociaal team member who holds the regie, and the coach as the contact for school/work', async () => {
    const { caseId } = await openCase({ coachId: sanneId, regie: 'sociaal_team' });
    await db().insert(handovers).values({ caseId, coachId: daanId, summary: 'Regie', status: 'acknowledged' });
    const shown = text(await page(caseId));
    expect(shown).toContain('Regie Sociaal team (Daan Bakker');
    expect(shown).toContain('Aanspreekpunt voor school/werk Sanne de Vries');
    const overleg = text(await app.inject({ url: '/dashboard/casusoverleg', cookies: { jl_session: session } }));
    expect(overleg).toContain(`${caseId.slice(0, 8)}`);
    expect(overleg).toContain('Sociaal team: Daan Bakker');
  });

  it('marks a WhatsApp message sent, then read, from Twilio’s status callbacks, in words', async () => {
    const { caseId, conversationId } = await openCase({ coachId: sanneId, channel: 'whatsapp' });
    const sid = `SM${randomUUID().replace(/-/g, '')}`;
    const [outbound] = await db()
      .insert(outboundMessages)
      .values({ conversationId, channel: 'whatsapp', bodyEnc: t.stack.protector.encrypt('Hoi!'), status: 'sent', providerSid: sid })
      .returning();
    await db().insert(caseMessages).values({ caseId, direction: 'to_youth', coachId: sanneId, bodyEnc: t.stack.protector.encrypt('Hoi!'), outboundId: outbound!.id });
    expect(text(await page(caseId))).toContain('Bezorging: verstuurd');
    expect(await recordDeliveryStatus(db(), { providerSid: sid, status: 'read' })).toBe(true);
    const read = await page(caseId);
    expect(text(read)).toContain('Bezorging: gelezen');
    // The symbol is decoration; the words carry it.
    expect(read.body).toMatch(/<span class="mark mark-read"><span aria-hidden="true">✓✓<\/span>/);
  });
});
