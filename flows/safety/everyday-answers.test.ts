import { describe, expect, it } from 'vitest';
import { languages, loadResources } from '../../locales/index';
import { detectSafetySignal } from './detect-safety-signal';
import { isOwnPhrase } from './everyday-answers';

/** Every button, menu choice and offered answer of ours, in every language, as a young person sends it back. */
function ownPhrases(): string[] {
  const found: string[] = [];
  const walk = (tree: unknown): void => {
    if (typeof tree === 'string') found.push(...tree.split('|').filter((text) => isOwnPhrase(text)));
    else if (typeof tree === 'object' && tree !== null) for (const value of Object.values(tree)) walk(value);
  };
  walk(loadResources());
  return [...new Set(found)];
}

describe('our own words sent back', () => {
  it('never alarm or ask: a button pressed ("Iemand die mij helpt", "Ouder of verzorger") is no danger, whatever the learned reading weighs', () => {
    const phrases = ownPhrases();
    expect(phrases.length).toBeGreaterThan(1000);
    expect(phrases).toContain('Iemand die mij helpt');
    for (const lang of languages) {
      const flagged = phrases.map((text) => ({ text, signal: detectSafetySignal(text, lang) })).filter(({ signal }) => signal.level !== 'none');
      expect(flagged.map(({ text, signal }) => `${text}: ${signal.matched?.rule}`), lang).toEqual([]);
    }
  });

  it('are our words only: a young person’s own message is read in full', () => {
    expect(isOwnPhrase('Iemand die mij helpt!')).toBe(true);
    expect(isOwnPhrase('ik wil dood')).toBe(false);
    expect(isOwnPhrase('iemand die mij helpt want mijn vader slaat me')).toBe(false);
    expect(detectSafetySignal('iemand die mij helpt want mijn vader slaat me', 'nl').level).toBe('danger');
  });
});
