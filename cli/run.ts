import { performance } from 'node:perf_hooks';
import { ConfigError, loadConfigFromEnvironment } from '../config';
import { createLogger } from './logger';
import { SecretsError } from './secrets';
import { startStack } from './start-stack';
import { warmSafetyNet } from '../flows/safety-signal';

/**
 * Runs the product as a process: reads the settings once, starts the chosen roles, prints where
 * to chat, and shuts down cleanly on Ctrl-C / SIGTERM.
 */
export async function run(roles: { api: boolean; worker: boolean }): Promise<void> {
  let config;
  try {
    // The one place the environment is read (DESIGN.md rule 7).
    config = loadConfigFromEnvironment();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  // Before the first job: the first young person's reply should not wait for the safety net's lexicons.
  if (roles.worker) warmSafetyNet();
  const stack = await startStack({ config, logger, roles, listen: roles.api }).catch((error: unknown) => {
    // A data folder whose secrets do not fit the settings is the operator's to fix: the message, no trace.
    if (!(error instanceof SecretsError)) throw error;
    console.error(error.message);
    process.exit(1);
  });
  // performance.now() counts from the start of the process, so this includes loading the code.
  const readyMs = Math.round(performance.now());

  const lines = [`Jongerenloket front door ready in ${readyMs} ms (${[roles.api && 'api', roles.worker && 'worker'].filter(Boolean).join(' + ')}).`];
  lines.push(`  database: ${stack.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}; queue: BullMQ on ${stack.queues.backend === 'redis' ? 'Redis' : 'PostgreSQL'}`);
  if (roles.api) {
    lines.push(`  web chat:        ${config.publicBaseUrl}/chat`);
    lines.push(`  Twilio webhook:  ${config.publicBaseUrl}/twilio/whatsapp   status callback: ${config.publicBaseUrl}/twilio/status`);
    lines.push(`  coach API:       ${config.publicBaseUrl}/api/handovers   (Authorization: Bearer <token>)`);
    // Shown once, when it is made; after that it is only in the secrets file.
    if (stack.adminTokenGenerated) lines.push(`  admin token:     ${stack.adminToken}   (shown once; kept in ${config.dataDir}/secrets.json)`);
  }
  if (stack.seeded > 0) lines.push(`  seeded ${stack.seeded} demo coaches (Amstelveen and Aalsmeer).`);
  if (roles.api) lines.push(`  dashboard:       ${config.publicBaseUrl}/dashboard`);
  if (stack.demoPassword && stack.demoStaff.length > 0) {
    lines.push(`  demo sign-in:    ${stack.demoStaff.slice(0, 3).join(', ')}, … (${stack.demoStaff.length} accounts), password "${stack.demoPassword}" (shown once: write it down)`);
  }
  if (roles.api && config.host !== '127.0.0.1' && stack.embedded) lines.push(`  listening on ${config.host}: the demo is reachable from the network`);
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing turns in flight');
    stack
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
