import { describe, expect, it } from 'vitest';
import { createI18n, type Language } from '../../locales/index';
import type { Translate } from '../ask-dialog';
import { Directory, directorySeed } from './directory';
import { answerDirectoryQuestion, directoryKindsAskedFor } from './directory-question';

const i18n = createI18n();
const tIn = (lang: Language): Translate => i18n.getFixedT(lang === 'nl' ? 'nl' : [lang, 'nl'], 'bot') as Translate;
const directory = new Directory(directorySeed());

describe('a question about a desk', () => {
  it.each([
    ['nl', 'Waar is het Werkplein?', ['werkplein']],
    ['nl', 'hoe laat is het sociaal loket open', ['sociaal_loket']],
    ['en', 'where is the job centre', ['werkplein']],
    ['tr', 'sosyal yardım için nereye gitmeliyim', ['werkplein']],
    ['pl', 'gdzie jest noclegownia', ['nachtopvang']],
    ['uk', 'де шкільний інспектор', ['leerplicht']],
    ['ar', 'أين المكتب الاجتماعي', ['sociaal_loket']],
    ['nl', 'ik wil graag een bbl opleiding', ['leerwerkloket']],
    ['nl', 'hoi hoe gaat het', []],
  ] as const)('%s: "%s" asks for %j', (lang, text, kinds) => {
    expect(directoryKindsAskedFor(text, tIn(lang))).toEqual(kinds);
  });

  it("answers with the desk of the young person's municipality, or of both when it is not known", () => {
    const t = tIn('nl');
    const aalsmeer = answerDirectoryQuestion({ text: 'waar is het sociaal loket', t, directory, municipality: 'aalsmeer' });
    expect(aalsmeer).toContain('Sociaal loket Aalsmeer\n📍 Raadhuisplein 1, 1431 EH Aalsmeer\n📞 14 0297');
    expect(aalsmeer).not.toContain('Amstelveen');
    const both = answerDirectoryQuestion({ text: 'waar is het sociaal loket', t, directory });
    expect(both).toContain('Sociaal loket Amstelveen');
    expect(both).toContain('Sociaal loket Aalsmeer');
    expect(answerDirectoryQuestion({ text: 'ik ben verdrietig', t, directory })).toBeUndefined();
  });
});
