import type { TFunction } from 'i18next';
import { formatInAmsterdam } from '../../cases/calendar/amsterdam-time';
import type { CaseData, YoungPersonData } from '../../cases/privacy/collect-young-person-data';

export interface InzageRow {
  label: string;
  value: string;
}

/** A dated item: a message, a handover, an appointment, a read. */
export interface InzageEntry {
  meta: string;
  text: string;
}

/** One part of the inzage, the same on the page and in the PDF. */
export interface InzageSection {
  id: string;
  title: string;
  notes: string[];
  rows: InzageRow[];
  entries: InzageEntry[];
}

export interface InzageText {
  /** The `privacy` namespace in the young person's language (other namespaces by prefix). */
  t: TFunction;
  locale: string;
  now: Date;
  /** The privacy statement, for "why we keep it". */
  privacyUrl: string;
}

/**
 * Everything held, as titled sections in the young person's language: what the page and the PDF
 * both show (one source, so they never differ). Every section is there, also when it is empty, so
 * "no appointments" is said rather than left to guess.
 */
export function inzageSections(data: YoungPersonData, text: InzageText): InzageSection[] {
  const { t } = text;
  const when = (date: Date) => formatInAmsterdam({ date, locale: text.locale, style: 'dateTime' });
  const value = (group: string, v: string | null | undefined) => (v ? t(`values.${group}.${v}`, { defaultValue: v }) : t('page.unknown'));
  const yesNo = (v: boolean | null | undefined) => (v === null || v === undefined ? t('page.unknown') : t(v ? 'page.yes' : 'page.no'));
  const list = (group: string, values: readonly string[]) => (values.length ? values.map((v) => value(group, v)).join(', ') : t('page.empty'));
  const person = (p: { firstName: string; lastName: string; role: string } | null) =>
    p ? `${p.firstName} ${p.lastName}, ${t(`handover:roles.${p.role}`, { defaultValue: p.role })}` : t('page.unknown');
  const row = (labelKey: string, v: string): InzageRow => ({ label: t(`labels.${labelKey}`), value: v });
  const section = (id: string, part: Partial<Omit<InzageSection, 'id' | 'title'>>): InzageSection => ({
    id,
    title: t(`sections.${id}`),
    notes: part.notes ?? [],
    rows: part.rows ?? [],
    entries: part.entries ?? [],
  });
  const { conversation, answers } = data;
  const cases = data.cases;
  const latest: CaseData | undefined = cases.at(-1);

  return [
    section('conversation', {
      rows: [
        row('channel', value('channel', conversation.channel)),
        row('started', when(conversation.startedAt)),
        row('language', t(`commands:language.names.${conversation.language}`, { defaultValue: conversation.language })),
        ...(conversation.channel === 'whatsapp' ? [row('phone', conversation.phone ?? t('page.unknown')), row('displayName', conversation.displayName ?? t('page.unknown'))] : []),
        ...(conversation.optedOutAt ? [row('optedOut', when(conversation.optedOutAt))] : []),
      ],
    }),
    section('answers', {
      notes: answers ? [] : [t('page.empty')],
      rows: answers
        ? [
            ...(answers.name ? [row('coachName', answers.name)] : []),
            row('age', answers.age === null ? t('page.unknown') : String(answers.age)),
            row('municipality', value('municipality', answers.municipality)),
            row('diploma', value('diploma', answers.diploma)),
            row('startkwalificatie', yesNo(answers.hasStartkwalificatie)),
            ...(latest ? [row('wants', value('wants', latest.wants))] : []),
            row('contactTimes', value('contactTimes', answers.contactTimes)),
          ]
        : [],
    }),
    section('zelfscan', {
      notes: cases.some((c) => c.zelfscan) ? [] : [t('page.empty')],
      rows: cases.flatMap((c) =>
        c.zelfscan
          ? [
              row('intensity', value('intensity', c.zelfscan.intensity)),
              row('obstacles', list('domain', c.zelfscan.obstacles)),
              row('attention', list('domain', c.zelfscan.attention)),
              row('strengths', list('domain', c.zelfscan.strengths)),
              row('talkAbout', list('domain', c.zelfscan.talkAbout)),
            ]
          : [],
      ),
    }),
    ...(cases.length ? cases.map((c) => caseSection(c)) : [section('case', { notes: [t('page.empty')] })]),
    section('handovers', {
      notes: [t(cases.some((c) => c.handovers.length) ? 'page.summaryNote' : 'page.empty')],
      entries: cases.flatMap((c) => c.handovers.map((h) => ({ meta: `${when(h.at)} · ${value('reason', h.reason)} · ${person(h.coach)} · ${value('handoverStatus', h.status)}`, text: h.summary }))),
    }),
    section('appointments', {
      notes: cases.some((c) => c.appointments.length) ? [] : [t('page.empty')],
      entries: cases.flatMap((c) => c.appointments.map((a) => ({ meta: `${when(a.startsAt)} – ${formatInAmsterdam({ date: a.endsAt, locale: text.locale, style: 'time' })}`, text: `${value('place', a.place)} · ${value('appointmentStatus', a.status)}` }))),
    }),
    section('thread', {
      notes: cases.some((c) => c.thread.length) ? [] : [t('page.empty')],
      entries: cases.flatMap((c) => c.thread.map((m) => ({ meta: `${when(m.at)} · ${t(m.direction === 'from_youth' ? 'labels.you' : 'labels.coachSays')}`, text: m.text }))),
    }),
    section('trusted', {
      notes: data.trustedPerson ? [] : [t('page.empty')],
      rows: data.trustedPerson
        ? [
            row('name', data.trustedPerson.name),
            row('relation', value('relation', data.trustedPerson.relation)),
            row('reach', data.trustedPerson.reach),
            row('mayContact', yesNo(data.trustedPerson.mayContact)),
          ]
        : [],
    }),
    ...(cases.some((c) => c.signals.length)
      ? [section('signals', { entries: cases.flatMap((c) => c.signals.map((s) => ({ meta: when(s.at), text: Object.entries(s.details).map(([k, v]) => `${k}: ${v}`).join('\n') }))) })]
      : []),
    section('reads', {
      notes: [t(data.reads.length ? 'about.readers' : 'page.empty')],
      entries: data.reads.map((r) => ({
        meta: when(r.at),
        text: `${r.role === 'admin' ? t('values.admin') : t(`handover:roles.${r.role}`, { defaultValue: r.role })} ${t(`values.read.${r.what}`)}`,
      })),
    }),
    section('messages', {
      notes: [data.botMessages.length ? t('page.shownOf', { shown: data.botMessages.length, total: data.botMessagesTotal }) : t('page.empty')],
      entries: data.botMessages.map((m) => ({ meta: `${when(m.at)} · ${t(m.from === 'youth' ? 'labels.you' : 'labels.bot')}`, text: m.text })),
    }),
    section('about', {
      notes: [t('about.source'), t('about.why', { url: text.privacyUrl }), t('about.howLong'), t('about.erase')],
    }),
  ];

  function caseSection(c: CaseData): InzageSection {
    return section('case', {
      rows: [
        row('route', value('route', c.route)),
        row('step', value('step', c.step)),
        row('status', value('status', c.status)),
        row('started', when(c.createdAt)),
        row('coach', person(c.coach)),
        ...(c.regie === 'sociaal_team' ? [row('regie', value('regie', c.regie))] : []),
        ...(c.ladderAim ? [row('ladderAim', value('ladder', c.ladderAim))] : []),
        ...(c.referral ? [row('referral', c.referral)] : []),
        ...(c.closedAt ? [row('closed', when(c.closedAt))] : []),
        ...(c.outcome ? [row('outcome', value('outcome', c.outcome))] : []),
      ],
    });
  }
}
