import { parse } from 'csv-parse/sync';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { municipalities, type Municipality } from '../../drizzle/schema';
import { AMSTERDAM_ZONE, inAmsterdam } from '../calendar/amsterdam-time';

/**
 * Reading and checking signals (school handovers, a coach's signal) row by row, before anything is
 * stored. The columns are documented in README (Signalen); the same names are the JSON API's fields.
 */
export const signalSources = ['school', 'jongerenwerk', 'coach'] as const;
export type SignalSource = (typeof signalSources)[number];

export const diplomaCodes = ['geen', 'vmbo', 'mbo1', 'mbo2plus', 'havo_vwo'] as const;
export const leavingReasons = ['voortijdig', 'diploma_zonder_vervolg', 'verhuizing', 'anders'] as const;
export const contactPreferences = ['whatsapp', 'bellen', 'email'] as const;

export interface ValidSignal {
  /** Row number as Excel shows it (the header is row 1), or the item number in a JSON array. */
  row: number;
  school: string | null;
  brin: string | null;
  firstName: string;
  lastName: string | null;
  birthDate: string;
  /** Age on the day of the import. */
  age: number;
  /** E.164. */
  phone: string;
  email: string | null;
  municipality: Municipality;
  postcode: string | null;
  diploma: (typeof diplomaCodes)[number] | null;
  lastEducation: string | null;
  leavingReason: (typeof leavingReasons)[number] | null;
  leftOn: string | null;
  whatsappConsent: boolean;
  contactPreference: (typeof contactPreferences)[number];
  note: string | null;
}

export interface RowError {
  row: number;
  /** The column; null for a problem with the whole row or file. */
  field: string | null;
  message: string;
  /** Which check failed, for a page that says it in its own language (with `values` filled in). */
  reason?: RowErrorReason;
  values?: Record<string, string | number>;
}

export type RowErrorReason =
  | 'unreadable' | 'fieldCount' | 'missing' | 'tooLong' | 'brin' | 'notDate' | 'future' | 'tooYoung' | 'tooOld' | 'yesNo'
  | 'phone' | 'notMobile' | 'samePerson' | 'email' | 'municipality' | 'notYourMunicipality' | 'postcode' | 'oneOf'
  | 'tooFarAhead' | 'beforeTwelve' | 'otherMunicipality';

export type CheckedSignals = { ok: true; signals: ValidSignal[] } | { ok: false; errors: RowError[] };

/** Columns every school handover must have; the rest may be absent or empty. */
const schoolRequired = ['school', 'brin', 'voornaam', 'geboortedatum', 'telefoon', 'gemeente', 'hoogste_diploma', 'reden_uitschrijving', 'datum_uitschrijving', 'toestemming_whatsapp'];
/** A hand-registered signal (jongerenwerk, a coach) needs less: who, how to reach them, where they live. */
const manualRequired = ['voornaam', 'geboortedatum', 'telefoon', 'gemeente', 'toestemming_whatsapp'];

/** Header spellings schools use, mapped to our column names. */
const aliases: Record<string, string> = {
  brin_nummer: 'brin',
  brinnummer: 'brin',
  naam_school: 'school',
  schoolnaam: 'school',
  roepnaam: 'voornaam',
  telefoonnummer: 'telefoon',
  mobiel: 'telefoon',
  mobiel_nummer: 'telefoon',
  e_mail: 'email',
  emailadres: 'email',
  e_mailadres: 'email',
  diploma: 'hoogste_diploma',
  reden: 'reden_uitschrijving',
  uitschrijfdatum: 'datum_uitschrijving',
  toestemming: 'toestemming_whatsapp',
};

const diplomaAliases: Record<string, (typeof diplomaCodes)[number]> = {
  geen: 'geen', vmbo: 'vmbo', mbo1: 'mbo1', mbo_1: 'mbo1', entree: 'mbo1',
  mbo2plus: 'mbo2plus', mbo2: 'mbo2plus', mbo_2: 'mbo2plus', mbo3: 'mbo2plus', mbo_3: 'mbo2plus', mbo4: 'mbo2plus', mbo_4: 'mbo2plus',
  havo_vwo: 'havo_vwo', havo: 'havo_vwo', vwo: 'havo_vwo',
};
const yes = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'x']);
const no = new Set(['nee', 'n', 'no', 'false', '0', '']);
const dateFormats = ['d-M-yyyy', 'yyyy-M-d', 'd/M/yyyy', 'd.M.yyyy'];

