import { normalize } from './match-choice';

/**
 * The safety net: recognises a message that signals acute danger (suicidal thoughts, self-harm,
 * violence or abuse at home, being threatened), whatever question is open and in any of the
 * languages we speak — a young person may switch language in distress. The phrases live in
 * `locales/<lang>/commands.json` (`safety.phrases`), so the people who know a language keep them.
 *
 * A phrase matches at the start of a word and as whole words after that ("wil dood" matches
 * "ik wil doodgaan"), on normalised text (lower case, no accents, punctuation as spaces). Ordinary
 * sentences must not raise an alarm: phrases are specific ("wil dood", not "dood").
 */
export function createSafetyDetector(phrases: readonly string[]): (text: string) => boolean {
  const normalised = [...new Set(phrases.map(normalize).filter((phrase) => phrase.length >= 3))];
  return (text) => {
    if (!text.trim()) return false;
    const said = ` ${normalize(text)} `;
    return normalised.some((phrase) => said.includes(` ${phrase}`));
  };
}
