import { randomInt } from 'node:crypto';
import type { Db } from './database.js';
import { statementCache } from './statement-cache.js';

export const UNBOUND_PREFIX = 'unbound:';
const CODE_TTL_MS = 24 * 3_600_000;
const MAX_WRONG_PER_HOUR = 5;

export type BindResult = { ok: true; workerId: string } | { ok: false; reason: 'unknown' | 'expired' | 'used' | 'throttled' | 'already_bound' };

/** Contact-id bindings for workers configured without a known WeChat id. */
export class BindingRepository {
  private readonly prep;
  constructor(private readonly db: Db) {
    this.prep = statementCache(db);
  }

  workerFor(contactId: string): string | null {
    return (this.prep('SELECT worker_id w FROM contact_bindings WHERE contact_id = ?').get(contactId) as { w: string } | undefined)?.w ?? null;
  }

  contactFor(workerId: string): string | null {
    return (this.prep('SELECT contact_id c FROM contact_bindings WHERE worker_id = ?').get(workerId) as { c: string } | undefined)?.c ?? null;
  }

  /** A fresh 6-digit code for this worker; older unused codes for the worker stop working. */
  issue(workerId: string, issuedBy: string, now: number): { code: string; expiresAt: number } {
    return this.db.transaction(() => {
      this.prep('UPDATE bind_codes SET expires_at = ? WHERE worker_id = ? AND used_at IS NULL AND expires_at > ?').run(now, workerId, now);
      let code: string;
      do code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      while (this.prep('SELECT 1 FROM bind_codes WHERE code = ?').get(code));
      const expiresAt = now + CODE_TTL_MS;
      this.prep('INSERT INTO bind_codes (code, worker_id, issued_by, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(code, workerId, issuedBy, now, expiresAt);
      return { code, expiresAt };
    })();
  }

  /** Uses a code: single-use, expiring, and throttled per contact. */
  redeem(code: string, contactId: string, now: number): BindResult {
    return this.db.transaction((): BindResult => {
      const wrong = (this.prep('SELECT COUNT(*) n FROM bind_attempts WHERE contact_id = ? AND at > ?').get(contactId, now - 3_600_000) as { n: number }).n;
      if (wrong >= MAX_WRONG_PER_HOUR) return { ok: false, reason: 'throttled' };
      const row = this.prep('SELECT worker_id w, expires_at e, used_at u FROM bind_codes WHERE code = ?').get(code) as { w: string; e: number; u: number | null } | undefined;
      const fail = (reason: 'unknown' | 'expired' | 'used'): BindResult => {
        this.prep('INSERT INTO bind_attempts (contact_id, at) VALUES (?, ?)').run(contactId, now);
        return { ok: false, reason };
      };
      if (!row) return fail('unknown');
      if (row.u !== null) return fail('used');
      if (row.e <= now) return fail('expired');
      if (this.workerFor(contactId)) return { ok: false, reason: 'already_bound' };
      this.prep('UPDATE bind_codes SET used_at = ?, used_by = ? WHERE code = ?').run(now, contactId, code);
      this.prep('DELETE FROM contact_bindings WHERE worker_id = ?').run(row.w);
      this.prep('INSERT INTO contact_bindings (contact_id, worker_id, bound_at) VALUES (?, ?, ?)').run(contactId, row.w, now);
      return { ok: true, workerId: row.w };
    })();
  }

  unboundWorkers(workerIds: readonly string[]): Set<string> {
    return new Set(workerIds.filter((id) => id.startsWith(UNBOUND_PREFIX) && !this.contactFor(id)));
  }
}
