import type { SafetyCategory } from './safety-types';
import { describeVocabulary } from './vocabulary.test-support';

/**
 * Dutch and English danger told the ways the blind batches showed the rules missing it: as a habit,
 * by its marks, by the body, by where one sleeps. Written in other words than the batches, so a rule
 * that only fits one sentence fails here.
 */
const danger: readonly [string, 'nl' | 'en', SafetyCategory][] = [
  ['krassen is het enige wat me nog rustig maakt', 'nl', 'self_harm'],
  ['ik wil stoppen met snijden maar het lukt niet', 'nl', 'self_harm'],
  ['ik verdien geen eten, ik sla al dagen maaltijden over', 'nl', 'self_harm'],
  ['mijn lippen worden blauw na die lijntjes', 'nl', 'medical'],
  ['kan niet goed ademen na die pil', 'nl', 'medical'],
  ['mn tong zwelt op na die pinda', 'nl', 'medical'],
  ['slaap elke nacht ergens anders, heb geen eigen plek', 'nl', 'homeless_runaway'],
  ['waar kan ik vannacht slapen', 'nl', 'homeless_runaway'],
  ['ik moet van hem elke nacht klanten ontvangen in een appartement', 'nl', 'sexual_violence'],
  ['ik heb een blauwe plek van mn vader op mn arm', 'nl', 'violence_home'],
  ['mijn stiefvader sleurt me aan mn haren door het huis', 'nl', 'violence_home'],
  ['ze zeggen dat ik mn knieen kwijt ben', 'nl', 'threat'],
  // Someone who goes on hitting: "still", "again".
  ['hij begon me vorig jaar te slaan en dat doet ie nog steeds', 'nl', 'violence_home'],
  ['she started hitting me last year and she still does it when shes drunk', 'en', 'violence_home'],
  ['cutting is the only thing that calms me down', 'en', 'self_harm'],
  ["i don't deserve to eat after today", 'en', 'self_harm'],
  ['my throat is swelling up after eating peanuts', 'en', 'medical'],
  ['my stepdad locks me in my room every weekend', 'en', 'violence_home'],
  ['my boyfriend makes me help out his friends for money', 'en', 'sexual_violence'],
  ["i'm planning to end it tonight", 'en', 'suicide'],
  ['been sleeping on night buses for a week', 'en', 'homeless_runaway'],
];

/** Everyday messages that only look like danger: no rule may alarm or ask (the learned reading is judged apart). */
const everyday: readonly [string, 'nl' | 'en'][] = [
  ['heb me in mn vinger gesneden bij het uien snijden', 'nl'],
  ['mijn vader helpt me een poster ophangen op mijn kamer', 'nl'],
  ['die wiskundetoets was echt zelfmoord', 'nl'],
  ['ik woon nergens in de buurt van de school', 'nl'],
  ['mijn lippen zijn blauw van de kou', 'nl'],
  ['ik heb aangifte gedaan van zaterdag, mijn fiets is gestolen', 'nl'],
  ['brain dead after 9 hours of shelf stacking', 'en'],
  ['kicked out of chemistry for laughing', 'en'],
  ["i'm done after tonight's shift, finally weekend", 'en'],
  ['i plan to end it with my girlfriend this weekend', 'en'],
  ['mijn broertje slaat me elke keer weer met mario kart', 'nl'],
];

describeVocabulary('Dutch and English vocabulary', danger, everyday);
