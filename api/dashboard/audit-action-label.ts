import type { TFunction } from '../../locales';

/** The key of an action's words: `case.read` → `auditActions.case_read` (a dot would nest the key). */
export const auditActionKey = (action: string): string => `auditActions.${action.replace(/\./g, '_')}`;

/**
 * An audit entry's action in words ("Casus geopend"), in the page's language. `directory.saved`
 * names the entry it saved after a colon (`directory.saved:amstelveen/werkplein`). An action the
 * catalogue does not know (cases/privacy/audit-log.ts `auditActions`) is shown as written, rather
 * than hidden from whoever checks the log.
 */
export function auditActionLabel(t: TFunction, action: string): string {
  const [code = action, entry] = action.split(':', 2);
  if (code === 'directory.saved' && entry) {
    const [municipality = '', kind = ''] = entry.split('/');
    return t(auditActionKey(code), {
      municipality: t(`municipalities.${municipality}`, { defaultValue: municipality }),
      kind: t(`directory.kinds.${kind}`, { defaultValue: kind }),
    });
  }
  return t(auditActionKey(code), { defaultValue: action });
}

/** What an entry is about, in words: `account:<id>` → "account 3f2a9c1e" (the id shortened, as cases are). */
export function auditTargetLabel(t: TFunction, target: string): string {
  const [kind = '', id = ''] = target.split(':', 2);
  return id ? t(`auditTargets.${kind}`, { id: id.slice(0, 8), defaultValue: target }) : target;
}
