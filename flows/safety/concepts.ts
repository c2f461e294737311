/**
 * What a word of a message means for safety, whatever the language: the concepts a combination
 * (`concept-combinations.ts`) is written in. Each language lists its own words for them
 * (`concepts-<lang>.ts`), with inflections, slang and common misspellings; the combinations are
 * written once for all languages, so a new way of saying "my father hits me" in any language is
 * caught when its words are known.
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
  /** Animals: a shelter for dogs and cats is no night shelter ("vrijwilliger bij het dierenasiel"). */
  'animal',
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
  /** Landlords, debt collectors, bailiffs, courts and fines: what they threaten is paperwork, not harm. */
  'creditor',
  /** Colleagues, a team, a job: a goodbye card for them is a farewell from a job, not from life. */
  'workmates',
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
  /** Still, as before: "still", "nadal", "досі", "hâlâ", "lissa". A "now" with it goes on from a then. */
  'still',
  /**
   * A year of school or of growing up: "in de 3e klas", "in high school", "lisede", "w liceum", "в школі". A then only
   * before a calm now: for many who write to us it is still the present.
   */
  'schoolYears',
  /**
   * A life going on now: a study, a job, health, a place of one's own, things going well ("nu zit ik op de
   * opleiding", "teraz mam 21 i jestem zdrowa", "зараз все норм"). A now that names none of it ("now im
   * ready", "nu zit ik bij een vriendin") sets no then against it.
   */
  'lifeNow',
  /** Hours and minutes: "2 uur geleden", "3 hours ago". A then counted in them is no then. */
  'hours',
  /** What a parent beats with: a belt, a cable, a slipper ("kemerle", "ременем", "بالسمطة"). */
  'lash',
  /**
   * People whose "I'll kill you" is usually said lightly: parents, brothers and sisters, relatives,
   * friends, a teacher or a boss; a partner or an ex is not among them.
   */
  'kin',
  /** What an honour threat is about: a boyfriend, being gay, pregnant, a virginity, the family's shame. */
  'honour',
  /** An attempt: "tried to", "almost", "probeerde", "prawie", "намагався". */
  'tried',
  /** Someone else's: "zijn broer", "his brother", "jego brat": not the young person's own family. */
  'theirs',
  /** A room of the house, a group chat, a class or a team: thrown out of it is not thrown out of home. */
  'indoors',
  /** A place to live: a room, a studio, a flat, a house. */
  'dwelling',
  /** Laughing or a meme: "kan niet ademen van het lachen", "can't breathe this meme". */
  'laughing',
  /** A getaway: an island, a beach, a holiday, under a blanket; disappearing there is no wish to die. (Not the sea, not a weekend: "verdwijnen in de zee", "disappear this weekend".) */
  'getaway',
  /** A loverboy or a pimp: the word alone is asked about (a lesson, a leaflet); "mijn vriend is een loverboy" is not. */
  'pimp',
  /** What everyday pills are for: hay fever, a headache, a cold ("hooikoortspillen en nu slaperig"). */
  'remedy',
  /**
   * A first-aid course or a medical training ("EHBO", "reanimatie", "first aid", "курс першої
   * допомоги", "اسعافات"): the emergencies named beside it are its lesson, not happening now.
   */
  'firstAid',
  /** Paying for a bed another way: "mam się odwdzięczyć", "по-іншому розраховуватись", "be nicer to him". */
  'inKind',
  /** A passport or an ID card: taken away before a marriage abroad. */
  'passport',
  /** Taken away or kept from one: "ze hebben mijn paspoort afgepakt", "zabrali mi paszport", "اخذوا جوازي". */
  'confiscated',
  /** Hiding or locked in against someone: "we zitten verstopt op mijn kamer", "saklanıyoruz", "заперлась у ванній". */
  'hiding',
  /** Someone raging in the house now: shouting, drunk, kicking at a door ("bonkt op de deur", "kapıyı kırmaya çalışıyor"). */
  'raging',
  /** Everyone, all of them, the family: "iedereen", "wszystkim", "herkes", "всім", "الكل". */
  'everyone',
  /** Better off, happier, easier: "beter af", "lepiej", "краще", "احسن". */
  'betterOff',
  /** Without: "zonder", "bez", "без"; one word with "me" in Arabic and Turkish ("بدوني", "bensiz"), which are "me" too. */
  'without',
  /** Away for a reason: a holiday, a trip, the dentist, a move ("volgende week ben ik er niet, ik ga op vakantie"); not an appointment, often the one with us, nor an exam, which may be what went wrong. */
  'elsewhere',
  /** Put or slipped into (a drink): "iemand heeft iets in mijn drankje gedaan", "حط ليا شي حاجة ف المشروب". */
  'putIn',
  /** Something, stuff, pills: what is put in a drink. */
  'something',
  /** A rope or a noose. */
  'rope',
  /** Chosen, set, decided: "picked the date", "7addadt el yom". */
  'chose',
  /** A date or a day. */
  'day',
  /** On purpose: "expres", "celowo", "عن قصد"; not eating on purpose is harm done to oneself. */
  'onPurpose',
  /** A diet, a fast, a blood test: not eating for a reason ("ik eet expres geen vlees", "ramadan"). */
  'diet',
  /** Slimming: a diet, sugar, kilos. Not eating on purpose for it is asked about, not alarmed on. */
  'slimming',
  /** Just now: yesterday, today, an hour ago. A danger told beside it (in its sentence or the one before) is not over, whatever else was long ago. */
  'recent',
  /** Did (it): with "again" and shame, a relapse not named ("знову зробила те саме. соромно"). */
  'did',
  /** Ashamed. */
  'ashamed',
] as const;
export type Concept = (typeof conceptNames)[number];

/** One language's words per concept, written like a rule's alternatives: `a|b|prefix*`. */
export type ConceptWords = Readonly<Partial<Record<Concept, string>>>;
