import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

/** Prepares each SQL text once per connection: preparing costs more than running on the hot path. */
export function statementCache(db: Db): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}
