import type { Db } from './database.js';
import { statementCache } from './statement-cache.js';

/** Leave (请假 / 销假) and other worker state commands change at run time. */
export class WorkerStateRepository {
  private readonly prep;
  constructor(private readonly db: Db) {
    this.prep = statementCache(db);
  }
  onLeave(): Set<string> {
    const rows = this.prep('SELECT worker_id id FROM worker_state WHERE on_leave = 1').all() as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }
  setLeave(workerId: string, onLeave: boolean, at: number): void {
    this.prep('INSERT INTO worker_state (worker_id, on_leave, changed_at) VALUES (?, ?, ?) ON CONFLICT (worker_id) DO UPDATE SET on_leave = excluded.on_leave, changed_at = excluded.changed_at')
      .run(workerId, onLeave ? 1 : 0, at);
  }
}
