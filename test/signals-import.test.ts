import { count, eq, inArray } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../api/app';
import { errorHandler } from '../api/error-handler';
import { signalRoutes } from '../api/signal-routes';
import { createCoach } from '../cases/staff/coach-repository';
import { createDataProtector } from '../cases/privacy/data-protector';
import { seedDemoCoaches } from '../cases/staff/seed-demo-coaches';
import { loadConfig } from '../config';
import { cases, coaches, domainEvents, signalImports, youths } from '../drizzle/schema';
import { createI18n } from '../locales';
import { createTestDatabase, type TestDatabase } from './support/database';

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
const protector = createDataProtector(Buffer.alloc(32, 7));
const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
let database: TestDatabase;
let app: FastifyInstance;
const queued: number[] = [];

const HEADER = 'School;BRIN-nummer;Voornaam;Achternaam;Geboortedatum;Telefoon;E-mail;Gemeente;Postcode;Hoogste diploma;Laatste opleiding;Reden uitschrijving;Datum uitschrijving;Toestemming WhatsApp;Contactvoorkeur';
const year = new Date().getFullYear();
const leftOn = `01-07-${year - 1}`;
/** One row; the young person is `age` this year. */
function row(fields: { name?: string; born?: string; phone: string; age?: number; diploma?: string; consent?: string; municipality?: string }): string {
  const born = fields.born ?? `14-03-${year - (fields.age ?? 19) - 1}`;
  return ['Keizer Karel College', '17AB', fields.name ?? 'Sam', 'de Vries', born, fields.phone, '', fields.municipality ?? 'Amstelveen', '1181 AB', fields.diploma ?? 'vmbo', 'mbo 2 Logistiek', 'voortijdig', leftOn, fields.consent ?? 'ja', ''].join(';');
}
const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
const upload = (body: Buffer, headers: Record<string, string> = auth) =>
  app.inject({ method: 'POST', url: '/api/signals/import', headers: { ...headers, 'content-type': 'text/csv' }, payload: body });

async function counts() {
  const [c] = await database.db.select({ n: count() }).from(cases);
  const [i] = await database.db.select({ n: count() }).from(signalImports);
  const [y] = await database.db.select({ n: count() }).from(youths);
  return { cases: c?.n, imports: i?.n, youths: y?.n };
}

