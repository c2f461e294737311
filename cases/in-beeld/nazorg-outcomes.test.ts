import { describe, expect, it } from 'vitest';
import { nazorgOnClosing } from './nazorg-outcomes';

describe('nazorgOnClosing', () => {
  it('starts nazorg for a young person who went to school, durable work or work', () => {
    expect(nazorgOnClosing({ outcome: 'onderwijs', step: 'match' })).toBe('starts');
    expect(nazorgOnClosing({ outcome: 'duurzaam_werk', step: 'ondersteuning' })).toBe('starts');
    expect(nazorgOnClosing({ outcome: 'werk', step: 'intake' })).toBe('starts');
  });

  it('starts none for one who moved, went to care or was not reached', () => {
    for (const outcome of ['verhuisd', 'zorg', 'geen_contact', 'anders'] as const) expect(nazorgOnClosing({ outcome, step: 'match' })).toBe('none');
  });

  it('lets nazorg go on for a case in nazorg already (no second start, no restarted check-ins)', () => {
    expect(nazorgOnClosing({ outcome: 'duurzaam_werk', step: 'nazorg' })).toBe('running');
  });
});
