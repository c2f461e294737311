import type { Database } from '../drizzle/connection';

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
    const { sql } = this.database;
    if (++this.hits % SWEEP_EVERY === 0) await sql`delete from rate_limit_counters where window_ends_at < now()`;
    const [row] = await sql<Array<{ hits: number; ttl: number }>>`
      insert into rate_limit_counters as counter (key, hits, window_ends_at)
      values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
      on conflict (key) do update set
        hits = case when counter.window_ends_at <= now() then 1 else counter.hits + 1 end,
        window_ends_at = case when counter.window_ends_at <= now() then excluded.window_ends_at else counter.window_ends_at end
      returning hits, ceil(extract(epoch from (window_ends_at - now())) * 1000)::int as ttl`;
    return { current: row!.hits, ttl: Math.max(0, row!.ttl) };
  }
}
