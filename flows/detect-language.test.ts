import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it.each([
    ['hallo ik zoek werk', 'nl'],
    ['Hoi, ik ben 19 en ik zoek een opleiding', 'nl'],
    ['hello i need a job', 'en'],
    ['Hi, I am looking for a job in Amstelveen', 'en'],
    ['I want to go back to school', 'en'],
    ['merhaba iş arıyorum', 'tr'],
    ['Merhaba, okula geri dönmek istiyorum', 'tr'],
    ['cześć szukam pracy', 'pl'],
    ['Dzień dobry, chcę wrócić do szkoły', 'pl'],
    ['привіт шукаю роботу', 'uk'],
    ['Привіт, я хочу знайти роботу', 'uk'],
    ['مرحبا أبحث عن عمل', 'ar'],
    ['نعم', 'ar'],
  ])('reads "%s" as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('reads short Cyrillic as Ukrainian, the Cyrillic language we speak', () => {
    expect(detectLanguage('привет ищу работу')).toBe('uk');
  });

  it.each(['hoi', 'hi', 'hey', 'ok', 'oké', '18', '١٩', 'hallo', 'yes', 'i am 19', '👍', ''])('leaves the short or unclear "%s" alone', (text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });

  it('leaves a language we do not speak alone', () => {
    expect(detectLanguage('Hola, estoy buscando trabajo en Amstelveen')).toBeUndefined();
    expect(detectLanguage('Hallo, ich suche eine Arbeit in Amstelveen')).toBeUndefined();
  });

  it('keeps a Dutch message with a Polish or Turkish name Dutch', () => {
    expect(detectLanguage('hoi ik ben Łukasz en ik zoek werk')).toBe('nl');
    expect(detectLanguage('hallo ik ben Şeyma, ik wil naar school')).toBe('nl');
  });
});
