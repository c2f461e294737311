import { describe, expect, it } from 'vitest';
import { decideRoute, type RouteDecision, type RoutingInput } from './routing';

const doorstroom: RouteDecision = { kind: 'coach', role: 'doorstroomcoach', route: 'school' };
const werkcoach: RouteDecision = { kind: 'coach', role: 'jongerencoach_werk', route: 'werk' };
const leerplicht: RouteDecision = { kind: 'coach', role: 'leerplichtambtenaar', route: 'leerplicht' };
const ref = (referral: 'werkcentrum' | 'sociaal_loket' | 'eigen_gemeente'): RouteDecision => ({ kind: 'referral', referral });

// One row per situation a coach would recognise: [what it is, input, who helps].
const table: [string, RoutingInput, RouteDecision][] = [
  ['19, Amstelveen, wants school', { age: 19, municipality: 'amstelveen', hasStartkwalificatie: false, wants: 'school' }, doorstroom],
  ['19, Aalsmeer, wants school, has a startkwalificatie', { age: 19, municipality: 'aalsmeer', hasStartkwalificatie: true, wants: 'school' }, doorstroom],
  ['22, Aalsmeer, wants work', { age: 22, municipality: 'aalsmeer', hasStartkwalificatie: false, wants: 'werk' }, werkcoach],
  ['18, Amstelveen, undecided, no startkwalificatie', { age: 18, municipality: 'amstelveen', hasStartkwalificatie: false, wants: 'weet_niet' }, doorstroom],
  ['24, Amstelveen, undecided, with startkwalificatie', { age: 24, municipality: 'amstelveen', hasStartkwalificatie: true, wants: 'weet_niet' }, werkcoach],
  ['26, last year in the target group, wants work', { age: 26, municipality: 'aalsmeer', hasStartkwalificatie: true, wants: 'werk' }, werkcoach],
  ['17 who wants work still goes to leerplicht', { age: 17, municipality: 'amstelveen', hasStartkwalificatie: false, wants: 'werk' }, leerplicht],
  ['15, Aalsmeer, wants school', { age: 15, municipality: 'aalsmeer', hasStartkwalificatie: false, wants: 'school' }, leerplicht],
  ['14 is leerplichtig too', { age: 14, municipality: 'amstelveen', hasStartkwalificatie: false, wants: 'weet_niet' }, leerplicht],
  ['27 who wants work → Werkcentrum', { age: 27, municipality: 'amstelveen', hasStartkwalificatie: true, wants: 'werk' }, ref('werkcentrum')],
  ['27 who wants school → Sociaal loket', { age: 27, municipality: 'aalsmeer', hasStartkwalificatie: false, wants: 'school' }, ref('sociaal_loket')],
  ['35, undecided → Sociaal loket', { age: 35, municipality: 'amstelveen', hasStartkwalificatie: false, wants: 'weet_niet' }, ref('sociaal_loket')],
  ['20 from another municipality → own municipality', { age: 20, municipality: 'other', hasStartkwalificatie: false, wants: 'school' }, ref('eigen_gemeente')],
  ['16 from another municipality → own municipality (their RMC)', { age: 16, municipality: 'other', hasStartkwalificatie: false, wants: 'werk' }, ref('eigen_gemeente')],
  ['30 from another municipality → own municipality', { age: 30, municipality: 'other', hasStartkwalificatie: true, wants: 'werk' }, ref('eigen_gemeente')],
];

describe('decideRoute', () => {
  it.each(table)('%s', (_name, input, expected) => {
    expect(decideRoute(input)).toEqual(expected);
  });
});
