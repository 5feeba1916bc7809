/** Keys a limiter remembers at most: a flood of made-up addresses costs bounded memory. */
export const MAX_KEYS = 10_000;

/** A limit: `take` records a request and answers 0 when allowed, else the seconds to wait. */
export type Limiter = { take(key: string, now: number): number | Promise<number> };

/**
 * Sliding-window limit kept in this server process's memory: the limits with SQLite, where one
 * server runs (with DATABASE_URL they are counted in PostgreSQL, postgres-limits.ts). The key map
 * is bounded: past `maxKeys` the least recently seen client is forgotten, in constant time
 * (a Map keeps insertion order, and each hit re-inserts its key at the end).
 */
export class RateLimiter implements Limiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys: number = MAX_KEYS,
  ) {}

  /** Records a request; returns 0 when allowed, else the seconds until the client may try again. */
  take(key: string, now: number): number {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (recent.length >= this.limit) {
      const oldest = recent[0] ?? now;
      return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
    }
    recent.push(now);
    if (this.hits.size > this.maxKeys) {
      const stalest = this.hits.keys().next();
      if (!stalest.done) this.hits.delete(stalest.value);
    }
    return 0;
  }

  /** Keys remembered now (for tests and the benchmark). */
  get size(): number {
    return this.hits.size;
  }
}
