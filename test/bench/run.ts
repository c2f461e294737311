import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { conversationKey } from '../../messages/conversation-key';
import { createDataProtector } from '../../cases/privacy/data-protector';
import { seedDemoCoaches } from '../../cases/staff/seed-demo-coaches';
import { connectDatabase, migrateDatabase } from '../../drizzle/connection';
import { startFakeTwilio } from '../support/fake-twilio';
import { dropQueueKeys } from '../support/redis-keys';
import { newProductSettings, spawnProduct, startOwnPostgres, type ProductProcess } from '../support/processes';
import { PUBLIC_BASE_URL, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, zelfscanAnswers } from '../support/stack';
import { measureCommitCeiling, type CommitCeiling } from './commit-ceiling';
import { cpuPerAnswer, cpuSnapshot, processTree, type CpuGroups } from './cpu-usage';
import { printTable } from './print-table';
import { targetLines } from './targets';
import { summarize, round, type Summary } from './stats';
import { Observer, runPhase, type PhaseResult } from './young-people';

/**
 * `npm run bench`: the front door under load on this machine. Starts the product as `npm run api`
 * and `npm run worker` would (separate processes) on a fresh database, with the fake Twilio as its
 * REST API, and lets simulated young people go through the intake and the zelfscan with signed
 * webhooks: first at a steady 100 answers per second (latency), then at the offered peak rate
 * (throughput). Once with BullMQ on Redis, once on PostgreSQL. Measures the machine's durable-commit
 * ceiling with pgbench too, so the figures compare across machines. Traffic stays on 127.0.0.1.
 */

const { values: flags } = parseArgs({
  options: {
    backends: { type: 'string', default: 'redis,postgres' },
    rate: { type: 'string', default: '400' },
    seconds: { type: 'string', default: '20' },
    campaign: { type: 'boolean', default: false },
    compare: { type: 'string', default: '' },
    'latency-rate': { type: 'string', default: '100' },
    'latency-seconds': { type: 'string', default: '20' },
    drain: { type: 'string', default: '90' },
    clients: { type: 'string', default: '16' },
    'max-in-flight': { type: 'string', default: '256' },
    concurrency: { type: 'string', default: '' },
    apis: { type: 'string', default: '1' },
    workers: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    statements: { type: 'boolean', default: false },
    'shared-postgres': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results/latest.json' },
    help: { type: 'boolean', default: false },
  },
});

// The campaign case: a WhatsApp sender's 400 answers per second for a minute.
if (flags.campaign) Object.assign(flags, { rate: '400', seconds: '60' });

if (flags.help) {
  console.log(`npm run bench -- [--backends redis,postgres] [--rate 400] [--seconds 20] [--campaign] [--compare before.json] [--latency-rate 100] [--latency-seconds 20]
  [--drain 90] [--clients 16] [--max-in-flight 256] [--concurrency <WORKER_CONCURRENCY>] [--apis 1] [--workers 1] [--profile] [--statements] [--shared-postgres] [--out bench-results/latest.json]
Starts an embedded PostgreSQL of its own (or, with --shared-postgres, a fresh database on DATABASE_URL), and uses REDIS_URL
(default redis://127.0.0.1:6379) under a queue prefix of its own; both are cleaned up afterwards.
--campaign is --rate 400 --seconds 60 (a WhatsApp sender's limit for a minute); --compare prints the product's CPU per answer
against an earlier report of the same machine and hour.`);
  process.exit(0);
}

const sharedPostgresUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The server the product and pgbench use: an embedded one of the benchmark's own unless --shared-postgres. */
let adminUrl = sharedPostgresUrl;
/** Where the CPU time of PostgreSQL is read: the benchmark's own server's processes (none with --shared-postgres). */
let postgresProcesses: () => number[] = () => [];
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const num = (value: string | undefined) => Number(value);
const script = ['Hoi', '20', 'ja', 'Aalsmeer', 'geen diploma', 'aan het werk', 'opstapbaan', ...zelfscanAnswers];

interface BackendResult {
  backend: 'redis' | 'postgres';
  repliesPerAnswer: number[];
  phases: Record<string, PhaseFigures>;
  inbound: Record<string, number>;
  processExits: Record<string, string>;
}

