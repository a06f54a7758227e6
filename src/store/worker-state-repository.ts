import type { Db } from './database.js';

/** Leave (请假 / 销假) and other worker state commands change at run time. */
export class WorkerStateRepository {
  constructor(private readonly db: Db) {}
  onLeave(): Set<string> {
    const rows = this.db.prepare('SELECT worker_id id FROM worker_state WHERE on_leave = 1').all() as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }
  setLeave(workerId: string, onLeave: boolean, at: number): void {
    this.db
      .prepare('INSERT INTO worker_state (worker_id, on_leave, changed_at) VALUES (?, ?, ?) ON CONFLICT (worker_id) DO UPDATE SET on_leave = excluded.on_leave, changed_at = excluded.changed_at')
      .run(workerId, onLeave ? 1 : 0, at);
  }
}
