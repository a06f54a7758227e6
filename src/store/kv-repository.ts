import type { Db } from './database.js';

/** Small named facts remembered across restarts. */
export class KvRepository {
  constructor(private readonly db: Db) {}
  get(key: string): string | null {
    return (this.db.prepare('SELECT value FROM kv WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
  }
  set(key: string, value: string): void {
    this.db.prepare('INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }
}
