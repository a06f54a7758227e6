import type { Db } from '../store/database.js';
import type { TranscriptEvent } from '../replay/transcript.js';
import { DeliveryLog } from './delivery-log.js';
import { sentCounts } from './sent-batches.js';

export interface ChaosReport {
  messages: number;
  cases: number;
  sent: number;
  problems: string[];
}

/** The invariants after any number of kills: stored once, one case each, sent exactly once, no deadline lost. */
export function verifyChaos(db: Db, feed: TranscriptEvent[], log: DeliveryLog): ChaosReport {
  const problems: string[] = [];
  const { n, d } = db.prepare('SELECT COUNT(*) n, COUNT(DISTINCT id) d FROM messages').get() as { n: number; d: number };
  if (n !== feed.length || d !== feed.length) problems.push(`messages stored ${n} (distinct ${d}), fed ${feed.length}`);
  const undecided = db.prepare("SELECT COUNT(*) n FROM messages WHERE outcome IN ('pending','failed')").get() as { n: number };
  if (undecided.n > 0) problems.push(`${undecided.n} messages pending or failed`);

  const twice = db.prepare('SELECT message_id, COUNT(DISTINCT case_id) c FROM case_reports GROUP BY message_id HAVING c > 1').all();
  if (twice.length > 0) problems.push(`${twice.length} messages belong to more than one case`);
  const cases = (db.prepare('SELECT COUNT(*) n FROM cases').get() as { n: number }).n;
  const opened = (db.prepare("SELECT COUNT(*) n FROM messages WHERE outcome = 'case_opened'").get() as { n: number }).n;
  if (cases !== opened) problems.push(`${cases} cases but ${opened} messages opened one`);

  const unsent = db.prepare("SELECT status, COUNT(*) n FROM outbox WHERE status != 'sent' GROUP BY status").all() as { status: string; n: number }[];
  for (const u of unsent) problems.push(`${u.n} outbox rows ${u.status}`);
  const target = (toId: string | null, roomId: string | null) => toId ?? `room:${roomId}`;
  const recorded = sentCounts(db, (i) => target(i.toId, i.roomId));
  const delivered = log.counts();
  let sent = 0;
  for (const [k, count] of recorded) {
    sent += count;
    const got = delivered.get(k) ?? 0;
    if (got !== count) problems.push(`sent ${got}× but recorded ${count}×: ${k.replace('\u0000', ' | ').slice(0, 80)}`);
  }
  for (const [k, got] of delivered) if (!recorded.has(k)) problems.push(`delivered ${got}× but never recorded: ${k.replace('\u0000', ' | ').slice(0, 80)}`);

  const finished = db.prepare("SELECT value FROM kv WHERE key = 'chaos:finished_at'").get() as { value: string } | undefined;
  if (!finished) problems.push('the final run did not finish');
  else {
    const late = db.prepare('SELECT COUNT(*) n FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= ?').get(Number(finished.value)) as { n: number };
    if (late.n > 0) problems.push(`${late.n} deadlines never fired`);
  }
  return { messages: n, cases, sent, problems };
}
