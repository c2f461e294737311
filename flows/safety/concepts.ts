import type { SafetyCategory } from './safety-types';

/**
 * What a word of a message means for safety, whatever the language: the concepts a combination
 * (below) is written in. Each language lists its own words for them (`concepts-<lang>.ts`), with
 * inflections, slang and common misspellings; the combinations are written once for all languages,
 * so a new way of saying "my father hits me" in any language is caught when its words are known.
 */
export const conceptNames = [
  /** The young person as object: "me", "mij", "beni", "mnie", "мене"; Arabic verbs ending in -ني. */
  'me',
  /** Reflexive: "mezelf", "myself", "kendimi", "się", "себе", "نفسي". */
  'self',
  /** Family, partner and household: the people of violence at home. */
  'fam',
  /** Other people who may harm: "hij", "gast", "iemand", "he", "guy". */
  'person',
  'wish',
  /** A negation a combination spells out itself: "wil niet leven". */
  'neg',
  'can',
  'death',
  'live',
  /** Killing oneself or being killed: "doden", "kill", "oldurmek", "zabic", "вбити". */
  'kill',
  /** Killing or maiming someone else, said as a threat: "vermoorden", "steken", "breken", "end". */
  'murder',
  'jump',
  /** Places to jump from or in front of: bridge, roof, flat, train. */
  'height',
  'cut',
  'harm',
  /** Body parts where young people hurt themselves: arms, wrists, legs, thighs, belly. */
  'body',
  'blade',
  'again',
  'hit',
  /** Striking a place of the body: "raakte mijn hoofd". */
  'struck',
  'head',
  /** "Mijn", "my": whose head was struck. */
  'my',
  'throat',
  'grab',
  'throw',
  'fear',
  'unsafe',
  'home',
  'aggressive',
  'quarrel',
  'sex',
  'touch',
  'nude',
  /** Pictures of any kind: only with a threat or money do they mean sextortion. */
  'pics',
  'spread',
  'force',
  /** Having to: weaker than force, worth a question with money and other people. */
  'must',
  /** "Anders", "otherwise": the condition of a threat. */
  'orElse',
  'money',
  /** Being sold: "klanten", "clients". */
  'clients',
  'threaten',
  /** A home address: posted online, it is a threat. */
  'address',
  /** Gifts, then a debt: how a loverboy binds a young person. */
  'gift',
  'owe',
  /** Hiding the body: long sleeves, nobody may notice. */
  'hide',
  'relapse',
  'stop',
  'weapon',
  'fetch',
  'marry',
  'sleep',
  /** Places nobody chooses to sleep: street, park, station, car, stairwell. */
  'rough',
  'nowhere',
  'kickedOut',
  /** "Eruit", "out": with a throwing verb, being thrown out of home, not something thrown. */
  'out',
  'expel',
  'ranAway',
  /** Leaving without running: "weggegaan"; with home only worth a question. */
  'left',
  /** Sleeping away from home by choice: holidays, camping, a sleepover. */
  'leisure',
  'night',
  'room',
  'come',
  'pills',
  'many',
  'swallowed',
  /** Taking pills now or in a question: "wat gebeurt er als je 10 paracetamol neemt". */
  'take',
  'hoard',
  'howMany',
  'unresponsive',
  /** Fits and shaking: "hij schokt helemaal", "seizure". */
  'seizure',
  'drugs',
  /** Waking someone: with a negation and pills or drugs, someone who does not come round. */
  'wake',
  'breath',
  'badly',
  'bleed',
  'poison',
  'drink',
  'spiked',
  'wokeUp',
  'naked',
  'nothing',
  'sense',
  'feel',
  'disappear',
  /** Everyday causes of a joke: a test, homework, a game ("die toets maakt me dood haha"). */
  'trivial',
  /** Kitchens, paper and accidents: "gesneden bij het uien snijden". */
  'accident',
  /** Giving one's things away ("al mn spullen weggegeven"): a goodbye before suicide. */
  'giveAway',
  'stuff',
  'away',
  /** A goodbye sent, then no answer: "appte doei en neemt niet op". */
  'goodbye',
  'answer',
  /** Surviving: "zodat je het niet overleeft". */
  'survive',
  'scar',
  /** What a body does after too much of something: drowsy, blue lips, tingling, overheating. */
  'symptom',
  /** Other men a young person is passed on to: "zijn matties", "other men". */
  'others',
  /** Somewhere to sleep, asked for: "mag ik ergens slapen". */
  'somewhere',
  /** Night and emergency shelters. */
  'shelter',
  'wall',
  'online',
  'meet',
  /** Paperwork: a new address given to a school is not an address posted online. */
  'admin',
  /** Out of the house, said of a person: "eruit", "buiten", "out". */
  'outOfHome',
  /** Someone else, as object: "hem", "haar", "him", "her". */
  'them',
  /** Waiting for someone: "ze staan na school op me te wachten"; with a weapon, an ambush. */
  'wait',
  /** Saying, telling: with "must" and a fall, the story a young person is told to give about an injury. */
  'say',
  /** Falling, tripping: "gevallen", "fell off my bike", "merdivenden düştüm". */
  'fell',
  /** Bruises and a black eye: marks someone else leaves, unlike cuts (`scar`). */
  'bruise',
  /** A letter, a note, a message written to someone. */
  'letter',
  /** A last will or a goodbye letter in one word ("afscheidsbrief", "وصيتي"): written, a goodbye before suicide. */
  'testament',
  'wrote',
  'tomorrow',
  /** Seeing someone: "you won't see me tomorrow". */
  'see',
  /** Looking for someone: "don't look for me". */
  'search',
  /** Knowing where someone is: with family or home, a threat ("they know where my sister lives"). */
  'knows',
  'where',
  /** An adult or older man, the one who grooms: "man van 40", "رجل كبير". */
  'older',
  /** A secret: what a groomer asks to keep from the parents. */
  'secret',
  'eat',
  /** Punishment: eating nothing as punishment is self-harm. */
  'punish',
  /** Deserving: "I don't deserve food". */
  'deserve',
  /** Locking someone in: "zachynyaye mene v kimnati", "sluit me op". */
  'lock',
  /** What young people burn themselves with: a cigarette, a lighter. */
  'burner',
  /** Being here, being around: "I won't be here tomorrow", "мене скоро не буде". */
  'here',
  /** Soon, not much longer: "I won't be around much longer". */
  'soon',
  /** Standing or sitting somewhere: on a bridge, on a roof. */
  'standOn',
  /** Right now: "rn", "nu", "зараз". */
  'now',
] as const;
export type Concept = (typeof conceptNames)[number];

