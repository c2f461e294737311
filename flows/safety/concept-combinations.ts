import type { Concept } from './concepts';
import type { SafetyCategory } from './safety-types';

/**
 * Concepts that together, within a few words of one sentence and not negated, signal danger (or,
 * with `level: 'unclear'`, worry enough to ask). Order does not matter: "mijn vader slaat me" and
 * "gisteren sloeg me vader me" are one combination.
 */
export interface Combination {
  all: readonly Concept[];
  category: SafetyCategory;
  level?: 'unclear';
  /** Concepts that, anywhere in the message, mean this is not danger: cooking for a cut. */
  unless?: readonly Concept[];
  /** Most words from the first to the last concept (default {@link WINDOW}). */
  window?: number;
  /** The concepts must stand in the order written: "ik wil dood", not "mijn opa is dood en ik wil werken". */
  ordered?: boolean;
  /** Read over the whole message rather than one sentence: "een nieuw mesje gekocht, kan niet stoppen". */
  across?: boolean;
  /**
   * Concepts that, among the matched words or just after them, make it another danger: "my parents
   * kicked me out" is being thrown out of home, not a kick.
   */
  apart?: readonly Concept[];
}

export const WINDOW = 8;

export const combinations: readonly Combination[] = [
  // Medical emergency.
  // Many said of pills, not of how sleepy hay fever pills make one: "alerji hapi ictim cok uykum geldi".
  { all: ['pills', 'many', 'swallowed'], category: 'medical', unless: ['remedy'] },
  { all: ['many', 'pills', 'swallowed'], category: 'medical', ordered: true },
  { all: ['breath', 'badly'], category: 'medical', window: 3, unless: ['laughing'] },
  { all: ['unresponsive', 'neg', 'breath'], category: 'medical' },
  { all: ['bleed', 'badly'], category: 'medical', window: 4, unless: ['accident'] },
  { all: ['poison', 'drink'], category: 'medical' },
  { all: ['spiked'], category: 'medical' },
  // Something put in one's drink by someone, asked about: "شي حد حط ليا شي حاجة ف المشروب" (a sister's lemon is no spiking).
  // Told after waking up somewhere ("woke up at a stranger's place"), it is the sexual violence the rules read.
  { all: ['person', 'putIn', 'something', 'my', 'drink'], category: 'medical', level: 'unclear', window: 10, unless: ['wokeUp'] },
  { all: ['unresponsive', 'seizure'], category: 'medical', window: 10 },
  { all: ['unresponsive', 'drugs'], category: 'medical', window: 10 },
  { all: ['neg', 'wake', 'pills'], category: 'medical', window: 12 },
  { all: ['neg', 'wake', 'drugs'], category: 'medical', window: 12 },
  { all: ['pills', 'many', 'take'], category: 'medical', level: 'unclear' },
  // Something taken, and the body shows it: "ballonnen gedaan en alles tintelt", "al mn pillen ingenomen, word slaperig".
  // Unless a doctor gave them: "de pillen van de huisarts voor migraine maken me suf".
  { all: ['drugs', 'symptom'], category: 'medical', window: 16, across: true, unless: ['accident', 'remedy'] },
  { all: ['pills', 'swallowed', 'symptom'], category: 'medical', window: 16, across: true, unless: ['accident', 'remedy'] },
  // "Ballonnen gedaan en nu voel ik mn benen niet meer".
  { all: ['drugs', 'feel', 'neg', 'body'], category: 'medical', window: 16, across: true },
  { all: ['drugs', 'many', 'swallowed'], category: 'medical' },
  // Took something and does not breathe normally; fainted and throwing up.
  { all: ['swallowed', 'neg', 'breath'], category: 'medical', window: 12, across: true },
  { all: ['drugs', 'neg', 'breath'], category: 'medical', window: 12, across: true },
  { all: ['unresponsive', 'symptom'], category: 'medical', window: 16, across: true },
  // Fell and does not answer: "صاحبي طاح فالأرض وما كيجاوبش".
  { all: ['fell', 'neg', 'answer'], category: 'medical', window: 8 },
  // Household chemicals swallowed: "heb wc-eend gedronken", "swallowed a battery", "شربت كلور".
  { all: ['poison', 'swallowed'], category: 'medical', window: 6 },

  // Suicide.
  { all: ['wish', 'death'], category: 'suicide', window: 6, ordered: true },
  { all: ['wish', 'neg', 'live'], category: 'suicide', window: 5 },
  { all: ['self', 'kill'], category: 'suicide', window: 4 },
  { all: ['jump', 'height'], category: 'suicide', window: 12, unless: ['leisure'] },
  { all: ['hoard', 'pills'], category: 'suicide', window: 5 },
  { all: ['howMany', 'pills', 'death'], category: 'suicide' },
  // "Hoeveel pillen heb je nodig": looking for a way, unless a doctor is in it.
  { all: ['howMany', 'pills'], category: 'suicide', level: 'unclear', unless: ['accident'] },
  { all: ['nothing', 'sense'], category: 'suicide', level: 'unclear', window: 3 },
  { all: ['nothing', 'neg', 'sense'], category: 'suicide', level: 'unclear', window: 4 },
  { all: ['feel', 'nothing'], category: 'suicide', level: 'unclear', window: 3 },
  { all: ['wish', 'disappear'], category: 'suicide', level: 'unclear', window: 4, unless: ['getaway'] },
  { all: ['giveAway', 'stuff', 'away'], category: 'suicide', window: 6 },
  { all: ['goodbye', 'neg', 'answer'], category: 'suicide', window: 16, across: true },
  { all: ['height', 'neg', 'survive'], category: 'suicide', window: 12 },
  { all: ['pills', 'neg', 'survive'], category: 'suicide', window: 12 },
  // A goodbye act: a goodbye letter or a will written, a letter and "tomorrow I won't be here", "don't look for me".
  { all: ['goodbye', 'letter'], category: 'suicide', window: 4, unless: ['workmates'] },
  { all: ['wrote', 'testament'], category: 'suicide', window: 6, unless: ['workmates'] },
  { all: ['wrote', 'letter', 'tomorrow', 'neg'], category: 'suicide', window: 24, across: true },
  { all: ['wrote', 'letter', 'neg', 'search'], category: 'suicide', window: 24, across: true },
  // "If I don't answer later: I wrote a letter to my mother, it's in the drawer."
  { all: ['wrote', 'letter', 'neg', 'answer'], category: 'suicide', window: 24, across: true },
  // A rope and a day chosen: "i've got the rope and i picked the date", "jahez el 7abel w 7addadt el yom".
  { all: ['rope', 'chose', 'day'], category: 'suicide', window: 16, across: true, unless: ['elsewhere', 'leisure'] },
  // A burden to everyone: "wszystkim będzie lepiej beze mnie", "всім буде краще без мене", "الكل رح يكون احسن بدوني".
  // Not a team or colleagues. (Without "without me" the words are everyday: "все буде краще, не переживай".)
  { all: ['everyone', 'betterOff', 'without', 'me'], category: 'suicide', window: 10, unless: ['workmates'] },
  // Better for a mother or a father without me: a worry ("батькам без мене було б легше"), with a burden a goodbye.
  { all: ['fam', 'betterOff', 'without', 'me'], category: 'suicide', level: 'unclear', window: 12, across: true, unless: ['workmates', 'leisure', 'trivial'] },
  // Better for everyone if I died: a worry, with a burden a goodbye ("كلن رح يرتاحو اذا متت").
  { all: ['everyone', 'betterOff', 'death'], category: 'suicide', level: 'unclear', window: 8, ordered: true, unless: ['workmates', 'leisure', 'trivial'] },
  // "Мене вже не буде… так буде краще для всіх": the young person gone, in two sentences; not "все буде краще, не переживай".
  { all: ['me', 'neg', 'here', 'everyone', 'betterOff'], category: 'suicide', window: 14, across: true, unless: ['workmates', 'elsewhere'] },
  // Wishing to sleep and not get up: "sa3at atmanna anaam w ma agoom"; asked about.
  { all: ['wish', 'sleep', 'neg', 'wake'], category: 'suicide', level: 'unclear', window: 8, ordered: true },
  // No reason left to live: "ما بقا عندي حتى سبب باش نعيش", "geen reden meer om te leven".
  { all: ['neg', 'sense', 'live'], category: 'suicide', window: 6, unless: ['trivial'] },
  { all: ['tomorrow', 'neg', 'see', 'me'], category: 'suicide', level: 'unclear', window: 8 },
  { all: ['soon', 'neg', 'here'], category: 'suicide', level: 'unclear', window: 6, unless: ['elsewhere'] },
  // "Sta nu op de parkeergarage", "standing on the bridge rn": worth asking at once.
  { all: ['standOn', 'height', 'now'], category: 'suicide', level: 'unclear', window: 10, unless: ['leisure', 'trivial'] },

  // Self-harm.
  { all: ['self', 'cut'], category: 'self_harm', window: 4, unless: ['accident'] },
  { all: ['self', 'harm'], category: 'self_harm', window: 4, unless: ['accident'] },
  { all: ['cut', 'body'], category: 'self_harm', unless: ['accident', 'animal', 'fell'] },
  { all: ['blade', 'body'], category: 'self_harm', window: 6, unless: ['accident'] },
  { all: ['cut', 'again'], category: 'self_harm', window: 4, unless: ['accident'] },
  { all: ['relapse', 'cut'], category: 'self_harm', window: 16, across: true },
  // Back to the blade: "رجعت للشفرة", "wróciłam do żyletki".
  { all: ['relapse', 'blade'], category: 'self_harm', window: 3, ordered: true, unless: ['accident'] },
  // Hitting oneself to feel something: "كنضرب راسي باش نحس بشي حاجة", "ik sla mezelf om iets te voelen".
  { all: ['hit', 'self', 'feel'], category: 'self_harm', window: 12, unless: ['accident', 'laughing'] },
  { all: ['scar', 'hide'], category: 'self_harm', window: 6, unless: ['accident'] },
  // "Met een mesje zitten doen om iets te voelen".
  { all: ['blade', 'feel'], category: 'self_harm', window: 10, unless: ['accident'] },
  { all: ['hit', 'wall', 'bleed'], category: 'self_harm', window: 12 },
  { all: ['blade', 'can', 'neg', 'stop'], category: 'self_harm', window: 16, across: true },
  { all: ['body', 'hide'], category: 'self_harm', level: 'unclear', unless: ['accident'] },
  { all: ['body', 'bleed'], category: 'self_harm', level: 'unclear', unless: ['accident', 'animal', 'fell'] },
  { all: ['harm', 'burner'], category: 'self_harm', window: 6, unless: ['accident'] },
  // Starving oneself as a punishment: "eet al dagen niks als straf", "I don't deserve food".
  { all: ['eat', 'punish'], category: 'self_harm', window: 8 },
  { all: ['nothing', 'eat', 'punish'], category: 'self_harm', window: 8 },
  { all: ['neg', 'eat', 'punish'], category: 'self_harm', window: 8 },
  { all: ['neg', 'deserve', 'eat'], category: 'self_harm', window: 6 },
  // Not eating on purpose: "ik eet expres niks meer", "нічого не їм спеціально", "ما كليت والو عن قصد".
  // Not someone else's food: "i didnt eat his fries intentionally".
  { all: ['neg', 'eat', 'onPurpose'], category: 'self_harm', window: 10, unless: ['diet', 'theirs', 'slimming'] },
  { all: ['nothing', 'eat', 'onPurpose'], category: 'self_harm', window: 10, unless: ['diet', 'theirs', 'slimming'] },
  // For a diet: asked about ("i'm deliberately not eating carbs", "celowo nie jem bo chcę schudnąć").
  { all: ['neg', 'eat', 'onPurpose', 'slimming'], category: 'self_harm', level: 'unclear', window: 16, across: true, unless: ['diet', 'theirs'] },
  { all: ['neg', 'eat', 'deserve'], category: 'self_harm', window: 14, across: true, unless: ['diet'] },
  // Did it again, and ashamed: "знову зробила те саме. соромно", "did it again. im so ashamed".
  { all: ['again', 'did', 'ashamed'], category: 'self_harm', level: 'unclear', window: 10, across: true, unless: ['trivial', 'leisure'] },

  // Sexual violence and exploitation.
  { all: ['force', 'sex'], category: 'sexual_violence' },
  { all: ['money', 'sex'], category: 'sexual_violence' },
  { all: ['clients', 'force'], category: 'sexual_violence' },
  { all: ['must', 'others', 'money'], category: 'sexual_violence', window: 14, unless: ['owe'] },
  { all: ['force', 'me'], category: 'sexual_violence', level: 'unclear', window: 3, unless: ['trivial'] },
  { all: ['must', 'money', 'person'], category: 'sexual_violence', level: 'unclear', window: 14 },
  { all: ['gift', 'owe'], category: 'sexual_violence', level: 'unclear', window: 16 },
  { all: ['wokeUp', 'person'], category: 'sexual_violence', level: 'unclear', window: 4 },
  { all: ['nude', 'spread'], category: 'sexual_violence', window: 10 },
  { all: ['nude', 'threaten'], category: 'sexual_violence', window: 10 },
  { all: ['nude', 'money'], category: 'sexual_violence', window: 10 },
  { all: ['pics', 'threaten'], category: 'sexual_violence', window: 10 },
  { all: ['orElse', 'pics', 'spread'], category: 'sexual_violence', window: 6 },
  // "Hij stuurt mijn foto's naar iedereen als ik niet betaal": the negation is the condition.
  { all: ['pics', 'spread', 'money'], category: 'sexual_violence', window: 14 },
  { all: ['pics', 'spread', 'neg', 'money'], category: 'sexual_violence', window: 14 },
  { all: ['person', 'touch', 'me'], category: 'sexual_violence', window: 5 },
  { all: ['fam', 'come', 'night', 'room'], category: 'sexual_violence' },
  { all: ['wokeUp', 'naked'], category: 'sexual_violence', window: 4 },
  // "Een man van 30 online leren kennen, hij wil me ontmoeten": worth asking how old he is and what he wants.
  { all: ['online', 'person', 'meet'], category: 'sexual_violence', level: 'unclear', window: 16, across: true },
  // Grooming: an adult who wants to meet and wants it kept from the parents.
  { all: ['older', 'meet', 'secret'], category: 'sexual_violence', window: 24, across: true },
  { all: ['older', 'meet', 'neg', 'say'], category: 'sexual_violence', window: 24, across: true },
  { all: ['online', 'meet', 'secret'], category: 'sexual_violence', window: 24, across: true },

  // Violence at home.
  { all: ['fam', 'hit', 'me'], category: 'violence_home', apart: ['out'] },
  { all: ['person', 'hit', 'me'], category: 'violence_home', level: 'unclear', window: 3, apart: ['out'] },
  // "Vorig jaar begon hij me te slaan en dat is nog steeds zo": the hitting goes on.
  { all: ['person', 'hit', 'me', 'still'], category: 'violence_home', window: 10, apart: ['out'] },
  { all: ['person', 'hit', 'me', 'again'], category: 'violence_home', window: 10, apart: ['out'] },
  { all: ['quarrel', 'fam', 'bleed'], category: 'violence_home', window: 16, across: true },
  { all: ['fam', 'hit', 'fam'], category: 'violence_home', window: 6 },
  // "Annem kemerle vuruyor", "мама бьет ремнем": a parent beating with a belt, the "me" left out.
  { all: ['fam', 'lash', 'hit'], category: 'violence_home', window: 5 },
  { all: ['person', 'struck', 'my', 'head'], category: 'violence_home', window: 5, unless: ['accident'] },
  { all: ['fam', 'throat', 'grab'], category: 'violence_home' },
  { all: ['fam', 'throw'], category: 'violence_home', level: 'unclear', unless: ['out'] },
  { all: ['fam', 'throw', 'me'], category: 'violence_home', unless: ['out'] },
  { all: ['unsafe', 'home'], category: 'violence_home', window: 4 },
  { all: ['fear', 'fam'], category: 'violence_home', level: 'unclear', window: 4 },
  { all: ['fear', 'home'], category: 'violence_home', level: 'unclear' },
  { all: ['quarrel', 'home'], category: 'violence_home', level: 'unclear', window: 4 },
  { all: ['home', 'badly'], category: 'violence_home', level: 'unclear', window: 4 },
  { all: ['fam', 'aggressive'], category: 'violence_home', level: 'unclear' },
  // Hiding from someone raging in the house: "babam bağırıyor ve kapıyı kırmaya çalışıyor, odada saklanıyoruz".
  { all: ['hiding', 'raging'], category: 'violence_home', window: 16, across: true },
  { all: ['fam', 'lock', 'me'], category: 'violence_home' },
  // A marriage the family forces with a threat is violence at home: "als ik nee zeg slaan ze me", "hayır dersem öldürürüz".
  { all: ['fam', 'marry', 'murder'], category: 'violence_home', window: 24, across: true },
  { all: ['fam', 'marry', 'hit'], category: 'violence_home', window: 24, across: true },
  { all: ['fam', 'marry', 'threaten'], category: 'violence_home', window: 24, across: true },
  // A cover story for an injury: "moet zeggen dat ik van de trap viel", bruises from a father.
  { all: ['must', 'say', 'fell'], category: 'violence_home', window: 12, across: true },
  { all: ['say', 'fell', 'fam'], category: 'violence_home', level: 'unclear', window: 16, across: true },
  { all: ['say', 'fell', 'bruise'], category: 'violence_home', window: 16, across: true },
  { all: ['bruise', 'fam'], category: 'violence_home', window: 6 },
  { all: ['hide', 'bruise'], category: 'violence_home', level: 'unclear', window: 6 },

  // A loverboy of one's own or of someone close: "mn vriend is een loverboy denk ik", "my sister's boyfriend is a loverboy".
  { all: ['pimp', 'my'], category: 'sexual_violence', window: 6 },
  { all: ['pimp', 'me'], category: 'sexual_violence', window: 6 },

  // Threat.
  { all: ['murder', 'me'], category: 'threat', window: 4, unless: ['trivial'] },
  { all: ['threaten', 'me'], category: 'threat', window: 4, unless: ['trivial', 'creditor'] },
  { all: ['weapon', 'threaten'], category: 'threat' },
  { all: ['weapon', 'murder', 'me'], category: 'threat', window: 16, across: true },
  // A debt, then pictures of one's house or family: "nu sturen ze fotos van mn huis en mn zusje".
  { all: ['owe', 'pics', 'home'], category: 'threat', window: 16, across: true },
  { all: ['owe', 'pics', 'fam'], category: 'threat', window: 16, across: true },
  { all: ['address', 'spread'], category: 'threat', window: 6, unless: ['admin'] },
  { all: ['force', 'marry'], category: 'threat' },
  // A marriage arranged and the passport taken: "اهلي رتبوا زواجي بالعراق واخذوا جوازي", "zabrali mi paszport".
  { all: ['marry', 'confiscated', 'passport'], category: 'violence_home', window: 24, across: true, unless: ['trivial', 'leisure'] },
  // A family that wants the young person married is asked about; a sister's or a cousin's wedding is not.
  { all: ['fam', 'marry', 'me'], category: 'threat', level: 'unclear' },
  { all: ['fam', 'marry', 'wish'], category: 'threat', level: 'unclear' },
  { all: ['fam', 'marry', 'must'], category: 'threat', level: 'unclear' },
  { all: ['fam', 'take', 'me', 'marry'], category: 'threat', window: 12 },
  { all: ['come', 'fetch', 'fear'], category: 'threat', window: 12 },
  // Threats with words in between and across a comma: "they're waiting for me after school, one had a knife",
  // "a debt, and now they threaten my mother", "I'll get him, I've got a knife".
  { all: ['wait', 'me', 'weapon'], category: 'threat', window: 16, across: true, unless: ['trivial', 'accident'] },
  { all: ['wait', 'weapon'], category: 'threat', window: 6, unless: ['trivial', 'accident'] },
  { all: ['owe', 'threaten'], category: 'threat', window: 16, across: true, unless: ['creditor'] },
  { all: ['owe', 'murder'], category: 'threat', window: 16, across: true, unless: ['trivial'] },
  { all: ['threaten', 'fam'], category: 'threat', window: 6, unless: ['trivial', 'creditor'] },
  // Extortion: "ze dreigen dat ik 500 euro moet betalen".
  { all: ['money', 'threaten'], category: 'threat', window: 10, unless: ['trivial', 'creditor'] },
  { all: ['murder', 'them', 'weapon'], category: 'threat', window: 16, across: true, unless: ['trivial', 'accident'] },
  { all: ['weapon', 'them', 'fetch'], category: 'threat', window: 16, across: true, unless: ['accident'] },
  // Followed or waited for, and afraid; "they know where my sister lives".
  { all: ['wait', 'me', 'fear'], category: 'threat', window: 16, across: true, unless: ['trivial'] },
  { all: ['knows', 'where', 'fam'], category: 'threat', level: 'unclear', window: 8 },
  { all: ['knows', 'where', 'home'], category: 'threat', level: 'unclear', window: 8 },
  { all: ['knows', 'where', 'threaten'], category: 'threat', window: 16, across: true },
  { all: ['knows', 'where', 'owe'], category: 'threat', window: 16, across: true },
  { all: ['knows', 'where', 'money'], category: 'threat', window: 16, across: true },
  // "Als je niet betaalt vind ik je broertje": a debt, then the family found; not a bailiff's or a landlord's (`creditor`).
  { all: ['owe', 'fetch', 'fam'], category: 'threat', window: 16, across: true, unless: ['creditor'] },

  // Running away, sleeping rough.
  { all: ['nowhere', 'sleep'], category: 'homeless_runaway', window: 5 },
  { all: ['sleep', 'rough'], category: 'homeless_runaway', window: 4, unless: ['leisure'] },
  { all: ['kickedOut', 'fam'], category: 'homeless_runaway', unless: ['indoors', 'leisure'] },
  { all: ['kickedOut', 'home'], category: 'homeless_runaway', unless: ['indoors'] },
  { all: ['out', 'expel', 'me'], category: 'homeless_runaway', window: 4, unless: ['indoors'] },
  { all: ['outOfHome', 'expel', 'them'], category: 'homeless_runaway', window: 4 },
  { all: ['rough', 'nowhere'], category: 'homeless_runaway', window: 16, across: true },
  // Not knowing where to sleep tonight: "nie wiem gdzie dzisiaj bede spac", "ما بعرف وين بدي نام الليلة".
  { all: ['neg', 'where', 'sleep', 'night'], category: 'homeless_runaway', window: 10, unless: ['leisure'] },
  // A bed paid for another way: "mieszkam u znajomego na kanapie … mam się 'odwdzięczyć'".
  { all: ['inKind', 'sleep'], category: 'sexual_violence', window: 16, across: true, unless: ['trivial'] },
  { all: ['inKind', 'dwelling'], category: 'sexual_violence', window: 16, across: true, unless: ['trivial'] },
  { all: ['inKind', 'night'], category: 'sexual_violence', window: 16, across: true, unless: ['trivial'] },
  // Thrown out with one's things on the street: "my stepdad threw all my stuff out on the street".
  { all: ['throw', 'stuff', 'rough'], category: 'homeless_runaway', window: 10, unless: ['trivial', 'raging'] },
  { all: ['can', 'somewhere', 'sleep'], category: 'homeless_runaway', window: 4 },
  { all: ['ranAway', 'sleep'], category: 'homeless_runaway', window: 16, across: true, unless: ['leisure'] },
  { all: ['shelter', 'neg', 'home'], category: 'homeless_runaway', window: 16, across: true },
  { all: ['shelter'], category: 'homeless_runaway', level: 'unclear', unless: ['animal', 'leisure'] },
  { all: ['wish', 'neg', 'home'], category: 'homeless_runaway', level: 'unclear', window: 4 },
  { all: ['outOfHome', 'home'], category: 'homeless_runaway', level: 'unclear', window: 3 },
  { all: ['ranAway', 'home'], category: 'homeless_runaway', window: 4 },
  { all: ['left', 'home'], category: 'homeless_runaway', level: 'unclear', window: 3 },
  { all: ['can', 'neg', 'home', 'night'], category: 'homeless_runaway', level: 'unclear' },
];
