import type { Config } from '../config';
import { connectDatabase, embeddedUrl, migrateDatabase, runningEmbeddedPort, startEmbeddedPostgres, type Database } from '../drizzle/connection';
import { embeddedSecrets } from './secrets';

export interface CommandDatabase {
  database: Database;
  /** The current data key (from the settings, or the embedded demo's generated one). */
  dataKey: Buffer;
  close(): Promise<void>;
}

/**
 * The database for a one-off command (`npm run keys:rotate`, `npm run twilio:sync`), migrated:
 * DATABASE_URL; or the embedded PostgreSQL of DATA_DIR — the running one when the product runs (two
 * servers cannot share a folder), otherwise one started for the command and stopped after it.
 */
export async function openCommandDatabase(config: Config): Promise<CommandDatabase> {
  if (config.databaseUrl) {
    if (!config.dataKey) throw new Error('DATA_KEY or DATA_KEY_FILE is required');
    const database = await connectDatabase({ url: config.databaseUrl, max: 2 });
    await migrateDatabase(database);
    return { database, dataKey: config.dataKey, close: () => database.close() };
  }
  const secrets = await embeddedSecrets({ dataDir: config.dataDir, dataKey: config.dataKey, previousDataKeys: config.previousDataKeys, adminToken: config.adminToken });
  const port = await runningEmbeddedPort(config.dataDir);
  const server = port
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, postgresPassword: secrets.postgresPassword, appPassword: secrets.databasePassword });
  const url = server?.url ?? embeddedUrl({ port: port ?? 0, appPassword: secrets.databasePassword });
  const database = await connectDatabase({ url, max: 2 });
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    await server?.stop();
    throw error;
  }
  return {
    database,
    dataKey: secrets.dataKey,
    async close() {
      await database.close();
      await server?.stop();
    },
  };
}
