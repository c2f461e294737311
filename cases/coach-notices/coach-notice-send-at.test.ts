import { describe, expect, it } from 'vitest';
import { coachNoticeSendAt } from './coach-notice-send-at';

const amsterdam = (local: string) => new Date(`${local}+01:00`); // December: winter time

describe('when a coach notice goes out', () => {
  it('in office hours: after the bundling window', () => {
    expect(coachNoticeSendAt({ now: amsterdam('2026-12-08T10:00:00'), bundleMinutes: 10 })).toEqual(amsterdam('2026-12-08T10:10:00'));
  });

  it('on Friday evening: Monday at the opening of office hours', () => {
    expect(coachNoticeSendAt({ now: amsterdam('2026-12-11T22:00:00'), bundleMinutes: 10 })).toEqual(amsterdam('2026-12-14T09:00:00'));
  });

  it('early on a working day: at 09:00 that day; on Christmas: the next working day', () => {
    expect(coachNoticeSendAt({ now: amsterdam('2026-12-08T07:30:00'), bundleMinutes: 10 })).toEqual(amsterdam('2026-12-08T09:00:00'));
    // Thursday 24 December 18:00 → Christmas Friday, Boxing Day, Sunday → Monday 28 December.
    expect(coachNoticeSendAt({ now: amsterdam('2026-12-24T18:00:00'), bundleMinutes: 10 })).toEqual(amsterdam('2026-12-28T09:00:00'));
  });
});
