import { languages, type Language } from '../../locales/index';
import { candidateRules, compiled, readMessage, type CompiledLexicon, type MessageReading } from './compiled-lexicons';
import { combinations, type Combination } from './concept-combinations';
import type { Concept } from './concepts';
import { findConceptMatch } from './find-concept-match';
import { deniesThought, findRuleMatch, type MatchSettings, type RuleMatch } from './find-rule-match';
import { isOwnPhrase } from './everyday-answers';
import { learnedModel, readLearned } from './learned-reading';
import { normaliseMessage } from './normalise-message';
import { isPlayTimeOrPlace } from './play-words';
import { safetyCategories, type SafetyCategory, type SafetySignal } from './safety-types';

/** Games and sport make "hij slaat me", "kill me" harmless; they never make suicide harmless. */
const PLAYABLE: ReadonlySet<SafetyCategory> = new Set(['violence_home', 'threat']);

/**
 * Reads a young person's message for danger, in every language we speak (a young person may switch
 * language in distress), the conversation's language first: its reading wins when it finds danger,
 * so a Polish "od" ("from") is not read as the Dutch "od" (overdose). Deterministic and explainable:
 * the result names the rule or the concepts, and the words that fired.
 */
export function detectSafetySignal(text: string, lang?: Language): SafetySignal {
  const sentences = normaliseMessage(text);
  if (sentences.length === 0) return { level: 'none' };
  const order = lang ? [lang, ...languages.filter((other) => other !== lang)] : languages;
  let unclear: SafetySignal | undefined;
  let danger: SafetySignal | undefined;
  /** The languages whose reading names an everyday cause: a Turkish "not" (a grade) is no cause in English. */
  const trivialIn = new Set<Language>();
  const denied = new Set<SafetyCategory>();
  let exaggerated = false;
  /** Dangers a rule read as a then set against a calm now. */
  const toldOver = new Set<SafetyCategory>();
  const readings = readAll(sentences);
  const meant = [...readings.values()].some(({ present }) => MEANT.some((concept) => present.has(concept)));
  for (const code of order) {
    const found = readWith(compiled().get(code)!, readings.get(code)!, meant);
    if (found.trivial) trivialIn.add(code);
    for (const category of found.denied) denied.add(category);
    exaggerated ||= found.exaggerated;
    for (const category of found.toldOver) toldOver.add(category);
    if (found.danger && (!danger || (code !== lang && rank(found.danger) < rank(danger)))) danger = found.danger;
    unclear ??= found.unclear;
    if (danger && code === lang) break;
  }
  // A killing said lightly of a parent or a friend is not heard again by the learned reading.
  if (exaggerated || (!meant && [...readings.values()].some(killsLightly))) for (const category of KILLING_SAID_LIGHTLY) denied.add(category);
  const signal = danger ?? learnedSignal(text, sentences, readings, unclear, denied, toldOver) ?? unclear ?? { level: 'none' };
  if (!isJoking(text, sentences)) return signal;
  // The everyday cause is read in the language of the rule that fired, or the conversation's.
  const said = languageOf(signal) ?? lang;
  // A laugh beside the means, named in that language, is no figure of speech: "planning how to end it. rope's in my wardrobe … lol";
  // with an everyday cause in the means' own sentence it is asked about ("this maths test makes me want to kms with a rope 💀").
  const withMeans = said ? readings.get(said)!.meanings.filter((sentence) => sentence.some((word) => MEANS.some((concept) => word.has(concept)))) : [];
  if (signal.category === 'suicide' && withMeans.length > 0) {
    return withMeans.some((sentence) => sentence.some((word) => word.has('trivial'))) ? { ...signal, level: 'unclear' } : signal;
  }
  return afterJoke(signal, said ? trivialIn.has(said) : trivialIn.size > 0);
}

/**
 * Compiles the six lexicons and loads the learned reading's weights now, as a worker starts, instead of
 * at the first young person's message: that one would wait about a second for them (0.8 s to compile,
 * 0.4 s to load the weights, measured on this machine).
 */
export function warmSafetyNet(): void {
  compiled();
  learnedModel();
  detectSafetySignal('ik weet niet meer wat ik moet doen', 'nl');
}

/**
 * The message in every language's lexicon, its context shared: a young person mixes languages, so a
 * Polish essay "o zapobieganiu samobójstwom" is a topic for the Dutch rule on "loverboy" too, and
 * "teraz mam pokój" says it is better now in every reading.
 */