interface PhaseFigures {
  offeredRate: number;
  seconds: number;
  sent: number;
  acked: number;
  errors: Record<string, number>;
  ackedPerSecond: number;
  answeredPerSecond: number;
  drainMs: number | null;
  unanswered: number;
  extraReplies: number;
  youngPeople: number;
  completedIntakes: number;
  ackMs: Summary;
  replyMs: Summary;
  coachNoticeMs: Summary;
  /** CPU milliseconds per answered answer, per process group (this machine's cores are shared by all). */
  cpuMsPerAnswer: Record<string, number>;
}

async function main(): Promise<void> {
  // BullMQ on PostgreSQL opens up to (concurrency + 2) connections per queue per worker process, over
  // 100 in all: more than a default server (max_connections 100) shared with other work allows.
  const own = flags['shared-postgres'] ? undefined : await startOwnPostgres({ durable: true, statements: flags.statements });
  if (own) {
    adminUrl = own.url;
    postgresProcesses = processTree(own.dataDir);
  }
  try {
    await benchAll();
  } finally {
    await own?.destroy();
  }
}

async function benchAll(): Promise<void> {
  const backends = (flags.backends ?? '').split(',').filter((b): b is 'redis' | 'postgres' => b === 'redis' || b === 'postgres');
  const results: BackendResult[] = [];
  const failures: { backend: string; error: string }[] = [];
  let ceiling: CommitCeiling | undefined;
  for (const backend of backends) {
    try {
      const result = await benchBackend(backend, async (url) => {
        ceiling ??= await measureCommitCeiling({ url, clients: num(flags.clients), seconds: 10 });
        console.log(`[bench] durable-commit ceiling: ${ceiling.tps} single-row INSERT commits/s at ${ceiling.clients} clients (${ceiling.tool})`);
      });
      results.push(result);
    } catch (error) {
      // One backend failing still reports the other; the failure is in the report, and the exit code.
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[bench] ${backend} failed: ${message}`);
      failures.push({ backend, error: message.slice(0, 2000) });
      process.exitCode = 1;
    }
  }
  const report = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGiB: round(os.totalmem() / 2 ** 30), node: process.version },
    postgres: flags['shared-postgres'] ? 'shared (DATABASE_URL)' : 'embedded, own (fsync on, max_connections 300)',
    loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)),
    settings: {
      offeredRate: num(flags.rate),
      seconds: num(flags.seconds),
      latencyRate: num(flags['latency-rate']),
      latencySeconds: num(flags['latency-seconds']),
      apis: num(flags.apis),
      workers: num(flags.workers),
      workerConcurrency: flags.concurrency || 'default',
      script: script.length,
    },
    commitCeiling: ceiling,
    failures,
    results: results.map((r) => ({
      ...r,
      ratioToCommitCeiling: Object.fromEntries(Object.entries(r.phases).map(([name, p]) => [name, ceiling ? round(p.answeredPerSecond / ceiling.tps, 3) : null])),
    })),
  };
  await mkdir(path.dirname(path.resolve(flags.out ?? '')), { recursive: true });
  await writeFile(path.resolve(flags.out ?? ''), `${JSON.stringify(report, null, 2)}\n`);
  printTable(report);
  const before = flags.compare ? (JSON.parse(await readFile(path.resolve(flags.compare), 'utf8')) as Parameters<typeof targetLines>[1]) : undefined;
  console.log('\nTargets:');
  for (const line of targetLines(report, before)) console.log(`  ${line}`);
  for (const failure of failures) console.log(`\n${failure.backend}: FAILED: ${failure.error.split('\n')[0]}`);
  console.log(`\n[bench] written to ${flags.out}`);
}

async function benchBackend(backend: 'redis' | 'postgres', beforeStart: (url: string) => Promise<void>): Promise<BackendResult> {
  console.log(`\n[bench] ${backend}: preparing a fresh database`);
  const name = `jl_bench_${randomBytes(5).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const settings = newProductSettings({
    databaseUrl,
    redisUrl: backend === 'redis' ? redisUrl : undefined,
    twilioUrl: '',
    queuePrefix: `bench${randomBytes(3).toString('hex')}`,
    env: { LOG_LEVEL: 'warn', RELAY_AFTER_SECONDS: '30', ...(flags.concurrency ? { WORKER_CONCURRENCY: flags.concurrency } : {}) },
  });
  const protector = createDataProtector(Buffer.from(settings.dataKey, 'base64'));
  const database = await connectDatabase({ url: databaseUrl, max: 2 });
  const processes: ProductProcess[] = [];
  const fake = await startFakeTwilio({ accountSid: TEST_ACCOUNT_SID, authToken: TEST_AUTH_TOKEN });
  try {
    await migrateDatabase(database);
    if (flags.statements && !flags['shared-postgres']) await database.sql`create extension if not exists pg_stat_statements`;
    await seedDemoCoaches(database.db, protector);
    await beforeStart(databaseUrl);
    settings.twilioUrl = fake.url;
    const nodeArgs = flags.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve('bench-results/profiles')}`] : [];
    for (let i = 0; i < num(flags.workers); i++) processes.push(await spawnProduct({ role: 'worker', settings, nodeArgs }));
    for (let i = 0; i < num(flags.apis); i++) processes.push(await spawnProduct({ role: 'api', settings, nodeArgs }));
    const webhookUrls = processes.filter((p) => p.role === 'api').map((p) => `${p.url}/twilio/whatsapp`);
    console.log(`[bench] ${backend}: ${processes.length} processes up; calibrating the script`);

    const repliesPerAnswer = await calibrate(fake, webhookUrls[0] ?? '').catch((error: unknown) => {
      for (const p of processes) console.error(`--- ${p.role} output:\n${p.output().slice(-3000)}`);
      throw error;
    });
    const cumulative = repliesPerAnswer.reduce<number[]>((acc, n) => [...acc, (acc[acc.length - 1] ?? 0) + n], []);
    const observer = new Observer(fake, cumulative);
    const keys = new Map<string, string>();
    const handoverOwner = async (ids: string[]) => {
      for (const phone of observer.people.keys()) {
        const address = phone.slice('whatsapp:'.length);
        const key = conversationKey(protector, 'whatsapp', address);
        if (!keys.has(key)) keys.set(key, address);
      }
      const rows =
        ids.length === 0
          ? []
          : await database.sql<{ id: string; key: string }[]>`select h.id::text as id, co.key from handovers h join cases c on c.id = h.case_id
              join youths y on y.id = c.youth_id join conversations co on co.id = y.conversation_id where h.id::text = any(${ids})`;
      return new Map(rows.map((r) => [r.id, keys.get(r.key) ?? '']));
    };

    const redisAddress = new URL(redisUrl);
    const cpuGroups: CpuGroups = {
      api: () => processes.filter((p) => p.role === 'api').flatMap((p) => (p.child.pid ? [p.child.pid] : [])),
      worker: () => processes.filter((p) => p.role === 'worker').flatMap((p) => (p.child.pid ? [p.child.pid] : [])),
      postgres: postgresProcesses,
      ...(backend === 'redis' ? { redis: processTree(`redis-server ${redisAddress.hostname}:${redisAddress.port || 6379}`) } : {}),
    };
    const phases: Record<string, PhaseFigures> = {};
    const common = { fake, observer, webhookUrls, script, drainSeconds: num(flags.drain), maxInFlight: num(flags['max-in-flight']), handoverOwner };
    for (const phase of [
      { name: 'latency', rate: num(flags['latency-rate']), seconds: num(flags['latency-seconds']) },
      { name: 'throughput', rate: num(flags.rate), seconds: num(flags.seconds) },
    ]) {
      if (!(phase.seconds > 0)) continue;
      console.log(`[bench] ${backend}: ${phase.name} phase, ${phase.rate} answers/s offered for ${phase.seconds} s`);
      const extraBefore = observer.extraReplies;
      const cpuBefore = cpuSnapshot(cpuGroups);
      const result = await runPhase({ ...common, ...phase });
      const cpu = cpuPerAnswer(cpuBefore, cpuSnapshot(cpuGroups), result.acked - result.unanswered);
      phases[phase.name] = figures(result, observer.extraReplies - extraBefore, cpu);
      const f = phases[phase.name];
      console.log(
        `[bench] ${backend} ${phase.name}: ${round(f?.ackedPerSecond ?? 0)} acked/s, ${round(f?.answeredPerSecond ?? 0)} answered/s, ack p99 ${f?.ackMs.p99} ms, reply p99 ${f?.replyMs.p99} ms, unanswered ${f?.unanswered}`,
      );
    }
    const inbound = Object.fromEntries(
      (await database.sql<{ status: string; n: number }[]>`select status, count(*)::int as n from inbound_messages group by status`).map((r) => [r.status, r.n]),
    );
    const processExits: Record<string, string> = {};
    for (const [i, p] of processes.entries()) {
      if (p.child.exitCode !== null) processExits[`${p.role}${i}`] = `exited early with ${p.child.exitCode}: ${p.output().slice(-500)}`;
    }
    return { backend, repliesPerAnswer, phases, inbound, processExits };
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await fake.close();
    if (flags.statements && !flags['shared-postgres']) await printStatements(database, backend);
    await database.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    if (backend === 'redis') await dropQueueKeys(redisUrl, settings.queuePrefix);
  }
}

function figures(result: PhaseResult, extraReplies: number, cpuMsPerAnswer: Record<string, number>): PhaseFigures {
  return {
    offeredRate: result.offeredRate,
    seconds: round(result.seconds),
    sent: result.sent,
    acked: result.acked,
    errors: result.errors,
    ackedPerSecond: round(result.ackedPerSecond),
    answeredPerSecond: round(result.answeredPerSecond),
    drainMs: result.drainMs,
    unanswered: result.unanswered,
    extraReplies,
    youngPeople: result.youngPeople,
    completedIntakes: result.completedIntakes,
    ackMs: summarize(result.ackLatency),
    replyMs: summarize(result.replyLatency),
    coachNoticeMs: summarize(result.coachLatency),
    cpuMsPerAnswer,
  };
}

/**
 * How many messages the bot sends after each answer of the script (one young person, one answer at
 * a time, waiting until nothing more arrives), so the load knows when a reply is complete.
 */
async function calibrate(fake: Awaited<ReturnType<typeof startFakeTwilio>>, webhookUrl: string): Promise<number[]> {
  const phone = '+447999999999';
  const to = `whatsapp:${phone}`;
  const count = () => fake.messages.filter((m) => m.to === to).length;
  const counts: number[] = [];
  for (const body of script) {
    const before = count();
    const result = await fake.sendInbound({ webhookUrl, from: phone, body, publicBaseUrl: PUBLIC_BASE_URL });
    if (result.status !== 200) throw new Error(`calibration: webhook answered ${result.status}`);
    const deadline = Date.now() + 60_000;
    while (count() === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    // Quiet for 500 ms: the turn's replies are all out.
    let last = count();
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      if (count() === last) break;
      last = count();
    }
    if (last === before) throw new Error(`calibration: no reply to answer ${counts.length + 1}`);
    counts.push(last - before);
  }
  console.log(`[bench] replies per answer: ${counts.join(' ')}`);
  return counts;
}

await main();

/**
 * `--statements`: where PostgreSQL's time went, per statement (pg_stat_statements on the benchmark's
 * own server). The statements as prepared, with `$1` for their parameters: no values are printed.
 */
async function printStatements(database: Awaited<ReturnType<typeof connectDatabase>>, backend: string): Promise<void> {
  const rows = await database.sql<{ calls: number; total_ms: number; mean_ms: number; query: string }[]>`
    select calls::int, round(total_exec_time::numeric, 1)::float8 as total_ms, round(mean_exec_time::numeric, 3)::float8 as mean_ms,
      left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 110) as query
    from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
    order by total_exec_time desc limit 15`;
  console.log(`\nPostgreSQL statements (${backend}), by total execution time: calls, total ms, mean ms, statement`);
  for (const row of rows) console.log(`  ${String(row.calls).padStart(7)} ${String(row.total_ms).padStart(9)} ${String(row.mean_ms).padStart(7)}  ${row.query}`);
}
