import { ConfigError, loadConfigFromEnvironment } from '../config';
import { createDataProtector } from '../cases/privacy/data-protector';
import { rotateKeys } from '../cases/privacy/rotate-keys';
import { openCommandDatabase } from './command-database';
import { forgetStoredDataKey } from './secrets';

/**
 * `npm run keys:rotate`: after DATA_KEY (or DATA_KEY_FILE) became a new key and the old one a
 * previous key (DATA_KEYS_PREVIOUS or DATA_KEY_PREVIOUS_FILE), and every process was restarted
 * with those settings, re-encrypts what the old keys made, while the product runs. Prints counts
 * only. Exits 1 while anything is left, so a script knows when the previous keys may go.
 */
try {
  const config = loadConfigFromEnvironment();
  const opened = await openCommandDatabase(config);
  try {
    const protector = createDataProtector(opened.dataKey, config.previousDataKeys);
    console.log(`Re-encrypting under key ${protector.currentKeyId} (previous keys: ${config.previousDataKeys.length}).`);
    const results = await rotateKeys({ db: opened.database.db, protector });
    let trouble = 0;
    for (const r of results) {
      console.log(`  ${r.column.padEnd(44)} re-encrypted ${String(r.reencrypted).padStart(7)}   unreadable ${r.unreadable}   left ${r.left}`);
      trouble += r.unreadable + r.left;
    }
    const total = results.reduce((sum, r) => sum + r.reencrypted, 0);
    console.log(
      trouble === 0
        ? `Done: ${total} values re-encrypted; everything is under key ${protector.currentKeyId}. The previous keys can be removed.`
        : `${total} values re-encrypted; ${trouble} not (see above): keep the previous keys and run it again.`,
    );
    if (trouble === 0 && !config.databaseUrl && (await forgetStoredDataKey(config.dataDir, opened.dataKey))) {
      console.log(`The old key is no longer in ${config.dataDir}/secrets.json: keep it with the previous keys only as long as old backups need it.`);
    }
    process.exitCode = trouble === 0 ? 0 : 1;
  } finally {
    await opened.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error);
  process.exit(1);
}