/** A message as one lexicon reads it, with what only all six readings together can tell, per sentence. */
interface SharedReading extends MessageReading {
  /**
   * It says how things are now, calmly ("nu zit ik op de opleiding", "teraz mam 21 i jestem zdrowa"): a
   * word for now, a life going on, no word of danger or fear. A danger told in the past before such a
   * sentence is a "then" set against a "now".
   */
  calmNow: readonly boolean[];
  /**
   * The same without a word for now, in a message that dates its then months or years ago: "… dat is nu
   * 2 jaar terug. ik wil graag een opleiding beginnen". A then before it is asked about, never silent:
   * "2 months ago i took a whole pack of pills. i work at a bakery" says nothing of how it is now.
   */
  calmLater: readonly boolean[];
  /** It tells something just now, again or hours ago: no then before it is over. */
  unsettled: readonly boolean[];
}

function readAll(sentences: readonly string[][]): Map<Language, SharedReading> {
  const readings = new Map(languages.map((code) => [code, readMessage(compiled().get(code)!, sentences)] as const));
  const any = (context: 'inPlay' | 'onTopic' | 'inLesson' | 'better' | 'longOver' | 'ago') => [...readings.values()].some((reading) => reading[context]);
  // "Two years ago I slept outside, now I have a room": a time long enough ago, and better now.
  const longOver = any('longOver') || (any('better') && any('ago'));
  // "Ran away once when I was 8 and came back for dinner", "12 yaşındayken evden kaçtım … döndüm".
  const homes = [...readings.values()].flatMap((reading) => (reading.homeAgainAt === undefined ? [] : [reading.homeAgainAt]));
  const homeAgainAt = homes.length === 0 ? undefined : Math.max(...homes);
  const saysIn = (index: number, concepts: readonly Concept[]) =>
    [...readings.values()].some((reading) => (reading.meanings[index] ?? []).some((word) => concepts.some((concept) => word.has(concept))));
  // A calm now names a life going on (a study, a job, health, a place of one's own). Where the message dates its
  // then months or years ago, a calm sentence without a word for now is a calm later (`calmLater`).
  // Who hurt them, named in the now or after it, may be there still ("зараз я живу з ним сам"), unless the message says it is better.
  const calm = sentences.map(
    (_, index) =>
      saysIn(index, ['lifeNow']) &&
      !saysIn(index, UNCALM) &&
      (any('better') || !sentences.slice(index).some((__, after) => saysIn(index + after, SOMEONE))) &&
      // A danger word in the story between the then and the now ("ik heb nergens anders, ik loop nu gwn rond") leaves no calm now after it.
      !(index > 0 && saysIn(index - 1, NOWHERE)),
  );
  const calmNow = calm.map((isCalm, index) => isCalm && saysIn(index, ['now']));
  const calmLater = calm.map((isCalm, index) => isCalm && !calmNow[index] && any('ago'));
  const unsettled = sentences.map((_, index) => saysIn(index, UNSETTLED));
  const shared = {
    inPlay: any('inPlay'),
    onTopic: any('onTopic'),
    inLesson: any('inLesson'),
    better: any('better') || longOver,
    longOver,
    ago: any('ago'),
    homeAgainAt,
    calmNow,
    calmLater,
    unsettled,
  };
  return new Map([...readings].map(([code, reading]) => [code, { ...reading, ...shared }] as const));
}

/** Words that make a sentence about now no calm one: "nu slaat hij mijn zusje", "now i'm scared", "teraz znowu tnę". */
const UNCALM: readonly Concept[] = [
  'fear', 'unsafe', 'hit', 'struck', 'cut', 'harm', 'kill', 'murder', 'death', 'jump', 'pills', 'swallowed', 'bleed', 'threaten',
  'aggressive', 'raging', 'quarrel', 'kickedOut', 'rough', 'nowhere', 'hiding', 'lock', 'force', 'again', 'relapse', 'recent',
  'symptom', 'badly', 'seizure', 'unresponsive', 'breath', 'poison', 'spiked', 'weapon', 'blade', 'rope', 'sex', 'touch', 'nude',
  'pics', 'spread', 'owe', 'fetch', 'orElse', 'goodbye', 'disappear', 'betterOff', 'punish', 'deserve', 'drugs', 'secret', 'still', 'standOn', 'come', 'wait', 'neg',
];
/** A then against a calm now holds only where nothing after the then happened just now or again, or hours ago. */
const UNSETTLED: readonly Concept[] = ['recent', 'again', 'relapse', 'hours'];
/** Who may have done it: named in a now or after it, they may be there still. */
const SOMEONE: readonly Concept[] = ['person', 'fam', 'them'];
/** Said just before a now, these leave it no calm one: "ik heb nergens anders, ik loop nu gwn rond". */
const NOWHERE: readonly Concept[] = ['nowhere', 'rough', 'kickedOut', 'fear', 'unsafe'];

