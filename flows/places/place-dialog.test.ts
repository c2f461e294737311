import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { DomainEventDraft } from '../../bot/bot-message';
import { turnEffects } from '../../bot/turn-effects';
import { createI18n } from '../../locales/index';
import { FrontDoorBot } from '../front-door-bot';

const i18n = createI18n();

/** The front door over TestAdapter: what a young person reads, and the events of the turns. */
function conversation() {
  const bot = new FrontDoorBot({ conversationState: new ConversationState(new MemoryStorage()), i18n });
  const events: DomainEventDraft[] = [];
  const adapter = new TestAdapter(async (context) => {
    await bot.run(context);
    events.push(...turnEffects(context).events);
  });
  const say = async (text: string): Promise<string> => {
    await adapter.processActivity({ type: 'message', text } as Partial<Activity>);
    return adapter.activeQueue.splice(0).map((r) => r.text ?? '').join('\n---\n');
  };
  return { events, say, to: async (answers: string[]) => { for (const a of answers) await say(a); } };
}

const payload = (events: DomainEventDraft[]) => events.find((e) => e.type === 'intake.completed')?.payload;

describe('the municipality question', () => {
  it('Haarlem: the referral at once, with Haarlem\'s 14-number and website, never "kies uit de lijst"', async () => {
    const chat = conversation();
    await chat.to(['hoi', '19', 'ja']);
    const referral = await chat.say('Haarlem');
    expect(referral).not.toContain('Wat is je hoogste diploma?');
    expect(referral).toContain('Je woont in Haarlem.');
    expect(referral).toContain('Bel 14 023. Vraag naar het jongerenloket.');
    expect(referral).toContain('https://www.haarlem.nl');
    expect(referral).not.toContain('zoek op de website');
    expect(referral).not.toContain('Ik zoek nu uit wie je kan helpen');
    expect(payload(chat.events)).toMatchObject({ municipality: 'other', otherPlace: 'haarlem' });
  });

  it('Kudelstaart is Aalsmeer, and the intake goes on as for Aalsmeer', async () => {
    const chat = conversation();
    await chat.to(['hoi', '19', 'ja']);
    expect(await chat.say('ik woon in Kudelstaart')).toContain('Wat is je hoogste diploma?');
  });

  it('a close guess is checked once: "Bedoel je …?"; yes takes it, no asks the name once more', async () => {
    const yes = conversation();
    await yes.to(['hoi', '30', 'ja']);
    expect(await yes.say('Rottredam')).toBe('Bedoel je Rotterdam?');
    expect(await yes.say('ja')).toContain('Je woont in Rotterdam.');
    const no = conversation();
    await no.to(['hoi', '30', 'ja']);
    await no.say('Rottredam');
    expect(await no.say('nee')).toContain('Typ de naam van je gemeente nog een keer.');
    expect(await no.say('Ridderkerk')).toContain('Je woont in Ridderkerk.');
  });

  it('a place nobody knows gets one clear question, then a person is offered: no loop', async () => {
    const chat = conversation();
    await chat.to(['hoi', '19', 'ja']);
    expect(await chat.say('Narnia')).toContain('Die plaats ken ik niet. Typ de naam van je gemeente. Weet je het niet? Typ dan: weet ik niet.');
    expect(await chat.say('Hogwarts')).toContain('Een coach van het Jongerenloket kan je ook helpen');
  });

  it('"weet ik niet" and "buitenland" get a way on: the Jongerenloket with its phone and address', async () => {
    for (const [answer, opening] of [
      ['weet ik niet', 'Geen probleem. Het Jongerenloket zoekt het samen met je uit.'],
      ['buitenland', 'Je woont niet in Nederland.'],
    ] as const) {
      const chat = conversation();
      await chat.to(['hoi', '20', 'ja', 'Ergens anders']);
      const way = await chat.say(answer);
      expect(way).toContain(opening);
      expect(way).toContain('📞 14 020');
      expect(way).toContain('📍 Raadhuisplein 1, 1431 EH Aalsmeer');
    }
  });
});

describe('27 and older', () => {
  it('gets the Werkplein with address, phone, hours and link at once, without "ik zoek nu uit"', async () => {
    const chat = conversation();
    await chat.to(['hoi', '28', 'ja', 'Amstelveen', 'mbo 2 of hoger']);
    const referral = await chat.say('werk');
    expect(referral).not.toContain('Ik zoek nu uit wie je kan helpen');
    expect(referral).toContain('Je bent 27 jaar of ouder. Dan helpt het Werkcentrum je verder');
    expect(referral).toContain('📍 Laan Nieuwer-Amstel 1, 1182 JR Amstelveen');
    expect(referral).toContain('📞 14 020');
    expect(referral).toContain('🕘 ma t/m vr 9.00–17.00');
    expect(referral).toContain('🌐 https://www.amstelveen.nl/werk-en-inkomen');
  });
});

describe('consent refused', () => {
  it('"bel of kom langs" names the Jongerenloket desks with their numbers', async () => {
    const chat = conversation();
    await chat.to(['hoi', '19']);
    const declined = await chat.say('nee');
    expect(declined).toContain('Je antwoorden gaan niet naar een coach.');
    expect(declined).toContain('Jongerenloket Amstelveen\n📍 Laan Nieuwer-Amstel 1, 1182 JR Amstelveen\n📞 14 020');
    expect(declined).toContain('Jongerenloket Aalsmeer\n📍 Raadhuisplein 1, 1431 EH Aalsmeer\n📞 14 0297');
  });
});

describe('a question about a desk', () => {
  it('"Waar is het Werkplein dan?" after the intake gets the Werkplein, not the menu', async () => {
    const chat = conversation();
    await chat.to(['hoi', '28', 'ja', 'Aalsmeer', 'mbo 2 of hoger', 'werk']);
    const where = await chat.say('Waar is het Werkplein dan?');
    expect(where).toContain('Hier kun je terecht:');
    expect(where).toContain('Werkplein Amstelveen (Werkcentrum, ook voor Aalsmeer)');
    expect(where).not.toContain('Wat wil je doen?');
  });
});
