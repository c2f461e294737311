import { describe, expect, it } from 'vitest';
import { auditActions } from '../../cases/privacy/audit-log';
import { createI18n } from '../../locales';
import { auditActionKey, auditActionLabel, auditTargetLabel } from './audit-action-label';

const i18n = createI18n();

describe('the audit log in words', () => {
  it.each(['nl', 'en'])('has words in %s for every action of the catalogue', (lang) => {
    const missing = auditActions.filter((action) => !i18n.exists(auditActionKey(action), { lng: lang, ns: 'dashboard', fallbackLng: [] }));
    expect(missing).toEqual([]);
  });

  it('names the action and what it was about, in the page language', () => {
    const nl = i18n.getFixedT('nl', 'dashboard');
    const en = i18n.getFixedT('en', 'dashboard');
    expect(auditActionLabel(nl, 'case.read')).toBe('Casus geopend');
    expect(auditActionLabel(en, 'youth.erased')).toBe("Erased a young person's data (on request by letter)");
    expect(auditActionLabel(nl, 'directory.saved:amstelveen/werkplein')).toBe('Contact opgeslagen: Werkplein / Werkcentrum, Amstelveen');
    expect(auditTargetLabel(en, 'account:3f2a9c1e-0000-4000-8000-000000000000')).toBe('account 3f2a9c1e');
  });

  it('shows an action it does not know as written, rather than hiding it', () => {
    expect(auditActionLabel(i18n.getFixedT('nl', 'dashboard'), 'something.new')).toBe('something.new');
  });
});