/** The learned reading alarms from this likelihood of danger on; from ASK_FROM (danger or a worry) it asks the check question. */
const ALARM_FROM = 0.6;
const ASK_FROM = 0.6;
/**
 * Where a rule found a worry to ask about ("ik weet niet waar ik heen moet"), the learned reading
 * overrules the question only when it is this sure: a person wrote the rule as ambiguous.
 */
const ALARM_OVER_WORRY = 0.8;
/** With a reason to be away named ("I won't be here next week, I'm on holiday"), only this sure: a cover story ("I'm moving") still alarms. */
const ALARM_WHEN_AWAY = 0.9;

/**
 * What the rules did not find, the learned reading may (flows/safety/learned-reading.ts): danger when
 * it is likely, a check question when it is possible. Not in a message that says it is better now, and
 * not a game's hitting; a laugh is handled after, as for the rules.
 */
function learnedSignal(
  text: string,
  sentences: readonly string[][],
  readings: ReadonlyMap<Language, MessageReading>,
  unclear: SafetySignal | undefined,
  denied: ReadonlySet<SafetyCategory>,
  toldOver: ReadonlySet<SafetyCategory>,
): SafetySignal | undefined {
  // Nothing to ask about in a past that is long over: "used to self harm, clean for 4 years now";
  // nor in our own words sent back by a button ("Iemand die mij helpt").
  if ([...readings.values()].some((reading) => reading.longOver) || isOwnPhrase(text, sentences)) return undefined;
  // Nor in a then set against a calm now, with a time long ago: over for the rules, so for the learned reading too.
  if (toldOver.size > 0 && [...readings.values()].some((reading) => reading.ago)) return undefined;
  const learned = readLearned(text, readings);
  // What the young person said no to, a rule read; the learned reading does not weigh the "no" as well.
  if (denied.has(learned.category)) return undefined;
  // "Bedankt voor alles, tot volgende week": who says when they will see you again is not saying goodbye to life.
  if (learned.category === 'suicide' && [...readings.values()].some((reading) => reading.seeYouAgain)) return undefined;
  // "I won't be here next week, I'm on holiday": with a reason to be away it alarms only when very sure (and may ask).
  const away = learned.category === 'suicide' && [...readings.values()].some((reading) => reading.present.has('elsewhere'));
  // What a rule read as a then against a calm now, the learned reading may ask about, not alarm on, in any category:
  // "when i was 14 my stepdad hit me a lot … now i'm doing an apprenticeship" is no sexual violence now either.
  const calm =
    toldOver.size > 0 ||
    [...readings.values()].some((reading) => reading.better || (reading.inPlay && PLAYABLE.has(learned.category))) ||
    (learned.category === 'homeless_runaway' && homeAfterOutside(readings));
  // "Toen ik 10 was ben ik weggelopen, na een uurtje kwam ik weer terug": a running away that ended long ago is not asked about either.
  if (learned.category === 'homeless_runaway' && [...readings.values()].some((reading) => reading.cameBackLongAgo) && homeAfterOutside(readings)) return undefined;
  const words = learned.because.map((feature) => feature.slice(feature.indexOf(':') + 1)).join(' ');
  const matched = { rule: `learned: ${learned.because.join(', ')}`, words };
  if (learned.danger >= (away ? ALARM_WHEN_AWAY : unclear ? ALARM_OVER_WORRY : ALARM_FROM) && !calm) return { level: 'danger', category: learned.category, matched };
  if (learned.danger + learned.unclear >= ASK_FROM && !unclear) return { level: 'unclear', category: learned.category, matched };
  return undefined;
}

