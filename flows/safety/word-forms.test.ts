import { describe, expect, it } from 'vitest';
import { detectSafetySignal } from './detect-safety-signal';
import { normaliseMessage } from './normalise-message';
import { consonantOutline, transliterationKey, withoutAttached } from './word-forms';

const outline = (word: string) => consonantOutline(normaliseMessage(word).flat()[0]!);
const key = (word: string) => transliterationKey(normaliseMessage(word).flat()[0]!);

describe('word forms: Arabic prefixes and Arabizi', () => {
  it('reads an Arabic word without one or two attached prefixes', () => {
    const strip = withoutAttached(['و', 'ب', 'ال']);
    expect(strip('وبيضربني')).toContain('يضربني');
    expect(strip('وين')).toEqual([]);
  });

  it('gives Arabizi spellings of one word one outline, and short words none', () => {
    expect(outline('y9telni')).toBe(outline('yqtolni'));
    expect(outline('yi2tolni')).toBe(outline('y9tlni'));
    expect(outline('kaydrbni')).toBe(outline('kaydarbni'));
    expect(outline('mout')).toBeUndefined();
    expect(outline('يضربني')).toBeUndefined();
  });

  it('alarms on Arabizi and prefixed Arabic, not on everyday Arabizi or an English "blame"', () => {
    expect(detectSafetySignal('howa 9al ghadi yqtolni ila chafni', 'ar')).toMatchObject({ level: 'danger', category: 'threat' });
    expect(detectSafetySignal('وابوي بيضربني كل يوم', 'ar')).toMatchObject({ level: 'danger', category: 'violence_home' });
    expect(detectSafetySignal('خذت ٣٠ حبة دوا', 'ar').level).toBe('danger');
    expect(detectSafetySignal('wach kayn chi khedma f weekend', 'ar').level).toBe('none');
    // "blame" is no Arabizi word: no Arabic rule reads it (the learned reading weighs the message on its own).
    expect(detectSafetySignal('i blame myself and i feel bad about the exam', 'en').matched?.rule ?? '').not.toMatch(/^ar: /);
  });
});

describe('word forms: Ukrainian and Russian in Latin letters', () => {
  it('gives the Cyrillic word and its common transliterations one key', () => {
    for (const [cyrillic, latin] of [
      ['зачиняє', ['zachynyaye', 'zachyniaie', 'zaczyniaje']],
      ['вітчим', ['vitchym', 'witczym', 'vitchim']],
      ['сьогодні', ['sohodni', "s'ogodni"]],
      ['щось', ['shchos', 'schos', "shcho's", 'szczos']],
      ['жити', ['zhyty', 'zhiti', 'rzyty']],
      ['хочу', ['khochu', 'hochu', 'xochu']],
      ['б’є', ['bye', "b'ye", 'bje']],
      ['меня', ['menya', 'menja', 'mienia']],
    ] as const) {
      for (const spelling of latin) expect(key(spelling), spelling).toBe(key(cyrillic));
    }
    expect(key('бити')).not.toBe(key('пити'));
    expect(key('жити')).not.toBe(key('шити'));
    expect(key('mamа')).toBeUndefined();
  });

  it('alarms on Ukrainian and Russian in Latin letters, and not on their negations or everyday words', () => {
    expect(detectSafetySignal('vitchym mene b\'ye kozhen den', 'uk')).toMatchObject({ level: 'danger', category: 'violence_home' });
    expect(detectSafetySignal('ya pripekayu sebe ruku zazhigalkoy', 'uk')).toMatchObject({ level: 'danger', category: 'self_harm' });
    expect(detectSafetySignal('ya khochu pomerty', 'uk')).toMatchObject({ level: 'danger', category: 'suicide' });
    // No alarm on the negation; the learned reading may still ask once.
    expect(detectSafetySignal('ya ne khochu pomerty, vse normalno', 'uk').level).not.toBe('danger');
    expect(detectSafetySignal('pryvit, ya shukayu robotu na lito', 'uk').level).toBe('none');
  });
});
