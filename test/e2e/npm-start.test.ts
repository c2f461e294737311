import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../drizzle/connection';

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

function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['HOST', 'DATABASE_URL', 'REDIS_URL', 'TEST_DATABASE_URL', 'ADMIN_TOKEN', 'DATA_KEY', 'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_WHATSAPP_FROM']) {
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