/** The words of a night outside or a running away, whatever the language. */
const OUTSIDE: readonly Concept[] = ['rough', 'ranAway', 'kickedOut', 'outOfHome', 'shelter'];

/**
 * The message says it is at home again after its last word of a night outside, and names no time
 * after it: "slept at the station, I'm home now"; not "… came back for dinner. now i'm running away tonight".
 */
function homeAfterOutside(readings: ReadonlyMap<Language, MessageReading>): boolean {
  const homeAt = [...readings.values()][0]?.homeAgainAt;
  if (homeAt === undefined) return false;
  const after: readonly Concept[] = [...OUTSIDE, 'recent'];
  return [...readings.values()].every((reading) => reading.meanings.flat().every((word, at) => at < homeAt || !after.some((concept) => word.has(concept))));
}

/**
 * Young people mask distress with a laugh: "ik wil dood haha" is asked about, never let go; a laugh
 * about a test or a game ("die toets maakt me dood lol") is the everyday figure of speech it looks like.
 * Pills swallowed, cuts, rape and a night outside are no figure of speech: "strip pillen geslikt lol"
 * is alarmed on as if there were no laugh (on the blind batches of December, recall rose 0.5–6 points
 * and false alarms 0–1.3).
 */
function afterJoke(signal: SafetySignal, trivial: boolean): SafetySignal {
  if (signal.level === 'none') return signal;
  if (signal.category && !FIGURATIVE.has(signal.category)) return signal;
  if (trivial && signal.category) return { level: 'none' };
  return { ...signal, level: 'unclear' };
}

/** The means of a suicide: with them named, a laugh does not make the danger a joke. */
const MEANS: readonly Concept[] = ['rope', 'blade', 'pills', 'poison', 'weapon'];

/** Dying, killing and hitting are said of a test or a game; with a laugh they are asked about. */
const FIGURATIVE: ReadonlySet<SafetyCategory> = new Set(['suicide', 'threat', 'violence_home']);

const JOKE = /(?:^|[^\p{L}])(?:ha(?:ha)+h?|a?hah+a+h?|hihi+|hehe+|lol+|lmf?a+o+|rofl|xd+|jk|grapje|geintje|kidding|jking|saka|şaka|zart|żart|жарт|шучу|а?(?:ха){2,}х?|ахах+а*|хах+|лол+|ржу|ه{3,}|h{3,}|(?:sj){2,}s?)(?![\p{L}])|[😂🤣😆😅💀😹]/iu;
/**
 * A laugh said not to be one: "geen grap", "not kidding", "şaka değil", "nie żartuję", "не шучу",
 * "مش بهزر", "I mean it" in its forms, and a turn from the laugh to what is meant: "xd ale serio …",
 * "lol but honestly …", "😅 … بس بصراحة …". Then the message is read as meant.
 */
const NOT_JOKING = new RegExp(
  [
    String.raw`\b(?:geen|niet) (?:een )?(?:grap|grapje|geintje)\b`,
    String.raw`\bik meen (?:het|t)\b`,
    String.raw`\b(?:not|no) (?:a )?(?:joke|joking|kidding)\b`,
    String.raw`\bi am (?:dead )?serious\b`,
    String.raw`\bi mean it\b`,
    String.raw`\bno cap\b`,
    String.raw`\bsaka (?:degil|yapmiyorum)`,
    String.raw`\bciddiyim\b`,
    String.raw`\bnie zartuj|\bnie zartowal|\bbez zartow\b`,
    String.raw`не (?:шучу|жартую|жарт)`,
    String.raw`\bne (?:shuchu|zhartuyu|zhartuju|zhart)\b`,
    String.raw`(?:مش|مو|ما|ماشي) ?(?:بهزر|بمزح|عم امزح|نكته|نكتة|مزح)`,
    // A clause that opens with "seriously" or "honestly" ("but" and "maar" end the clause before it).
    String.raw`(?:^|\. )(?:but |maar |ale |ama |але |но |bas |بس |لكن |ولكن )?(?:seriously|honestly|serieus|eerlijk|serio|powaznie|szczerze|cidden|ciddi|серйозно|серьезно|чесно|честно|bjad|بصراحه|بجد|صراحه)(?= |$)`,
  ].join('|'),
  'i',
);

