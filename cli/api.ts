import { run } from './run';

// `npm run api`: only the HTTP side (webhook, web chat, coach API); run workers apart.
await run({ api: true, worker: false });
