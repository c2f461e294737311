import { run } from './run';

// `npm run worker`: only the queue processors and the relay.
await run({ api: false, worker: true });
