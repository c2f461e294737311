import { describe, expect, it } from 'vitest';
import { createI18n, languages } from '../locales/index';
import { createSafetyDetector } from './safety-signal';

const i18n = createI18n();
const phrases = languages.flatMap((lang) => String(i18n.getResource(lang, 'commands', 'safety.phrases') ?? '').split('|'));
const isDanger = createSafetyDetector(phrases);

describe('safety net', () => {
  it.each([
    'ik wil dood',
    'Ik wil niet meer leven',
    'ik denk aan zelfmoord',
    'soms denk ik aan zelfdoding',
    'ik wil er niet meer zijn',
    'ik wil mezelf iets aandoen',
    'ik snij mezelf',
    'mijn vader slaat me',
    'mijn stiefvader slaat mij elke dag',
    'ik word thuis geslagen',
    'ik word bedreigd',
    'ik wil een einde aan mijn leven maken',
    'I want to kill myself',
    'i want to die',
    'kms',
    'my dad hits me',
    'kendimi öldürmek istiyorum',
    'chcę się zabić',
    'хочу покінчити з собою',
    'أريد أن أقتل نفسي',
  ])('raises the alarm on "%s"', (text) => {
    expect(isDanger(text)).toBe(true);
  });

  it.each([
    'ik ga dood van het lachen',
    'die film was echt killing',
    'ik wil naar school',
    'ik heb geen zin meer in school',
    'mijn vader helpt me met mijn cv',
    'we slaan een balletje bij voetbal',
    'doodmoe ben ik',
    'ik wil werken',
    'Stop',
    'ja',
    '',
    '😂😂😂',
    'I am dying to start my new job',
    'mijn oma is vorig jaar dood gegaan',
    'ik zit thuis en verveel me',
  ])('stays quiet on "%s"', (text) => {
    expect(isDanger(text)).toBe(false);
  });
});
