import type { Db } from './database.js';
import { statementCache } from './statement-cache.js';

export type TimerKind =
  | 'response_half'
  | 'response_backup'
  | 'response_breach'
  | 'closure_reminder'
  | 'closure_breach'
  | 'auto_close';

export interface Timer {
  id: number;
  caseId: number;
  kind: TimerKind;
  dueAt: number;
}

/** Persisted deadlines; a restart loses none, and firing is recorded so a re-run tick sends nothing twice. */
export class TimerRepository {
  private readonly prep;
  constructor(private readonly db: Db) {
    this.prep = statementCache(db);
  }

  /** Schedules (or re-schedules, if not fired yet) a timer of this kind for the case. */
  schedule(caseId: number, kind: TimerKind, dueAt: number): void {
    this.prep(
        `INSERT INTO timers (case_id, kind, due_at) VALUES (?, ?, ?)
         ON CONFLICT (case_id, kind) DO UPDATE SET due_at = excluded.due_at, fired_at = NULL, cancelled_at = NULL`,
      )
      .run(caseId, kind, dueAt);
  }

  cancel(caseId: number, kinds: readonly TimerKind[], at: number): void {
    const stmt = this.prep('UPDATE timers SET cancelled_at = ? WHERE case_id = ? AND kind = ? AND fired_at IS NULL AND cancelled_at IS NULL');
    for (const k of kinds) stmt.run(at, caseId, k);
  }

  due(now: number): Timer[] {
    return this.prep('SELECT id, case_id caseId, kind, due_at dueAt FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= ? ORDER BY due_at, id')
      .all(now) as Timer[];
  }

  /** Records the firing; returns false if someone already fired it (the Chatwoot already_missed? guard). */
  markFired(id: number, at: number): boolean {
    return this.prep('UPDATE timers SET fired_at = ? WHERE id = ? AND fired_at IS NULL').run(at, id).changes > 0;
  }

  nextDueAt(): number | null {
    const row = this.prep('SELECT MIN(due_at) t FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL').get() as { t: number | null };
    return row.t;
  }

  pendingFor(caseId: number): Timer[] {
    return this.prep('SELECT id, case_id caseId, kind, due_at dueAt FROM timers WHERE case_id = ? AND fired_at IS NULL AND cancelled_at IS NULL')
      .all(caseId) as Timer[];
  }
}