/** A laugh in the message as written, not said to be no joke in its words (as the rules read them). */
function isJoking(text: string, sentences: readonly string[][]): boolean {
  return JOKE.test(text) && !NOT_JOKING.test(sentences.map((words) => words.join(' ')).join(' . '));
}

/** The language of the rule that found a signal ("nl: …"); none for the learned reading's. */
function languageOf(signal: SafetySignal): Language | undefined {
  const code = signal.matched?.rule.slice(0, 2);
  return languages.find((known) => known === code);
}

function rank(signal: SafetySignal): number {
  return signal.category ? safetyCategories.indexOf(signal.category) : safetyCategories.length;
}

interface Reading {
  danger?: SafetySignal;
  unclear?: SafetySignal;
  /** The message names an everyday cause (a test, a game): a laugh then means a figure of speech. */
  trivial: boolean;
  /** Dangers a rule read but the young person said no to: "ik heb geen zelfmoordgedachten". */
  denied: ReadonlySet<SafetyCategory>;
  /** A rule read a killing that a parent or a friend will do over an everyday thing (`isSaidLightly`). */
  exaggerated: boolean;
  /** Dangers a rule read as a then set against a calm now ("toen ik 15 was … nu zit ik op de opleiding"). */
  toldOver: ReadonlySet<SafetyCategory>;
}

