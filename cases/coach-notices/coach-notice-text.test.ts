import { describe, expect, it } from 'vitest';
import { createI18n } from '../../locales';
import type { CoachNoticeItem } from '../../drizzle/schema';
import { coachNoticeCases, coachNoticeReferences, coachNoticeSummary } from './coach-notice-text';

const i18n = createI18n();
const nl = i18n.getFixedT('nl', 'email');
const en = i18n.getFixedT('en', 'email');
const caseA = 'aaaaaaaa-1111-4111-8111-111111111111';
const caseB = 'bbbbbbbb-2222-4222-8222-222222222222';
const at = '2026-12-07T09:00:00.000Z';
const item = (kind: CoachNoticeItem['kind'], extra: Partial<CoachNoticeItem> = {}): CoachNoticeItem => ({ kind, caseId: caseA, at, ...extra });

describe('what a bundled coach notice says', () => {
  it('says one message in a sentence', () => {
    expect(coachNoticeSummary({ t: nl, items: [item('message')], locale: 'nl-NL' })).toBe('Nieuw bericht van je jongere');
  });

  it('names the new time of a moved appointment, in Amsterdam time', () => {
    // 09:00 UTC on Tuesday 8 December is 10:00 in Amsterdam (winter time).
    const moved = item('rescheduled', { startsAt: '2026-12-08T09:00:00.000Z' });
    expect(coachNoticeSummary({ t: nl, items: [moved], locale: 'nl-NL' })).toBe('Afspraak verzet naar di 8 dec 10:00');
    expect(coachNoticeSummary({ t: en, items: [moved], locale: 'en-GB' })).toBe('Appointment moved to Tue 8 Dec 10:00');
  });

  it('counts several things by kind, messages first, whatever order they came in', () => {
    const items = [item('message'), item('rescheduled', { startsAt: at }), item('message'), item('message', { caseId: caseB })];
    expect(coachNoticeSummary({ t: nl, items, locale: 'nl-NL' })).toBe('3 nieuwe berichten, 1 afspraak verzet');
    expect(coachNoticeSummary({ t: en, items: [...items, item('cancelled', { startsAt: at }), item('cancelled', { startsAt: at })], locale: 'en-GB' })).toBe(
      '3 new messages, 1 appointment moved, 2 appointments cancelled',
    );
  });

  it('tells an erasure without anything of the young person', () => {
    expect(coachNoticeSummary({ t: nl, items: [item('erased')], locale: 'nl-NL' })).toBe('Je jongere liet alle gegevens wissen');
  });

  it('names each case once by its short reference', () => {
    const items = [item('message'), item('message', { caseId: caseB }), item('booked', { startsAt: at })];
    expect(coachNoticeCases(items)).toEqual([caseA, caseB]);
    expect(coachNoticeReferences({ t: nl, caseIds: [caseA] })).toBe('Casus aaaaaaaa');
    expect(coachNoticeReferences({ t: nl, caseIds: coachNoticeCases(items) })).toBe('2 casussen: aaaaaaaa, bbbbbbbb');
  });
});
