import type { Db } from './database.js';
import { statementCache } from './statement-cache.js';

export type OutboxKind = 'card' | 'ack' | 'reply' | 'reminder' | 'escalation' | 'follow_up' | 'suspect' | 'digest' | 'alert';

export interface OutboxItem {
  id: number;
  createdAt: number;
  notBefore: number;
  toId: string | null;
  roomId: string | null;
  text: string;
  kind: OutboxKind;
  caseId: number | null;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  sentAt: number | null;
  /** A file message (chart, export): the transport sends this file; `text` is the fallback. */
  filePath: string | null;
  batchId: number | null;
}

export interface NewOutboxItem {
  toId?: string | null;
  roomId?: string | null;
  text: string;
  kind: OutboxKind;
  caseId?: number | null;
  /** When set, a second enqueue with the same key is ignored (timers re-run, restarts). */
  dedupeKey?: string | null;
  notBefore?: number;
  filePath?: string | null;
}

const SELECT = `SELECT id, created_at createdAt, not_before notBefore, to_id toId, room_id roomId, text, kind, case_id caseId,
  status, attempts, sent_at sentAt, file_path filePath, batch_id batchId FROM outbox`;

/** The persisted queue of everything the bot will say. */
export class OutboxRepository {
  private readonly prep;
  constructor(private readonly db: Db) {
    this.prep = statementCache(db);
  }

  enqueue(item: NewOutboxItem, now: number): number | null {
    const info = this.prep(
        `INSERT OR IGNORE INTO outbox (created_at, not_before, to_id, room_id, text, kind, case_id, dedupe_key, file_path)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(now, item.notBefore ?? now, item.toId ?? null, item.roomId ?? null, item.text, item.kind, item.caseId ?? null, item.dedupeKey ?? null, item.filePath ?? null);
    return info.changes > 0 ? Number(info.lastInsertRowid) : null;
  }

  /** Pending items that may go now, oldest first. */
  due(now: number, limit: number): OutboxItem[] {
    return this.prep(`${SELECT} WHERE status = 'pending' AND not_before <= ? ORDER BY not_before, id LIMIT ?`).all(now, limit) as OutboxItem[];
  }

  nextNotBefore(): number | null {
    const row = this.prep(`SELECT MIN(not_before) t FROM outbox WHERE status = 'pending'`).get() as { t: number | null };
    return row.t;
  }

  pendingCount(): number {
    return (this.prep(`SELECT COUNT(*) n FROM outbox WHERE status IN ('pending','sending')`).get() as { n: number }).n;
  }

  sentSince(since: number): number {
    return (this.prep(`SELECT COUNT(DISTINCT COALESCE(batch_id, id)) n FROM outbox WHERE status = 'sent' AND sent_at >= ?`).get(since) as { n: number }).n;
  }

  /** Marks items as being sent together; a crash leaves them 'sending' for recovery. */
  markSending(ids: number[], batchId: number): void {
    const stmt = this.prep(`UPDATE outbox SET status = 'sending', attempts = attempts + 1, batch_id = ? WHERE id = ?`);
    this.db.transaction(() => ids.forEach((id) => stmt.run(batchId, id)))();
  }

  markSent(ids: number[], at: number): void {
    const stmt = this.prep(`UPDATE outbox SET status = 'sent', sent_at = ?, error = NULL WHERE id = ?`);
    this.db.transaction(() => ids.forEach((id) => stmt.run(at, id)))();
  }

  /** Back to pending (retry later) or failed for good after too many attempts. */
  markFailed(ids: number[], error: string, retryAt: number, maxAttempts: number): void {
    const stmt = this.prep(
      `UPDATE outbox SET status = CASE WHEN attempts >= ? THEN 'failed' ELSE 'pending' END, not_before = ?, error = ? WHERE id = ?`,
    );
    this.db.transaction(() => ids.forEach((id) => stmt.run(maxAttempts, retryAt, error.slice(0, 500), id)))();
  }

  /** Back to the queue without counting the attempt (the transport, not the item, failed). */
  requeue(ids: number[]): void {
    const stmt = this.prep(`UPDATE outbox SET status = 'pending', attempts = MAX(0, attempts - 1) WHERE id = ? AND status = 'sending'`);
    this.db.transaction(() => ids.forEach((id) => stmt.run(id)))();
  }

  maxBatchId(): number {
    return (this.prep('SELECT COALESCE(MAX(batch_id), 0) m FROM outbox').get() as { m: number }).m;
  }

  /** Items a crash left half-sent. */
  sending(): OutboxItem[] {
    return this.prep(`${SELECT} WHERE status = 'sending' ORDER BY id`).all() as OutboxItem[];
  }

  all(): OutboxItem[] {
    return this.prep(`${SELECT} ORDER BY id`).all() as OutboxItem[];
  }

  sent(): OutboxItem[] {
    return this.prep(`${SELECT} WHERE status = 'sent' ORDER BY sent_at, id`).all() as OutboxItem[];
  }
}