/** Decoded text of an uploaded file, and which encoding it turned out to be. */
export function decodeCsv(bytes: Buffer): { text: string; encoding: 'utf-8' | 'utf-16le' | 'windows-1252' } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    // `ignoreBOM: false` drops a UTF-8 byte order mark (Excel's "CSV UTF-8" writes one).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Excel on Windows saves "CSV (puntkomma)" as Windows-1252, the only other encoding
    // Dutch school systems export. Every byte sequence is valid Windows-1252, so this never fails.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Dutch Excel separates with `;`, others with `,` or a tab: whichever the header line uses most. */
export function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => ({ d, n: header.split(d).length - 1 }));
  const best = counts.sort((a, b) => b.n - a.n)[0];
  return best && best.n > 0 ? best.d : ';';
}

/** Parses a CSV file into records keyed by our column names; file-level problems come back as errors. */
export interface SignalRecord {
  /** Row number to report: Excel's (header is row 1) for a file, the item number for JSON. */
  row: number;
  fields: Record<string, unknown>;
}

export function parseSignalCsv(bytes: Buffer): { records: SignalRecord[] } | { errors: RowError[] } {
  const { text } = decodeCsv(bytes);
  let table: string[][];
  try {
    table = parse(text, { delimiter: detectDelimiter(text), bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { errors: [{ row: typeof line === 'number' ? line : 1, field: null, message: `Not a readable CSV file: ${(error as Error).message.split('\n')[0]}`, reason: 'unreadable' }] };
  }
  const [header, ...body] = table;
  if (!header) return { errors: [{ row: 1, field: null, message: 'The file is empty' }] };
  const columns = header.map(columnName);
  const errors: RowError[] = [];
  const records: SignalRecord[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.length !== columns.length) {
      errors.push({ row, field: null, message: `Has ${cells.length} fields; the header has ${columns.length}`, reason: 'fieldCount', values: { fields: cells.length, header: columns.length } });
      return;
    }
    records.push({ row, fields: Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])) });
  });
  if (errors.length > 0) return { errors };
  return { records };
}

function columnName(raw: string): string {
  const name = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  return aliases[name] ?? name;
}

/**
 * Checks every record and reports every problem (all rows, all fields), so a school fixes its file in
 * one go. `allowed` limits the municipalities (a coach registers signals only for their own).
 */
