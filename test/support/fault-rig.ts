import postgres from 'postgres';
import { startFakeTwilio, type FakeTwilio } from './fake-twilio';
import {
  newProductSettings,
  redisServerPath,
  spawnProduct,
  startOwnPostgres,
  startOwnRedis,
  type OwnPostgres,
  type OwnRedis,
  type ProductProcess,
  type ProductSettings,
} from './processes';
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN } from './stack';

/**
 * What a fault test stops and starts: a PostgreSQL of its own (several product processes open up
 * to 20 connections each, more than a shared server running other test files has room for), a
 * redis-server of its own where one is installed, and the fake Twilio. Never the machine's shared
 * services.
 */
export interface FaultRig {
  pg: OwnPostgres;
  /** One connection to the rig's database, for assertions; it connects on its first query. */
  sql: postgres.Sql;
  fake: FakeTwilio;
  /** Undefined without redis-server: BullMQ then runs on PostgreSQL. */
  redis: OwnRedis | undefined;
  /** Settings for the product on this rig; the relay looks every 2 s. */
  settings: ProductSettings;
  /** Starts a product process (as `npm run api` / `npm run worker` / both); `close` stops it. */
  spawn(role: 'api' | 'worker' | 'both'): Promise<ProductProcess>;
  /** Stops the product processes, then the fake Twilio, Redis and PostgreSQL. */
  close(): Promise<void>;
}

export async function startFaultRig(options: {
  /** What the test does without redis-server, for its output; undefined: the test needs Redis. */
  withoutRedis?: string;
}): Promise<FaultRig> {
  const pg = await startOwnPostgres();
  const sql = postgres(pg.url, { max: 1, onnotice: () => {} });
  const fake = await startFakeTwilio({ accountSid: TEST_ACCOUNT_SID, authToken: TEST_AUTH_TOKEN });
  let redis: OwnRedis | undefined;
  if (redisServerPath() || options.withoutRedis === undefined) redis = await startOwnRedis();
  else console.log(`[fault] redis-server not installed: ${options.withoutRedis}`);
  const settings = newProductSettings({ databaseUrl: pg.url, redisUrl: redis?.url, twilioUrl: fake.url, env: { RELAY_AFTER_SECONDS: '2' } });
  const processes: ProductProcess[] = [];
  return {
    pg,
    sql,
    fake,
    redis,
    settings,
    async spawn(role) {
      const started = await spawnProduct({ role, settings });
      processes.push(started);
      return started;
    },
    async close() {
      await Promise.all(processes.map((p) => p.stop()));
      await fake.close();
      await redis?.stop();
      await sql.end();
      await pg.destroy();
    },
  };
}