/** `meant`: the message names what makes a killing said by a parent or a friend real (`MEANT`). */
function readWith(lexicon: CompiledLexicon, reading: SharedReading, meant: boolean): Reading {
  const { sentences, words, meanings, present, inPlay, onTopic, inLesson, better, longOver, ago, homeAgainAt, calmNow, calmLater, unsettled, filled } = reading;
  let danger: SafetySignal | undefined;
  /** Danger told in the past of a message that says it is better now. */
  const over: SafetySignal[] = [];
  /** Worries: ambiguous on their own. */
  const worries: SafetySignal[] = [];
  /** Worries only beside another one (`alongside`): "bedankt voor alles". */
  const besides: SafetySignal[] = [];
  /** Dangers the message names only to say no to them. */
  const denied = new Set<SafetyCategory>();
  const toldOver = new Set<SafetyCategory>();
  let exaggerated = false;
  const unnegated = { ...lexicon.settings, checkNegation: false };
  /** The message says the young person, or the one told about, has a place to live now. */
  const housed = better && present.has('dwelling');
  /** Told before the message says it is at home again: "slept at the station, I'm home now". */
  const beforeHome = (at: number): boolean => homeAgainAt !== undefined && at <= homeAgainAt;

  /** Whether a check can change nothing: enough worries, a danger of its rank found, or (only listening for a "no") already denied. */
  const needless = (check: Check, denyOnly: boolean): boolean => {
    if (denyOnly) return check.level === 'unclear' || denied.has(check.category);
    if (check.level === 'unclear') return check.alongside ? besides.length >= 1 : worries.length >= 2;
    return danger !== undefined && rank(danger) <= safetyCategories.indexOf(check.category);
  };
  /** Only a sentence with a thought in it can say no to one. */
  const thinks = sentences.map((sentence) => sentence.some((word) => lexicon.settings.isThought?.(word) === true));

  /** A first-aid course, and nothing told as just now or today: the emergencies it names are its lesson. */
  const lesson = inLesson && !present.has('recent');
  const consider = (check: Check, denyOnly = false): void => {
    if (needless(check, denyOnly)) return;
    if (lesson && check.category === 'medical') return;
    const read = check.across ? [words] : sentences;
    for (let index = 0, offset = 0; index < read.length; offset += read[index]!.length, index++) {
      const sentence = read[index]!;
      const meaning = check.across ? meanings.flat() : meanings[index]!;
      if (isFigure(check.category, meaning)) continue;
      const match = denyOnly ? undefined : check.find(sentence, meaning, lexicon.settings);
      if (!match) {
        // "Nee, ik heb nooit aan zelfmoord gedacht": the young person said no to the thought of this danger.
        if (check.level !== 'unclear' && !denied.has(check.category) && (check.across ? thinks.includes(true) : thinks[index])) {
          const unsaid = check.find(sentence, meaning, unnegated);
          if (unsaid && deniesThought(sentence, unsaid.start, unsaid.end, lexicon.settings)) for (const category of sameThought(check.category)) denied.add(category);
        }
        continue;
      }
      if (inPlay && PLAYABLE.has(check.category) && nearPlay(words, offset + match.start, offset + match.end)) continue;
      // "Vandaag 500 dagen zonder zelfbeschadiging", "rok bez samookaleczania": what the young person went without; not
      // after a relapse ("3 maanden zonder snijden, vandaag weer"), nor when it cannot be done without ("can't go a day without cutting").
      if (wentWithout(meaning, match.start) && !present.has('again') && !present.has('relapse')) continue;
      if (!meant && isSaidLightly(check.category, meaning, match)) {
        exaggerated = true;
        continue;
      }
      const matched = { rule: `${lexicon.lang}: ${check.name}`, words: match.words };
      // "I used to self harm when I was 14, clean for 4 years now": the past that is long over. The time
      // may follow in the next sentence: "ben weggelopen van huis, maar dat is 6 jaar geleden".
      const past = sentence.some(isPast) || (read[index + 1]?.some(isPast) ?? false);
      // Unless the danger's sentence, or the one before it, says it is recent: "that was 5 years ago. yesterday he broke my nose".
      const recent = [meaning, check.across ? [] : (meanings[index - 1] ?? [])].some((said) => said.some((word) => word.has('recent')));
      if (longOver && past && !recent) continue;
      // "In 2e klas liceum przedawkowałam … teraz mam 21 i jestem zdrowa": a then set against a calm now, later in the message.
      // The story may go on in the past up to the now: "в 15 я випила багато таблеток. лежала в лікарні. це було давно, зараз все норм".
      const settled = !check.across && !recent && !unsettled.slice(index).includes(true);
      const thenBefore = (calm: readonly boolean[]): boolean => {
        const calmAt = settled ? calm.findIndex((isCalm, at) => isCalm && at > index) : -1;
        return calmAt > index && (past || read.slice(index, calmAt).some((told) => told.some(isPast)) || meaning.some((word) => word.has('schoolYears')));
      };
      const thenNow = thenBefore(calmNow) || thenBefore(calmLater);
      // With a time long enough ago and a word for now it is over: "kolys nochuvav na vulytsi … tse bulo davno, zaraz pochynayu hbo".
      if (thenNow) toldOver.add(check.category);
      if (thenNow && ago && thenBefore(calmNow)) continue;
      // "Sliep vroeger op straat, nu heb ik een eigen studio": a home now ends a night outside.
      if (check.category === 'homeless_runaway' && (housed || beforeHome(offset + match.start))) continue;
      if (check.level !== 'unclear' && ((better && past) || thenNow) && !recent) {
        // "Vroeger sneed ik mezelf, nu gaat het beter": asked about, not alarmed on; read on for the present.
        over.push({ level: 'unclear', category: check.category, matched });
        continue;
      }
      if (check.level === 'unclear') (check.alongside ? besides : worries).push({ level: 'unclear', category: check.category, matched });
      else danger = { level: 'danger', category: check.category, matched };
      return;
    }
  };

  for (const at of candidateRules(lexicon, filled)) {
    const { rule, slots, unless, settings } = lexicon.rules[at]!;
    if (unless && words.some(unless)) continue;
    const find = (sentence: readonly string[], _: unknown, { checkNegation }: MatchSettings) => findRuleMatch(slots, sentence, { ...settings, checkNegation });
    // On a topic, a topic's word alarms on nothing, but a "no" to it is still heard.
    consider({ name: rule.match, category: rule.category, level: rule.level, alongside: rule.alongside, find }, onTopic && rule.topic);
  }
  // Concepts read what no rule spells out; a message about a film or a study is not about the young person.
  if (!onTopic) {
    for (const combination of combinationsIn(present)) {
      if (combination.unless?.some((concept) => present.has(concept))) continue;
      consider({
        name: combination.all.join(' + '),
        category: combination.category,
        level: combination.level,
        find: (sentence, meaning, settings) => {
          const match = findConceptMatch(combination, sentence, meaning, settings);
          return match && !isApart(combination.apart, meaning, match) ? match : undefined;
        },
        across: combination.across,
      });
    }
  }
  return {
    danger: danger ?? together(lexicon.lang, goodbye(worries, besides, present)),
    // "Bedankt voor alles, je was de beste": two of them without another worry are asked about.
    unclear: over[0] ?? worries[0] ?? (besides.length >= 2 ? besides[0] : undefined),
    trivial: present.has('trivial'),
    denied,
    exaggerated,
    toldOver,
  };
}

