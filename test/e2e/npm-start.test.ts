import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
    expect(first.output).toMatch(/demo sign-in: .+password "jongerenloket-demo"/);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
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
    expect(again.output).toContain(token);
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
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'TEST_DATABASE_URL', 'ADMIN_TOKEN', 'DATA_KEY', 'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_WHATSAPP_FROM']) {
    delete env[name];
  }
  return env;
}

async function start(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: string; readyMs: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
    env: { ...cleanEnv(), ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
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

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}
