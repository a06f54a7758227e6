import type { Db } from './database.js';
import { statementCache } from './statement-cache.js';

/** Small named facts remembered across restarts. */
export class KvRepository {
  private readonly prep;
  constructor(private readonly db: Db) {
    this.prep = statementCache(db);
  }
  get(key: string): string | null {
    return (this.prep('SELECT value FROM kv WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
  }
  set(key: string, value: string): void {
    this.prep('INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }
}
