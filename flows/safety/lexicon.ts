import type { ConceptWords } from './concepts';
import type { SafetyCategory } from './safety-types';

/**
 * One language's safety vocabulary: plain data that the people who know the language keep.
 *
 * A rule is written as words in order, separated by spaces (see flows/safety/compile-rule.ts):
 * - `wil dood`: "wil" and later "dood", with at most a few other words in between
 *   ("wil ik gewoon dood");
 * - `a|b|c`: any of these words; `word*`: any word that starts with it (`zelfmoord*`); `word!`:
 *   this word only, no typo forgiven ("betast" is not "betaalt");
 * - `{fam}`: a word class of this lexicon (family members, hitting verbs, ...);
 * - `^word`: directly after the previous word; `word?`: may be left out;
 * - `$`: nothing meaningful follows in the sentence ("ik wil niet meer" but not "ik wil niet meer
 *   naar school");
 * - `#`: any number ("5 kms"); `#many`: a number of 8 or more ("20 paracetamol").
 * Words are compared without accents and repeated letters, and words of 6+ letters with one typo.
 */
export interface SafetyRule {
  match: string;
  category: SafetyCategory;
  /** `unclear`: worrying but ambiguous; the bot asks a check question. Default `danger`. */
  level?: 'unclear';
  /**
   * A bare topic word ("huiselijk geweld", "suicide") that a young person also uses about a job,
   * a study or a film: ignored when the message speaks of one (`contexts.topic`).
   */
  topic?: boolean;
  /** Words that, anywhere in the message, mean this is not danger ("gesneden" + "koken"). */
  unless?: string;
  /** Most words allowed between two parts of the rule (default 3). */
  gap?: number;
  /**
   * With `level: 'unclear'`: a worry only beside another one. "Bedankt voor alles" ends many an
   * ordinary chat and is not asked about; beside "volgende week ben ik er niet meer" it is a goodbye,
   * and the two together are danger.
   */
  alongside?: boolean;
}

export interface SafetyLexicon {
  /** Young people's spellings, each read as the standard word(s): `{ nie: 'niet', k: 'ik' }`. */
  slang: Readonly<Record<string, string>>;
  /** Word classes used in rules as `{name}`: alternatives separated by `|`. */
  classes: Readonly<Record<string, string>>;
  /** Words that negate the rule when they stand inside the matched words or just before them. */
  negations: string;
  /** Negations that follow what they negate (Dutch: "hij slaat me niet"). */
  negationsAfter?: string;
  /**
   * Words that carry their own negation (Turkish "dövmüyor", "vurmadı": "does not hit", "did not
   * hit"): a rule or concept that matches one of them as a danger word does not fire.
   */
  negatedWords?: string;
  /**
   * "I said no" as two words, a word of saying and the "no" it says: that "no" is an answer, not a
   * negation of what follows ("قلت لا بابا ضربني", "powiedziałam nie a on mnie uderzył"). Read in
   * every language.
   */
  saidNo?: string;
  /** A thought, a plan, an idea: "geen zelfmoordgedachten", "no suicidal thoughts" deny it (read in every language). */
  thoughts?: string;
  /** A "no" before a thought ("geen", "żadnych"), and one after it ("yok", "немає"). */
  thoughtDenials?: string;
  thoughtDenialsAfter?: string;
  /** Words that may stand after a `$` rule without changing its meaning ("hoor", "echt"). */
  trailing?: string;
  /** Rules whose words are taken out before anything else: idioms that only look like danger. */
  idioms: readonly string[];
  /** Words that put the whole message in a context where a rule does not mean danger. */
  contexts: {
    /** Games and sport: "hij slaat me met fifa" is not violence at home. */
    play?: string;
    /** A job, a study, a film or the news: "ik wil hulpverlener worden tegen huiselijk geweld". */
    topic?: string;
    /** Words that place a sentence in the past: "vroeger", "toen ik 14 was", "used to". */
    past?: string;
  };
  /**
   * Rules that say it is better now ("nu gaat het goed", "i'm fine now"). Danger told in a past
   * sentence of such a message is asked about (`unclear`) rather than alarmed on; danger in the
   * present still alarms.
   */
  recovered?: readonly string[];
  /**
   * Rules that say the young person, or the one told about, is at home again or has a place now ("nu
   * weer thuis", "şimdi evdeyim", "now we have a flat"): a night outside or a running away told with
   * one is over, whenever it was.
   */
  homeNow?: readonly string[];
  /**
   * "At" someone's, after a home ("nu thuis bij een man", "w domu u faceta"): that home is someone else's,
   * not one's own again (living with an aunt, said by a `homeNow` rule, is).
   */
  atSomeones?: string;
  /**
   * Rules that tell a coming back ("kwam weer terug", "came back for dinner", "döndüm"): with a time
   * long enough ago (`ago`: "toen ik 12 was"), a running away told with one is over.
   */
  cameBack?: readonly string[];
  /**
   * Rules that name a meeting ahead, on a day ("tot volgende week", "see you tuesday"; not "see you on
   * the other side", not a bare goodbye): the learned reading neither alarms on nor asks about suicide
   * in such a message. The rules still do.
   */
  seeYouAgain?: readonly string[];
  /**
   * Rules that say it has been over for a long time ("clean for 4 years", "al 2 jaar clean"): danger
   * told in a past sentence of such a message is neither alarmed on nor asked about.
   */
  longOver?: readonly string[];
  /**
   * A time told as long enough ago ("2 jaar geleden", "when i was 14", "rok temu"): a danger told with
   * one, in a message that says it is better now, is over.
   */
  ago?: readonly string[];
  rules: readonly SafetyRule[];
  /**
   * Prefixes written onto a word (Arabic "و" and, "ب" with, "ال" the, "رح"-like "ح" and "ه" will):
   * a concept word is also found behind them ("وبدي" is "بدي", "عالبيت" is "البيت"), the longest first.
   */
  attached?: string;
  /**
   * Latin words also compared by their consonants (Arabizi: "y9tlni", "yqtolni" and "yi2telni" are
   * one word), with and without the Latin prefixes written onto them ("bydrobni", "kaydrbni"); see
   * flows/safety/word-forms.ts.
   */
  byConsonants?: { attached: string };
  /**
   * The lexicon's Cyrillic words also match their Latin transliterations, the way young people write
   * Ukrainian and Russian on a Latin keyboard ("vitchym zachynyaye mene" is "вітчим зачиняє мене"); see
   * `transliterationKey` in flows/safety/word-forms.ts.
   */
  transliterated?: boolean;
  /**
   * The language's words for the concepts that `concept-combinations.ts` combines ("wish" + "death", "family" +
   * "hit" + "me"): what lets the detector read phrasings no rule spells out.
   */
  concepts: ConceptWords;
}
