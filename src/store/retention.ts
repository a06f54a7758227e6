import type { Db } from './database.js';
import type { MessageOutcome } from './message-repository.js';

/**
 * Outcomes whose raw text may go after the retention period: chit-chat and noise. An allow
 * list on purpose: an outcome added later is kept until someone decides it is noise.
 * Case messages, suspects, commands, feedback, pending and failed messages are evidence.
 */
export const CHIT_CHAT_OUTCOMES: readonly MessageOutcome[] = ['ignored', 'stale', 'non_text', 'unknown_room', 'own'];

const DAY = 86_400_000;
const BATCH = 2_000;

/**
 * Deletes chit-chat messages received more than `days` ago; returns how many. Works in small
 * transactions so the bot's writes are never held up for long. A message some case still
 * quotes (case_reports or case_id) is kept whatever its outcome. case_reports and the
 * append-only case_events are never touched. No VACUUM: it may renumber the messages rowids
 * that suspect cards (Q12) refer to; freed pages are reused by later inserts instead.
 */
export function deleteOldChitChat(db: Db, now: number, days: number): number {
  if (!Number.isFinite(days) || days <= 0) throw new Error(`retention days must be positive, got ${days}`);
  const cutoff = now - days * DAY;
  const outcomes = CHIT_CHAT_OUTCOMES.map(() => '?').join(',');
  const stmt = db.prepare(
    `DELETE FROM messages WHERE rowid IN (
       SELECT m.rowid FROM messages m
       WHERE m.outcome IN (${outcomes}) AND m.received_at < ? AND m.case_id IS NULL
         -- NOT IN builds one temporary index per batch; case_reports has none on message_id.
         AND m.id NOT IN (SELECT message_id FROM case_reports)
       LIMIT ${BATCH})`,
  );
  let total = 0;
  for (;;) {
    const n = db.transaction(() => stmt.run(...CHIT_CHAT_OUTCOMES, cutoff).changes)();
    total += n;
    if (n < BATCH) return total;
  }
}