/** One language's words per concept, written like a rule's alternatives: `a|b|prefix*`. */
export type ConceptWords = Readonly<Partial<Record<Concept, string>>>;

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
  { all: ['pills', 'many', 'swallowed'], category: 'medical' },
  { all: ['breath', 'badly'], category: 'medical', window: 3 },
  { all: ['unresponsive', 'neg', 'breath'], category: 'medical' },
  { all: ['bleed', 'badly'], category: 'medical', window: 4, unless: ['accident'] },
  { all: ['poison', 'drink'], category: 'medical' },
  { all: ['spiked'], category: 'medical' },
  { all: ['unresponsive', 'seizure'], category: 'medical', window: 10 },
  { all: ['unresponsive', 'drugs'], category: 'medical', window: 10 },
  { all: ['neg', 'wake', 'pills'], category: 'medical', window: 12 },
  { all: ['neg', 'wake', 'drugs'], category: 'medical', window: 12 },
  { all: ['pills', 'many', 'take'], category: 'medical', level: 'unclear' },
  // Something taken, and the body shows it: "ballonnen gedaan en alles tintelt", "al mn pillen ingenomen, word slaperig".
  { all: ['drugs', 'symptom'], category: 'medical', window: 16, across: true },
  { all: ['pills', 'swallowed', 'symptom'], category: 'medical', window: 16, across: true },
  // "Ballonnen gedaan en nu voel ik mn benen niet meer".
  { all: ['drugs', 'feel', 'neg', 'body'], category: 'medical', window: 16, across: true },
  { all: ['drugs', 'many', 'swallowed'], category: 'medical' },
  // Took something and does not breathe normally; fainted and throwing up.
  { all: ['swallowed', 'neg', 'breath'], category: 'medical', window: 12, across: true },
  { all: ['drugs', 'neg', 'breath'], category: 'medical', window: 12, across: true },
  { all: ['unresponsive', 'symptom'], category: 'medical', window: 16, across: true },
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
  { all: ['wish', 'disappear'], category: 'suicide', level: 'unclear', window: 4 },
  { all: ['giveAway', 'stuff', 'away'], category: 'suicide', window: 6 },
  { all: ['goodbye', 'neg', 'answer'], category: 'suicide', window: 16, across: true },
  { all: ['height', 'neg', 'survive'], category: 'suicide', window: 12 },
  { all: ['pills', 'neg', 'survive'], category: 'suicide', window: 12 },
  // A goodbye act: a goodbye letter or a will written, a letter and "tomorrow I won't be here", "don't look for me".
  { all: ['goodbye', 'letter'], category: 'suicide', window: 4 },
  { all: ['wrote', 'testament'], category: 'suicide', window: 6 },
  { all: ['wrote', 'letter', 'tomorrow', 'neg'], category: 'suicide', window: 24, across: true },
  { all: ['wrote', 'letter', 'neg', 'search'], category: 'suicide', window: 24, across: true },
  { all: ['tomorrow', 'neg', 'see', 'me'], category: 'suicide', level: 'unclear', window: 8 },
  { all: ['soon', 'neg', 'here'], category: 'suicide', level: 'unclear', window: 6 },
  // "Sta nu op de parkeergarage", "standing on the bridge rn": worth asking at once.
  { all: ['standOn', 'height', 'now'], category: 'suicide', level: 'unclear', window: 10, unless: ['leisure', 'trivial'] },

  // Self-harm.
  { all: ['self', 'cut'], category: 'self_harm', window: 4, unless: ['accident'] },
  { all: ['self', 'harm'], category: 'self_harm', window: 4, unless: ['accident'] },
  { all: ['cut', 'body'], category: 'self_harm', unless: ['accident'] },
  { all: ['blade', 'body'], category: 'self_harm', window: 6, unless: ['accident'] },
  { all: ['cut', 'again'], category: 'self_harm', window: 4, unless: ['accident'] },
  { all: ['relapse', 'cut'], category: 'self_harm', window: 16, across: true },
  { all: ['scar', 'hide'], category: 'self_harm', window: 6, unless: ['accident'] },
  // "Met een mesje zitten doen om iets te voelen".
  { all: ['blade', 'feel'], category: 'self_harm', window: 10, unless: ['accident'] },
  { all: ['hit', 'wall', 'bleed'], category: 'self_harm', window: 12 },
  { all: ['blade', 'can', 'neg', 'stop'], category: 'self_harm', window: 16, across: true },
  { all: ['body', 'hide'], category: 'self_harm', level: 'unclear', unless: ['accident'] },
  { all: ['body', 'bleed'], category: 'self_harm', level: 'unclear', unless: ['accident'] },
  { all: ['harm', 'burner'], category: 'self_harm', window: 6, unless: ['accident'] },
  // Starving oneself as a punishment: "eet al dagen niks als straf", "I don't deserve food".
  { all: ['eat', 'punish'], category: 'self_harm', window: 8 },
  { all: ['nothing', 'eat', 'punish'], category: 'self_harm', window: 8 },
  { all: ['neg', 'eat', 'punish'], category: 'self_harm', window: 8 },
  { all: ['neg', 'deserve', 'eat'], category: 'self_harm', window: 6 },

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
  { all: ['quarrel', 'fam', 'bleed'], category: 'violence_home', window: 16, across: true },
  { all: ['fam', 'hit', 'fam'], category: 'violence_home', window: 6 },
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

  // Threat.
  { all: ['murder', 'me'], category: 'threat', window: 4, unless: ['trivial'] },
  { all: ['threaten', 'me'], category: 'threat', window: 4, unless: ['trivial'] },
  { all: ['weapon', 'threaten'], category: 'threat' },
  { all: ['weapon', 'murder', 'me'], category: 'threat', window: 16, across: true },
  // A debt, then pictures of one's house or family: "nu sturen ze fotos van mn huis en mn zusje".
  { all: ['owe', 'pics', 'home'], category: 'threat', window: 16, across: true },
  { all: ['owe', 'pics', 'fam'], category: 'threat', window: 16, across: true },
  { all: ['address', 'spread'], category: 'threat', window: 6, unless: ['admin'] },
  { all: ['force', 'marry'], category: 'threat' },
  { all: ['fam', 'marry'], category: 'threat', level: 'unclear' },
  { all: ['fam', 'take', 'me', 'marry'], category: 'threat', window: 12 },
  { all: ['come', 'fetch', 'fear'], category: 'threat', window: 12 },
  // Threats with words in between and across a comma: "they're waiting for me after school, one had a knife",
  // "a debt, and now they threaten my mother", "I'll get him, I've got a knife".
  { all: ['wait', 'me', 'weapon'], category: 'threat', window: 16, across: true, unless: ['trivial', 'accident'] },
  { all: ['wait', 'weapon'], category: 'threat', window: 6, unless: ['trivial', 'accident'] },
  { all: ['owe', 'threaten'], category: 'threat', window: 16, across: true },
  { all: ['owe', 'murder'], category: 'threat', window: 16, across: true, unless: ['trivial'] },
  { all: ['threaten', 'fam'], category: 'threat', window: 6, unless: ['trivial'] },
  // Extortion: "ze dreigen dat ik 500 euro moet betalen".
  { all: ['money', 'threaten'], category: 'threat', window: 10, unless: ['trivial'] },
  { all: ['murder', 'them', 'weapon'], category: 'threat', window: 16, across: true, unless: ['trivial', 'accident'] },
  { all: ['weapon', 'them', 'fetch'], category: 'threat', window: 16, across: true, unless: ['accident'] },
  // Followed or waited for, and afraid; "they know where my sister lives".
  { all: ['wait', 'me', 'fear'], category: 'threat', window: 16, across: true, unless: ['trivial'] },
  { all: ['knows', 'where', 'fam'], category: 'threat', level: 'unclear', window: 8 },
  { all: ['knows', 'where', 'home'], category: 'threat', level: 'unclear', window: 8 },
  { all: ['knows', 'where', 'threaten'], category: 'threat', window: 16, across: true },
  { all: ['knows', 'where', 'owe'], category: 'threat', window: 16, across: true },
  { all: ['knows', 'where', 'money'], category: 'threat', window: 16, across: true },
  // "Als je niet betaalt vind ik je broertje": a debt, then the family found.
  { all: ['owe', 'fetch', 'fam'], category: 'threat', window: 16, across: true },

  // Running away, sleeping rough.
  { all: ['nowhere', 'sleep'], category: 'homeless_runaway', window: 5 },
  { all: ['sleep', 'rough'], category: 'homeless_runaway', window: 4, unless: ['leisure'] },
  { all: ['kickedOut', 'fam'], category: 'homeless_runaway' },
  { all: ['kickedOut', 'home'], category: 'homeless_runaway' },
  { all: ['out', 'expel', 'me'], category: 'homeless_runaway', window: 4 },
  { all: ['outOfHome', 'expel', 'them'], category: 'homeless_runaway', window: 4 },
  { all: ['rough', 'nowhere'], category: 'homeless_runaway', window: 16, across: true },
  { all: ['can', 'somewhere', 'sleep'], category: 'homeless_runaway', window: 4 },
  { all: ['ranAway', 'sleep'], category: 'homeless_runaway', window: 16, across: true, unless: ['leisure'] },
  { all: ['shelter', 'neg', 'home'], category: 'homeless_runaway', window: 16, across: true },
  { all: ['shelter'], category: 'homeless_runaway', level: 'unclear' },
  { all: ['wish', 'neg', 'home'], category: 'homeless_runaway', level: 'unclear', window: 4 },
  { all: ['outOfHome', 'home'], category: 'homeless_runaway', level: 'unclear', window: 3 },
  { all: ['ranAway', 'home'], category: 'homeless_runaway', window: 4 },
  { all: ['left', 'home'], category: 'homeless_runaway', level: 'unclear', window: 3 },
  { all: ['can', 'neg', 'home', 'night'], category: 'homeless_runaway', level: 'unclear' },
];
