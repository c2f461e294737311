import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, sayOnWhatsApp, startTestStack, toPhone, type TestStack } from '../support/stack';

/**
 * Young people the front door refers rather than hands over, over the signed WhatsApp webhook:
 * someone from Haarlem, and someone of 28. Each gets a real contact at once, and nothing of theirs
 * is kept in a case.
 */
describe('referrals over WhatsApp, end to end', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => {
    await t?.close();
  });

  const say = async (phone: string, body: string) => (await sayOnWhatsApp(t, { phone, body })).map((m) => m.body ?? '').join('\n');

  it('a young person from Haarlem is understood and gets Haarlem’s own 14-number and website', async () => {
    const phone = '+31612360001';
    for (const body of ['Hoi', '19', 'ja']) await say(phone, body);
    // Haarlem's own contact at once: no diploma or wishes asked that would change nothing.
    const referral = await say(phone, 'Haarlem');
    expect(referral).not.toMatch(/snap ik niet|Kies een gemeente uit de lijst|diploma/);
    expect(referral).toContain('Je woont in Haarlem.');
    expect(referral).toContain('Bel 14 023. Vraag naar het jongerenloket.');
    expect(referral).toContain('https://www.haarlem.nl');
    expect(referral).not.toMatch(/zoek op de website|Ik zoek nu uit wie je kan helpen/);
    await eventually(async () => (await t.db.sql`select 1 from referral_counts where municipality = 'haarlem' and age_band = '18-22'`).length === 1);
    expect(await t.db.sql`select 1 from youths where age = 19`).toEqual([]);
  });

  it('a 28-year-old gets the Werkplein’s address, phone, hours and link at once, and no case holds their data', async () => {
    const phone = '+31612360002';
    for (const body of ['Hoi', '28', 'ja', 'Amstelveen']) await say(phone, body);
    const referral = await say(phone, 'aan het werk');
    expect(referral).not.toContain('Ik zoek nu uit wie je kan helpen');
    expect(referral).toContain('Je bent 27 jaar of ouder.');
    expect(referral).toContain('📍 Laan Nieuwer-Amstel 1, 1182 JR Amstelveen');
    expect(referral).toContain('📞 14 020');
    expect(referral).toContain('🕘 ma t/m vr 9.00–17.00');
    expect(referral).toContain('🌐 https://www.amstelveen.nl/werk-en-inkomen');

    await eventually(async () => (await t.db.sql`select 1 from referral_counts where referral = 'werkcentrum' and age_band = '27+'`).length === 1);
    expect(await t.db.sql`select 1 from youths where age = 28`).toEqual([]);
    expect(await t.db.sql`select 1 from cases`).toEqual([]);
    // Nothing more arrives from the worker: the referral was the whole answer.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(t.twilio.messages.filter(toPhone(phone)).filter((m) => /27 jaar of ouder/.test(m.body ?? ''))).toHaveLength(1);
  });

  it('an admin’s change of the Werkplein reaches the next young person without a restart', async () => {
    const changed = await fetch(`${t.baseUrl}/api/directory/amstelveen/werkplein`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Werkplein Amstelveen', address: 'Stationsplein 10, 1181 AA Amstelveen', phone: '020-5404911', openingHours: 'ma t/m do 9.00–16.00', webUrl: 'https://www.amstelveen.nl/werkplein' }),
    });
    expect(changed.status).toBe(200);
    const phone = '+31612360003';
    await eventually(async () => {
      for (const body of ['OPNIEUW', '30', 'ja', 'Amstelveen']) await say(phone, body);
      const referral = await say(phone, 'werk');
      return referral.includes('📍 Stationsplein 10, 1181 AA Amstelveen') && referral.includes('📞 020-5404911');
    });
  });
});
