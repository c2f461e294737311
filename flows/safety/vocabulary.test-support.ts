import { describe, expect, it } from 'vitest';
import type { Language } from '../../locales/index';
import { detectSafetySignal } from './detect-safety-signal';
import type { SafetyCategory } from './safety-types';

/**
 * The one shape of a language round's own test: its danger, worded otherwise than the blind batches,
 * must alarm in its category; its everyday messages must not make a rule fire (the learned reading is
 * judged by the corpus, not here).
 */
export function describeVocabulary(
  name: string,
  danger: readonly (readonly [string, Language, SafetyCategory])[],
  everyday: readonly (readonly [string, Language])[],
): void {
  describe(name, () => {
    it.each(danger)('alarms on "%s"', (text, lang, category) => {
      const signal = detectSafetySignal(text, lang);
      expect(signal.level).toBe('danger');
      expect(signal.category).toBe(category);
    });

    it.each(everyday)('no rule fires on "%s"', (text, lang) => {
      const rule = detectSafetySignal(text, lang).matched?.rule ?? 'learned';
      expect(rule).toMatch(/^learned/);
    });
  });
}
