import type { Municipality } from '../../drizzle/schema';
import type { Translate } from '../ask-dialog';
import { municipalityBySlug } from '../places/dutch-municipalities';
import type { Referral, RoutingMunicipality } from '../routing';
import { contactText } from './contact-text';
import type { Directory, DirectoryEntry } from './directory';

export interface ReferralMessageInput {
  t: Translate;
  directory: Directory;
  referral: Referral;
  municipality: RoutingMunicipality;
  /** With municipality 'other': their own municipality's slug, 'buitenland' or 'onbekend'. */
  otherPlace?: string | undefined;
}

/**
 * The referral a young person gets at once, with a real contact (DESIGN.md: never sent away
 * empty-handed): the Werkplein or Sociaal loket of their municipality from the directory; for
 * another municipality its own 14-number and website (data/municipalities.csv); abroad or not
 * known, the region's Jongerenloket.
 */
export function referralMessage(input: ReferralMessageInput): string {
  const { t, directory, referral, municipality } = input;
  const parts: string[] = [];
  if (municipality !== 'other' && (referral === 'werkcentrum' || referral === 'sociaal_loket')) {
    const entry = directory.find(municipality, referral === 'werkcentrum' ? 'werkplein' : 'sociaal_loket') ?? directory.find(municipality, 'jongerenloket');
    parts.push(t(`referral.${referral}`), ...(entry ? [contactText(t, entry)] : []));
  } else {
    const own = input.otherPlace ? municipalityBySlug(input.otherPlace) : undefined;
    if (own) parts.push(t('referral.eigen_gemeente', { name: own.name, phone: own.phone, website: own.website }));
    else parts.push(t(input.otherPlace === 'buitenland' ? 'referral.buitenland' : 'referral.onbekend'), ...regionContacts(t, directory));
  }
  parts.push(t('referral.more'));
  return parts.join('\n\n');
}

/** The region's Jongerenloket desks, each as a contact: for "bel of kom langs" before the municipality is known. */
export function regionContacts(t: Translate, directory: Directory): string[] {
  return directory.ofKind('jongerenloket').map((entry: DirectoryEntry) => contactText(t, entry));
}

/** The contact of one kind in a municipality of the region, for a message that names where to go. */
export function contactOf(t: Translate, directory: Directory, place: { municipality: Municipality; kind: DirectoryEntry['kind'] }): string | undefined {
  const entry = directory.find(place.municipality, place.kind);
  return entry ? contactText(t, entry) : undefined;
}