/**
 * The worries that make danger together: a thank-you (`alongside`) joins a worry about suicide, as a
 * goodbye; not where a reason to be away is named ("last message here, I start my apprenticeship on
 * Monday, thanks for everything").
 */
function goodbye(worries: readonly SafetySignal[], besides: readonly SafetySignal[], present: ReadonlySet<Concept>): readonly SafetySignal[] {
  if (besides.length === 0 || present.has('elsewhere') || !worries.some((worry) => worry.category === 'suicide')) return worries;
  return [...worries.filter((worry) => worry.category === 'suicide'), ...besides, ...worries.filter((worry) => worry.category !== 'suicide')];
}

/** Suicide and self-harm are one thought to say no to: "no, I never thought of hurting myself" is no wish to die either. */
const SELF: readonly SafetyCategory[] = ['suicide', 'self_harm'];
const sameThought = (category: SafetyCategory): readonly SafetyCategory[] => (SELF.includes(category) ? SELF : [category]);

/** The combinations, in their order, under their first concept: most messages have no concept, or few. */
const combinationsByFirst = new Map<Concept | undefined, number[]>();
combinations.forEach((combination, at) => combinationsByFirst.set(combination.all[0], [...(combinationsByFirst.get(combination.all[0]) ?? []), at]));

/** The combinations whose concepts all stand in the message, in their order. */
function combinationsIn(present: ReadonlySet<Concept>): Combination[] {
  const found = [...(combinationsByFirst.get(undefined) ?? [])];
  for (const concept of present) {
    const starting = combinationsByFirst.get(concept);
    if (starting) for (const at of starting) if (combinations[at]!.all.every((needed) => present.has(needed))) found.push(at);
  }
  return found.sort((a, b) => a - b).map((at) => combinations[at]!);
}

/**
 * Two different worries in one message are danger: "ik kan vanavond niet naar huis en weet niet
 * waar ik heen moet", "he made me, i said no". Each alone is asked about; together they are not
 * the bad day one of them may be.
 */
function together(lang: Language, worries: readonly SafetySignal[]): SafetySignal | undefined {
  const [first, second] = worries;
  if (!first?.matched || !second?.matched) return undefined;
  if (first.matched.words.includes(second.matched.words) || second.matched.words.includes(first.matched.words)) return undefined;
  const category = rank(first) <= rank(second) ? first.category : second.category;
  return {
    level: 'danger',
    category,
    matched: { rule: `${lang}: ${first.matched.rule.replace(`${lang}: `, '')} & ${second.matched.rule.replace(`${lang}: `, '')}`, words: `${first.matched.words} … ${second.matched.words}` },
  };
}

/**
 * "Die toets heeft me vermoord", "this essay is killing me": killing in a sentence about a test or
 * a game is a figure of speech, unless a weapon is named.
 */
function isFigure(category: SafetyCategory, meanings: readonly ReadonlySet<Concept>[]): boolean {
  if (category !== 'threat') return false;
  const has = (concept: Concept) => meanings.some((word) => word.has(concept));
  return has('trivial') && has('murder') && !has('weapon');
}

/** The dangers a killing said lightly would be read as. */
const KILLING_SAID_LIGHTLY: readonly SafetyCategory[] = ['threat', 'violence_home'];
/** How many words before the killing its doer may stand: "mijn moeder gaat me echt vermoorden". */
const DOER_REACH = 4;
/**
 * What makes a parent's or a friend's "I'll kill you" real: a weapon, blows, an injury, fear, being
 * locked in, a marriage, a threat said as one, an honour at stake, pictures or sex, a debt, an attempt,
 * a secret to keep.
 */
const MEANT: readonly Concept[] = [
  'weapon',
  'hit',
  'struck',
  'bruise',
  'lash',
  'body',
  'head',
  'bleed',
  'throat',
  'grab',
  'fear',
  'unsafe',
  'aggressive',
  'lock',
  'kickedOut',
  'marry',
  'honour',
  'threaten',
  'sex',
  'nude',
  'pics',
  'owe',
  'tried',
  // "… beni öldüreceğini söyledi, kimseye söylersem": a killing threatened to keep a secret.
  'secret',
];

