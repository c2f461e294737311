import { normaliseMessage } from './normalise-message';

/** Games and sports young people name in any language: "hij slaat me met fifa", "kill me in fortnite". */
export const PLAY_WORDS =
  'fif*|fortnite|minecraft|roblox|gta|valorant|warzone|cod|pubg|apex|brawl*|clash|mario*|smash|tekken|ps4|ps5|playstation|xbox|switch|tennis|padel|voetbal|football|soccer|basketbal*|basketball|pingpong|tafeltennis|schaken|schaak|chess|monopoly|uno|potje|potjes|game|games|gamen|gaming|match|spelletje*|фіф*|фифа|فيفا|oyun*|gra|grze|grać' +
  // A rehearsal with a fake weapon: "een acteur bedreigde ons met een nepmes", "grozi nożem (plastikowym)".
  '|nepmes|nepwapen|acteur|acteurs|actor|rollenspel|roleplay|plastikowym|plastikowy|муляж|муляжем';

/** Written as messages are read: "b3d" as "bed", "önce" as "once". */
const normalised = (words: string[]): ReadonlySet<string> => new Set(words.map((word) => normaliseMessage(word).flat().join('')));

/**
 * Words that make a game or a sport a time or a place: "they'll stab me after the match", "hij wacht
 * buiten de sportschool", "potna po meczu", "mn b3d match", "maçtan sonra". The fight is then not in the game.
 */
const BEFORE_PLAY = normalised(['after', 'before', 'outside', 'buiten', 'nadat', 'po', 'przed', 'після', 'перед', 'біля', 'после', 'возле', 'около', 'b3d', 'ba3d', 'baad', 'بعد', 'قبل', 'برا']);
/** Turkish puts them after: "antrenmandan sonra", "maçtan önce". */
const AFTER_PLAY = normalised(['sonra', 'once', 'önce', 'cikisi', 'cikisinda', 'çıkışı', 'çıkışında']);
/** Little words that may stand between: "after the match", "na de training", "mn b3d el match". */
const BETWEEN = normalised(['the', 'a', 'de', 'het', 'een', 'el', 'l', 'al', 'mn', 'men', 'min', 'من', 'ال']);

/** Whether the game or sport at `at` is named as a time or a place, not as what is being played. */
export function isPlayTimeOrPlace(words: readonly string[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && BETWEEN.has(words[before]!) && at - before < 3) before--;
  return (before >= 0 && BEFORE_PLAY.has(words[before]!)) || AFTER_PLAY.has(words[at + 1] ?? '');
}
