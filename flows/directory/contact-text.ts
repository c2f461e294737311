import type { Translate } from '../ask-dialog';
import type { DirectoryEntry } from './directory';

/**
 * A contact as the young person reads it on a phone: the name, then one short line each for the
 * address, phone, opening hours and web address that the directory has.
 */
export function contactText(t: Translate, entry: Pick<DirectoryEntry, 'name' | 'address' | 'phone' | 'openingHours' | 'webUrl'>): string {
  return [
    entry.name,
    entry.address && t('directory.address', { address: entry.address }),
    entry.phone && t('directory.phone', { phone: entry.phone }),
    entry.openingHours && t('directory.hours', { hours: entry.openingHours }),
    entry.webUrl && t('directory.web', { url: entry.webUrl }),
  ]
    .filter(Boolean)
    .join('\n');
}