/**
 * "Mijn moeder vermoordt me als ik weer te laat ben", "babam beni öldürecek arabayı çizdim", "мама мене
 * вбʼє, я розбила телефон": a parent, a brother or a friend who will kill the young person over a
 * broken phone says it lightly, whatever the phone; the everyday causes are too many to list. It is
 * meant when the message names what makes it real (`MEANT`): "… if he finds out about my boyfriend",
 * "… last time he broke my arm", "i'm scared". A partner or an ex is never said to say it lightly.
 */
function isSaidLightly(category: SafetyCategory, meanings: readonly ReadonlySet<Concept>[], match: RuleMatch): boolean {
  if (!KILLING_SAID_LIGHTLY.includes(category)) return false;
  for (let index = match.start; index <= match.end && index < meanings.length; index++) if (isKilling(meanings[index]!) && killerNear(meanings, index)) return true;
  return false;
}

const isKilling = (meaning: ReadonlySet<Concept>) => meaning.has('murder') || meaning.has('kill');

/**
 * Whether the young person's own parent, brother or friend stands just before the killing, the young
 * person its object, and the killing is not for telling: "mijn moeder vermoordt me", "annem beni
 * öldürür". Not "zijn broer komt mij schieten" (someone else's brother), not "mijn maat is
 * neergestoken" (the friend is the victim), not "brat mówi że mnie zabije jak komuś powiem" (a
 * threat to keep the young person silent).
 */
function killerNear(meanings: readonly ReadonlySet<Concept>[], at: number): boolean {
  const from = Math.max(0, at - DOER_REACH);
  const doer = meanings.slice(from, at).findIndex((meaning) => meaning.has('kin'));
  if (doer < 0 || meanings[from + doer - 1]?.has('theirs')) return false;
  if (meanings.slice(at + 1).some((meaning) => meaning.has('say'))) return false;
  return meanings.slice(from + doer + 1, at + 2).some((meaning) => meaning.has('me'));
}

/** The same, for the learned reading, which names no words: anywhere in the message. */
function killsLightly({ meanings }: MessageReading): boolean {
  return meanings.some((sentence) => sentence.some((meaning, at) => isKilling(meaning) && killerNear(sentence, at)));
}

/** The danger's first word follows a "without", and no "not" before it says it cannot be done without. */
function wentWithout(meaning: readonly ReadonlySet<Concept>[], start: number): boolean {
  if (start === 0 || !meaning[start - 1]!.has('without')) return false;
  return !meaning.slice(0, start - 1).some((word) => word.has('neg'));
}

/** A word of the past in any language we speak: a young person mixes them. */
function isPast(word: string): boolean {
  return languages.some((code) => compiled().get(code)!.isPast(word));
}

/**
 * A game or sport makes hitting play only when it is named close to the hitting, in the same
 * sentence or just across a full stop: "hij slaat me altijd met fifa", "fifa gespeeld. hij killde me".
 * Named further off it is the young person's day, not the hitting: "na de training wachtte hij me op
 * bij de fietsen en sloeg me".
 */
const PLAY_REACH = 5;

function nearPlay(words: readonly string[], start: number, end: number): boolean {
  for (let index = Math.max(0, start - PLAY_REACH); index <= end + PLAY_REACH && index < words.length; index++) {
    // The word the danger opens with names no game: "he's gonna smash my face in" is no Smash Bros.
    if (index === start) continue;
    if (languages.some((code) => compiled().get(code)!.isPlay(words[index]!)) && !isPlayTimeOrPlace(words, index)) return true;
  }
  return false;
}

/** Whether a concept that makes it another danger stands among the matched words or just after them. */
function isApart(apart: readonly Concept[] | undefined, meanings: readonly ReadonlySet<Concept>[], match: RuleMatch): boolean {
  if (!apart) return false;
  for (let index = match.start; index <= match.end + 1 && index < meanings.length; index++) {
    if (apart.some((concept) => meanings[index]!.has(concept))) return true;
  }
  return false;
}

interface Check {
  name: string;
  category: SafetyCategory;
  level?: 'unclear';
  /** A worry only beside another one (`SafetyRule.alongside`). */
  alongside?: boolean | undefined;
  find: (sentence: readonly string[], meanings: readonly ReadonlySet<Concept>[], settings: MatchSettings) => RuleMatch | undefined;
  /** Read over the whole message as one sentence. */
  across?: boolean;
}


