import type { RoutingMunicipality } from '../routing';
import type { PlaceAnswer } from './place-dialog';

/** The intake's municipality, and for anyone outside the region where they live. */
export function locatedIn(place: PlaceAnswer): { municipality: RoutingMunicipality; otherPlace?: string } {
  switch (place.kind) {
    case 'region':
      return { municipality: place.municipality };
    case 'elsewhere':
      return { municipality: 'other', otherPlace: place.slug };
    case 'abroad':
      return { municipality: 'other', otherPlace: 'buitenland' };
    case 'unknown':
      return { municipality: 'other', otherPlace: 'onbekend' };
  }
}
