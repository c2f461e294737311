import { ConfigError, loadConfigFromEnvironment } from '../config';
import { contentTemplates } from '../messages/content-templates';
import { syncContentTemplates } from '../messages/content-sync';
import { createTwilioClient } from '../messages/twilio-client';
import { openCommandDatabase } from './command-database';
import { createLogger } from './logger';

// `npm run twilio:sync`: creates the missing Twilio Content templates and requests WhatsApp approval.
try {
  const config = loadConfigFromEnvironment();
  if (!config.twilio) {
    console.error('Set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_WHATSAPP_FROM to sync templates.');
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel });
  const opened = await openCommandDatabase(config);
  const { database } = opened;
  try {
    const client = createTwilioClient({ ...config.twilio, apiBaseUrl: config.twilioApiBaseUrl });
    const sids = await syncContentTemplates({
      client,
      db: database.db,
      templates: contentTemplates,
      configuredSids: config.contentSids,
      requestApproval: true,
      log: logger,
    });
    for (const [name, sid] of Object.entries(sids)) console.log(`${name}: ${sid}`);
  } finally {
    await opened.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
