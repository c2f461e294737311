import type { Database } from '../drizzle/connection';
import { countHit, sweepCounters } from '../drizzle/rate-limit-counters';

/** What @fastify/rate-limit asks of a store: count a hit of `key` and say how many and for how long. */
type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Of every this many hits, one also deletes the counters whose window ended. */
const SWEEP_EVERY = 200;

/**
 * Rate-limit counters in PostgreSQL, so every api process counts against the same limit (a fixed window
 * per key). A route's method and path prefix the key, as @fastify/rate-limit's own Redis store does.
 */
export class PostgresRateLimitStore {
  private hits = 0;

  constructor(
    private readonly database: Database,
    private readonly prefix = '',
    private readonly timeWindow = 60_000,
  ) {}

  /** @fastify/rate-limit passes the window too; its types leave it out. */
  incr(key: string, callback: Callback, timeWindow?: number): void {
    this.count(`${this.prefix}${key}`, timeWindow ?? this.timeWindow).then(
      (result) => callback(null, result),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  }

  /** `options` are the merged limit settings of a route (or a `createRateLimit` call), with its `routeInfo`. */
  child(options: object): PostgresRateLimitStore {
    const routeOptions = options as { routeInfo?: { method?: string; url?: string }; timeWindow?: unknown };
    const route = routeOptions.routeInfo?.url ? `${routeOptions.routeInfo.method} ${routeOptions.routeInfo.url} ` : '';
    const window = typeof routeOptions.timeWindow === 'number' ? routeOptions.timeWindow : this.timeWindow;
    return new PostgresRateLimitStore(this.database, `${this.prefix}${route}`, window);
  }

  private async count(key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
    if (++this.hits % SWEEP_EVERY === 0) await sweepCounters(this.database.db);
    return countHit(this.database.db, { key, windowMs });
  }
}