beforeAll(async () => {
  database = await createTestDatabase({ max: 4 });
  await seedDemoCoaches(database.db, protector);
  const deps: AppDeps = {
    config: loadConfig({ ADMIN_TOKEN }),
    database,
    protector,
    i18n: createI18n(),
    logger: pino({ level: 'silent' }),
    chat: { receive: () => Promise.reject(new Error('not used')), hasConversation: () => Promise.reject(new Error('not used')), messagesAfter: () => Promise.reject(new Error('not used')), subscribe: () => Promise.reject(new Error('not used')) },
    enqueueTurns: () => Promise.reject(new Error('not used')),
    enqueueSends: () => Promise.reject(new Error('not used')),
    enqueueEvents: async (ids) => void queued.push(...ids),
    queueReady: async () => true,
  };
  app = Fastify();
  app.setErrorHandler(errorHandler);
  await app.register(signalRoutes, deps);
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

describe('school handover import', () => {
  it('creates a case at step signaal per young person, with the contact by age and diploma, and invites those who consented', async () => {
    const body = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]), // Excel's "CSV UTF-8" byte order mark
      csv([HEADER, row({ phone: '06 1111 0001', age: 16 }), row({ phone: '+31611110002', age: 20, diploma: 'vmbo' }), row({ phone: '0611110003', age: 22, diploma: 'havo', consent: 'nee' })]),
    ]);
    const response = await upload(body);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ rows: 3, created: 3, updated: 0, invited: 2 });

    const made = await database.db
      .select({ step: cases.step, route: cases.route, role: coaches.role, contactEnc: youths.contactEnc, entrySource: youths.entrySource })
      .from(cases)
      .innerJoin(youths, eq(youths.id, cases.youthId))
      .innerJoin(coaches, eq(coaches.id, cases.coachId));
    const byPhone = new Map(made.map((m) => [JSON.parse(protector.decrypt(m.contactEnc ?? '')).phone as string, m]));
    expect(byPhone.get('+31611110001')).toMatchObject({ step: 'signaal', route: 'leerplicht', role: 'leerplichtambtenaar', entrySource: 'school' });
    expect(byPhone.get('+31611110002')).toMatchObject({ route: 'school', role: 'doorstroomcoach' });
    expect(byPhone.get('+31611110003')).toMatchObject({ route: 'werk', role: 'jongerencoach_werk' });

    const invites = await database.db.select().from(domainEvents).where(eq(domainEvents.type, 'signal.invite'));
    expect(invites).toHaveLength(2);
    expect(queued).toEqual(expect.arrayContaining(invites.map((e) => e.id)));

    // The same file again: the same young people, their cases get a note, no second case.
    const again = await upload(body);
    expect(again.json()).toMatchObject({ created: 0, updated: 3 });
    expect((await counts()).cases).toBe(3);
  });

  it('stores nothing when one row is bad, and lists every rejected row with the field and why', async () => {
    const before = await counts();
    const response = await upload(
      csv([
        HEADER,
        row({ phone: '0622220001' }),
        row({ phone: '0622220002', born: '31-02-2005' }),
        row({ phone: '12345' }),
        row({ phone: '0622220001' }),
        row({ phone: '0622220005', name: '', municipality: 'Utrecht' }),
        row({ phone: '0622220006', age: 30 }),
        'Keizer Karel College;17AB;Kim',
      ]),
    );
    expect(response.statusCode).toBe(422);
    const { rejected } = response.json() as { rejected: { row: number; field: string | null; message: string }[] };
    expect(rejected).toEqual([{ row: 8, field: null, message: 'Has 3 fields; the header has 15' }]);

    const second = await upload(csv([HEADER, row({ phone: '0622220001' }), row({ phone: '0622220002', born: '31-02-2005' }), row({ phone: '12345' }), row({ phone: '0622220001' }), row({ phone: '0622220005', name: '', municipality: 'Utrecht' }), row({ phone: '0622220006', age: 30 })]));
    expect(second.statusCode).toBe(422);
    const errors = (second.json() as { rejected: { row: number; field: string | null; message: string }[] }).rejected;
    expect(errors).toEqual([
      { row: 3, field: 'geboortedatum', message: 'is not a date (use dd-mm-jjjj)' },
      { row: 4, field: 'telefoon', message: 'is not a valid phone number' },
      { row: 5, field: 'telefoon', message: 'same young person as row 2' },
      { row: 6, field: 'voornaam', message: 'is missing' },
      { row: 6, field: 'gemeente', message: 'must be Amstelveen or Aalsmeer; hand others over to their own municipality (RMC)' },
      { row: 7, field: 'geboortedatum', message: expect.stringContaining('up to 27') },
    ]);
    expect(second.json().error).toBe('5 row(s) rejected; nothing was imported');
    expect(await counts()).toEqual(before);
  });

  it('reads a Windows-1252 file from Excel and a comma-separated one', async () => {
    const latin = Buffer.from(`${HEADER}\r\n${row({ phone: '0633330001', name: 'Zoë' })}\r\n`, 'latin1');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(latin)).toThrow();
    const response = await upload(latin);
    expect(response.statusCode).toBe(201);
    const [stored] = await database.db.select({ contactEnc: youths.contactEnc }).from(youths).orderBy(youths.createdAt).limit(100).then((rows) => rows.filter((r) => JSON.parse(protector.decrypt(r.contactEnc ?? '')).phone === '+31633330001'));
    expect(JSON.parse(protector.decrypt(stored?.contactEnc ?? '')).firstName).toBe('Zoë');

    const comma = csv([HEADER.replaceAll(';', ','), row({ phone: '0633330002' }).replaceAll(';', ',')]);
    expect((await upload(comma)).statusCode).toBe(201);
  });

  it('lets a coach register a signal by hand for their own municipality only', async () => {
    const { token } = await createCoach(database.db, protector, { firstName: 'Joost', lastName: 'Werk', role: 'jongerencoach_werk', municipality: 'aalsmeer' });
    const headers = { authorization: `Bearer ${token}` };
    const signal = { voornaam: 'Noor', geboortedatum: `2-5-${year - 19}`, telefoon: '0644440001', gemeente: 'aalsmeer', toestemming_whatsapp: true, toelichting: 'Via jongerenwerk De Binding' };
    const ok = await app.inject({ method: 'POST', url: '/api/signals', headers, payload: { source: 'jongerenwerk', signals: [signal] } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ created: 1, invited: 1 });
    const other = await app.inject({ method: 'POST', url: '/api/signals', headers, payload: { source: 'jongerenwerk', signals: [{ ...signal, telefoon: '0644440002', gemeente: 'amstelveen' }] } });
    expect(other.statusCode).toBe(422);
    expect(other.json().rejected[0]).toMatchObject({ row: 1, field: 'gemeente' });
    expect((await app.inject({ method: 'POST', url: '/api/signals', payload: { source: 'coach', signals: [signal] } })).statusCode).toBe(401);
  });

  it('imports a 10,000-row file in one transaction', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 10_000; i++) lines.push(row({ phone: `06${String(50_000_000 + i)}`, age: 16 + (i % 10), diploma: i % 3 === 0 ? 'havo' : 'vmbo', consent: i % 2 ? 'ja' : 'nee', municipality: i % 4 ? 'Amstelveen' : 'Aalsmeer' }));
    const body = csv(lines);
    const started = performance.now();
    const response = await upload(body);
    const seconds = (performance.now() - started) / 1000;
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ rows: 10_000, created: 10_000, invited: 5_000 });
    console.log(`10,000 rows (${(body.length / 1024 / 1024).toFixed(1)} MB) imported in ${seconds.toFixed(1)} s: ${Math.round(10_000 / seconds)} rows/s`);
    const [open] = await database.db.select({ n: count() }).from(cases).where(inArray(cases.step, ['signaal']));
    expect(open?.n).toBeGreaterThanOrEqual(10_000);
  }, 300_000);
});