export function checkSignals(input: {
  records: SignalRecord[];
  source: SignalSource;
  allowed: readonly Municipality[];
  today?: DateTime;
}): CheckedSignals {
  const today = (input.today ?? inAmsterdam(new Date())).startOf('day');
  const required = input.source === 'school' ? schoolRequired : manualRequired;
  const errors: RowError[] = [];
  const signals: ValidSignal[] = [];
  const seenPhones = new Map<string, number>();

  input.records.forEach(({ row, fields }) => {
    const value = (field: string): string => {
      const v = fields[field];
      return v === undefined || v === null ? '' : String(v).trim();
    };
    const fail = (field: string | null, message: string, reason: RowErrorReason, values?: Record<string, string | number>) =>
      errors.push({ row, field, message, reason, ...(values ? { values } : {}) });
    const before = errors.length;
    for (const field of required) if (value(field) === '') fail(field, 'is missing', 'missing');

    const text = (field: string, max: number): string | null => {
      const v = value(field);
      if (v.length > max) fail(field, `is longer than ${max} characters`, 'tooLong', { max });
      return v === '' ? null : v;
    };
    const school = text('school', 200);
    const firstName = text('voornaam', 100) ?? '';
    const lastName = text('achternaam', 150);
    const lastEducation = text('laatste_opleiding', 200);
    const note = text('toelichting', 2000);

    const brinRaw = value('brin').replace(/\s/g, '').toUpperCase();
    if (brinRaw && !/^\d{2}[A-Z]{2}(\d{2})?$/.test(brinRaw)) fail('brin', 'must be a BRIN number like 12AB (or 12AB01 with the branch)', 'brin');

    const birth = value('geboortedatum') ? parseDate(value('geboortedatum')) : undefined;
    let age = 0;
    if (value('geboortedatum') && !birth) fail('geboortedatum', 'is not a date (use dd-mm-jjjj)', 'notDate');
    if (birth) {
      age = Math.floor(today.diff(birth, 'years').years);
      if (birth > today) fail('geboortedatum', 'is in the future', 'future');
      else if (age < 12) fail('geboortedatum', `gives age ${age}: too young for a school handover`, 'tooYoung', { age });
      else if (age >= 27) fail('geboortedatum', `gives age ${age}: the front door is for young people up to 27`, 'tooOld', { age });
    }

    const consentRaw = value('toestemming_whatsapp').toLowerCase();
    const consent = yes.has(consentRaw);
    if (consentRaw && !consent && !no.has(consentRaw)) fail('toestemming_whatsapp', 'must be ja or nee', 'yesNo');

    let phone = '';
    if (value('telefoon')) {
      const parsed = parsePhoneNumberFromString(value('telefoon'), 'NL');
      if (!parsed?.isValid()) fail('telefoon', 'is not a valid phone number', 'phone');
      else if (consent && !['MOBILE', 'FIXED_LINE_OR_MOBILE'].includes(parsed.getType() ?? '')) {
        fail('telefoon', 'is not a mobile number, so no WhatsApp invitation can be sent', 'notMobile');
      } else {
        phone = parsed.number;
        const first = seenPhones.get(phone);
        if (first !== undefined) fail('telefoon', `same young person as row ${first}`, 'samePerson', { first });
        else seenPhones.set(phone, row);
      }
    }

    const email = value('email');
    if (email && !z.email().safeParse(email).success) fail('email', 'is not an e-mail address', 'email');

    const municipality = value('gemeente').toLowerCase();
    if (municipality && !(municipalities as readonly string[]).includes(municipality)) {
      fail('gemeente', 'must be Amstelveen or Aalsmeer; hand others over to their own municipality (RMC)', 'municipality');
    } else if (municipality && !(input.allowed as readonly string[]).includes(municipality)) {
      fail('gemeente', `you can only register signals for ${input.allowed.join(' or ')}`, 'notYourMunicipality');
    }

    const postcode = value('postcode').replace(/\s/g, '').toUpperCase();
    if (postcode && !/^[1-9]\d{3}[A-Z]{2}$/.test(postcode)) fail('postcode', 'must be a Dutch postcode like 1181 AB', 'postcode');

    const diplomaRaw = value('hoogste_diploma').toLowerCase().replace(/[^a-z0-9]+/g, '_');
    const diploma = diplomaRaw ? diplomaAliases[diplomaRaw] : undefined;
    if (diplomaRaw && !diploma) fail('hoogste_diploma', `must be one of ${diplomaCodes.join(', ')}`, 'oneOf', { options: diplomaCodes.join(', ') });

    const reasonRaw = value('reden_uitschrijving').toLowerCase();
    const leavingReason = leavingReasons.find((r) => r === reasonRaw);
    if (reasonRaw && !leavingReason) fail('reden_uitschrijving', `must be one of ${leavingReasons.join(', ')}`, 'oneOf', { options: leavingReasons.join(', ') });

    const leftRaw = value('datum_uitschrijving');
    const left = leftRaw ? parseDate(leftRaw) : undefined;
    if (leftRaw && !left) fail('datum_uitschrijving', 'is not a date (use dd-mm-jjjj)', 'notDate');
    // Schools hand over before the last school day too, but not a whole school year ahead.
    if (left && left > today.plus({ months: 3 })) fail('datum_uitschrijving', 'is more than 3 months ahead', 'tooFarAhead');
    if (left && birth && left < birth.plus({ years: 12 })) fail('datum_uitschrijving', 'is before the young person turned 12', 'beforeTwelve');

    const preferenceRaw = value('contactvoorkeur').toLowerCase();
    const contactPreference = preferenceRaw === '' ? 'whatsapp' : contactPreferences.find((p) => p === preferenceRaw);
    if (!contactPreference) fail('contactvoorkeur', `must be one of ${contactPreferences.join(', ')}`, 'oneOf', { options: contactPreferences.join(', ') });

    if (errors.length > before || !birth || !contactPreference) return;
    signals.push({
      row,
      school,
      brin: brinRaw || null,
      firstName,
      lastName,
      birthDate: birth.toISODate() ?? '',
      age,
      phone,
      email: email || null,
      municipality: municipality as Municipality,
      postcode: postcode ? `${postcode.slice(0, 4)} ${postcode.slice(4)}` : null,
      diploma: diploma ?? null,
      lastEducation,
      leavingReason: leavingReason ?? null,
      leftOn: left?.toISODate() ?? null,
      whatsappConsent: consent,
      contactPreference,
      note,
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, signals };
}

function parseDate(value: string): DateTime | undefined {
  for (const format of dateFormats) {
    const date = DateTime.fromFormat(value, format, { zone: AMSTERDAM_ZONE });
    if (date.isValid && date.year >= 1900) return date;
  }
  return undefined;
}
