import { randomUUID } from 'node:crypto';
import { eq, like } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directoryRoutes } from '../api/directory-routes';
import { errorHandler } from '../api/error-handler';
import { useZod } from '../api/openapi';
import { recordIntake } from '../cases/case/record-intake-outcome';
import { computeIndicators } from '../cases/indicators/indicators';
import { startDirectoryCache, type DirectoryCache } from '../cases/directory/directory-cache';
import { seedDirectory } from '../cases/directory/directory-repository';
import { directorySeedEntries } from '../cases/directory/seed-entries';
import { createDataProtector } from '../cases/privacy/data-protector';
import { auditLog, cases, conversations, directoryEntries, referralCounts, youths } from '../drizzle/schema';
import { coachApiDeps } from './support/coach-api-deps';
import { createTestDatabase, type TestDatabase } from './support/database';

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
const protector = createDataProtector(Buffer.alloc(32, 5));
let database: TestDatabase;
let app: FastifyInstance;
let cache: DirectoryCache;

beforeAll(async () => {
  database = await createTestDatabase({ max: 4 });
  const deps = coachApiDeps({ database, protector, adminToken: ADMIN_TOKEN, events: [], queueReady: async () => true });
  app = Fastify();
  app.setErrorHandler(errorHandler);
  useZod(app);
  await app.register(directoryRoutes, deps);
  await app.ready();
});

afterAll(async () => {
  await cache?.close();
  await app?.close();
  await database?.drop();
});

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const eventually = async <T>(check: () => Promise<T | undefined>): Promise<T> => {
  for (let i = 0; i < 100; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('not in time');
};

describe('the directory', () => {
  it('is seeded once from data/directory.json and the night shelter setting; a second seed changes nothing', async () => {
    const shelters = { aalsmeer: { name: 'Nachtopvang Aalsmeer', phone: '0297-123456' } };
    const first = await seedDirectory(database.db, directorySeedEntries(shelters));
    expect(first).toBe(13);
    expect(await seedDirectory(database.db, directorySeedEntries(shelters))).toBe(0);
    cache = await startDirectoryCache({ database, logger: console });
    expect(cache.current().find('amstelveen', 'werkplein')).toMatchObject({ address: 'Laan Nieuwer-Amstel 1, 1182 JR Amstelveen', phone: '14 020' });
    expect(cache.current().nightShelters()).toEqual({ aalsmeer: { name: 'Nachtopvang Aalsmeer', phone: '0297-123456' } });
  });

  it('an admin changes a desk over the API: stored, audited, and the bot\'s cache follows without a restart', async () => {
    const body = { name: 'Werkplein Amstelveen', address: 'Stationsplein 10, 1181 AA Amstelveen', phone: '020-5404911', openingHours: 'ma t/m do 9.00–16.00', webUrl: 'https://www.amstelveen.nl/werkplein' };
    const saved = await app.inject({ method: 'PUT', url: '/api/directory/amstelveen/werkplein', headers: admin, payload: body });
    expect(saved.statusCode).toBe(200);
    const [row] = await database.db.select().from(directoryEntries).where(eq(directoryEntries.address, body.address));
    expect(row).toMatchObject({ municipality: 'amstelveen', kind: 'werkplein', phone: '020-5404911', updatedBy: 'admin' });
    const audit = await database.db.select().from(auditLog).where(like(auditLog.action, 'directory.%'));
    expect(audit).toEqual([expect.objectContaining({ actor: 'admin', action: 'directory.saved:amstelveen/werkplein', caseId: null })]);
    // LISTEN/NOTIFY: the cache reads the table again after the commit.
    await eventually(async () => (cache.current().find('amstelveen', 'werkplein')?.phone === '020-5404911' ? true : undefined));

    const listed = await app.inject({ method: 'GET', url: '/api/directory', headers: admin });
    expect(listed.json<{ entries: unknown[] }>().entries).toHaveLength(13);
  });

  it('refuses a bad phone number or web address and someone without the admin token, changing nothing', async () => {
    const bad = await app.inject({ method: 'PUT', url: '/api/directory/aalsmeer/sociaal_loket', headers: admin, payload: { name: 'X', address: null, phone: 'bel ons', openingHours: null, webUrl: 'javascript:alert(1)' } });
    expect(bad.statusCode).toBe(400);
    const anonymous = await app.inject({ method: 'PUT', url: '/api/directory/aalsmeer/sociaal_loket', payload: { name: 'X', address: null, phone: null, openingHours: null, webUrl: null } });
    expect(anonymous.statusCode).toBe(401);
    expect(cache.current().find('aalsmeer', 'sociaal_loket')?.name).toBe('Sociaal loket Aalsmeer');
  });
});

describe('a referral without a safety handover', () => {
  it('is counted by municipality, kind, age band and month, and keeps no young person or case', async () => {
    const [conversation] = await database.db
      .insert(conversations)
      .values({ key: randomUUID(), channel: 'web', addressEnc: protector.encrypt('session') })
      .returning({ id: conversations.id });
    const input = {
      eventId: 9001,
      conversationId: conversation!.id,
      intake: { age: 28, municipality: 'amstelveen' as const, diploma: 'mbo2plus', hasStartkwalificatie: true, wants: 'werk' as const, locale: 'nl' },
      summaryEnc: protector.encrypt('niet gebruikt'),
      now: new Date('2026-03-15T10:00:00Z'),
    };
    expect(await database.db.transaction((tx) => recordIntake(tx, input))).toEqual({ status: 'counted', referral: 'werkcentrum', alreadyRecorded: false });
    // A retried job counts nothing twice.
    expect(await database.db.transaction((tx) => recordIntake(tx, input))).toMatchObject({ alreadyRecorded: true });
    const other = { ...input, eventId: 9002, intake: { ...input.intake, age: 19, municipality: 'other' as const, otherPlace: 'haarlem' } };
    await database.db.transaction((tx) => recordIntake(tx, other));
    expect(await database.db.select({ m: referralCounts.municipality, r: referralCounts.referral, a: referralCounts.ageBand, month: referralCounts.month }).from(referralCounts)).toEqual([
      { m: 'amstelveen', r: 'werkcentrum', a: '27+', month: '2026-03' },
      { m: 'haarlem', r: 'eigen_gemeente', a: '18-22', month: '2026-03' },
    ]);
    expect(await database.db.select().from(youths).where(eq(youths.conversationId, conversation!.id))).toEqual([]);
    expect(await database.db.select().from(cases)).toEqual([]);
    // The indicators count it as referred to work, in its month and municipality only.
    const march = { from: new Date('2026-03-01T00:00:00+01:00'), to: new Date('2026-04-01T00:00:00+02:00') };
    expect((await computeIndicators(database.db, { ...march, municipality: 'amstelveen' })).referred.werk).toBe(1);
    expect((await computeIndicators(database.db, { ...march, municipality: 'aalsmeer' })).referred.werk).toBe(0);
    expect((await computeIndicators(database.db, { from: new Date('2026-04-01T00:00:00+02:00'), to: new Date('2026-05-01T00:00:00+02:00') })).referred.werk).toBe(0);
  });
});
