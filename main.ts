import { run } from './cli/run';

// `npm start`: api and worker in one process, on embedded PostgreSQL unless DATABASE_URL is set.
await run({ api: true, worker: true });
