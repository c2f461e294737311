import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, PUBLIC_BASE_URL, startTestStack, zelfscanAnswers, type TestStack } from '../support/stack';
import { openWebChat, type WebChat } from '../support/web-chat';
import { pdfText } from '../support/pdf-text';

const LINK = /https:\/\/jongerenloket\.test\/mijn-gegevens\/[A-Za-z0-9_-]+/;

/**
 * Inzage in the web chat, in Arabic: the intake, then "بياناتي" (my data) → "نعم" → the link comes
 * in the chat; it opens the page right to left, in Arabic, with the answers and the coach.
 */
describe('MIJN GEGEVENS in the web chat, in Arabic', () => {
  let t: TestStack;
  let chat: WebChat | undefined;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    chat?.close();
    await t?.close();
  });

  it('gives the link in the chat and shows the page in Arabic, right to left; the link works once', async () => {
    chat = await openWebChat(t.baseUrl);
    const c = chat;
    const texts = () => c.received.map((m) => m.text).join('\n');
    await c.say('مرحبا', { locale: 'ar' });
    const consent = (await c.say('20')).map((m) => m.text).join('\n');
    expect(consent).toContain(`اقرأ المزيد: ${PUBLIC_BASE_URL}/privacy?lang=ar`);
    for (const text of ['نعم', 'Amstelveen', 'geen diploma', 'naar school', ...zelfscanAnswers]) await c.say(text);
    const coach = await eventually(async () => (await t.db.sql`select co.first_name from cases k join coaches co on co.id = k.coach_id`)[0]?.first_name as string | undefined);
    // The young person heard who helps them.
    await eventually(() => texts().includes(coach));

    // Whatever is open (the rating of the chat), the command works.
    const question = (await c.say('بياناتي')).map((m) => m.text).join('\n');
    expect(question).toContain('هل تريد رابطًا لكل ما نعرفه عنك؟');
    await c.say('نعم');
    const message = await eventually(() => c.received.find((m) => LINK.test(m.text)));
    expect(message.text).toContain('هذا هو رابطك');
    const link = LINK.exec(message.text)![0].replace(PUBLIC_BASE_URL, t.baseUrl);

    const button = await fetch(link);
    expect(await button.text()).toContain('<html lang="ar" dir="rtl">');
    const used = await fetch(link, { method: 'POST', redirect: 'manual' });
    const cookie = used.headers.getSetCookie()[0]!.split(';')[0]!;
    const page = await (await fetch(`${t.baseUrl}/mijn-gegevens`, { headers: { cookie } })).text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    for (const shown of ['ما نعرفه عنك', 'إجاباتك', 'أمستلفين', 'بدون شهادة', 'الذهاب إلى المدرسة', coach, 'الدردشة على الموقع']) expect(page).toContain(shown);
    // A web chat has no phone number to show.
    expect(page).not.toContain('<dt>رقم هاتفك</dt>');

    const pdf = Buffer.from(await (await fetch(`${t.baseUrl}/mijn-gegevens/document.pdf`, { headers: { cookie } })).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // pdfkit draws right-to-left text in visual order, so the letters of a title come out reversed;
    // it has no bidi algorithm, so Latin names inside Arabic lines are not checked here (docs/privacy.md).
    const visual = (text: string) => [...text].reverse().join('');
    for (const title of ['إجاباتك', 'محادثتك']) expect(pdfText(pdf)).toContain(visual(title));

    expect((await fetch(link)).status).toBe(410);
  }, 180_000);
});
