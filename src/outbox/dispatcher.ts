import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { Clock } from '../clock/clock.js';
import type { OutboxItem, OutboxRepository } from '../store/outbox-repository.js';
import type { Sender } from './sender.js';

const BATCHABLE = new Set(['card', 'suspect', 'reminder']);
const MAX_ATTEMPTS = 10;

/**
 * Drains the persisted outbox within WeChat's tolerance: at most `perMinute` sends in any
 * minute, a small random gap between sends, and several cards to one worker as one message.
 */
export class OutboxDispatcher {
  private nextSendAt = 0;
  private batchSeq: number;
  private busy = false;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly config: Config,
    private readonly clock: Clock,
    private readonly sender: Sender,
    private readonly log: Logger,
    private readonly random: () => number = Math.random,
  ) {
    this.batchSeq = outbox.maxBatchId();
  }

  /**
   * A crash may have left a batch half-sent. Where the transport can confirm delivery the
   * batch is settled; otherwise it goes again (a lost card is worse than a repeat).
   */
  recover(): number {
    const stuck = this.outbox.sending();
    const batches = new Map<number, OutboxItem[]>();
    for (const item of stuck) {
      const key = item.batchId ?? -item.id;
      batches.set(key, [...(batches.get(key) ?? []), item]);
    }
    for (const batch of batches.values()) {
      const ids = batch.map((i) => i.id);
      const first = batch[0]!;
      const delivered = this.sender.confirmDelivered?.({ toId: first.toId, roomId: first.roomId }, composeBatch(batch));
      if (delivered) this.outbox.markSent(ids, this.clock.now());
      else this.outbox.requeue(ids);
    }
    return stuck.length;
  }

  /** Sends what is due and allowed now; returns the number of chat messages sent. */
  async flush(): Promise<number> {
    // Offline: keep everything queued without burning attempts; login drains it.
    if (this.busy || !this.sender.isOnline()) return 0;
    this.busy = true;
    let sent = 0;
    try {
      for (;;) {
        const now = this.clock.now();
        if (now < this.nextSendAt) break;
        const used = this.outbox.sentSince(now - 60_000);
        if (used >= this.config.outbox.perMinute) break;
        const due = this.outbox.due(now, 50);
        if (due.length === 0) break;
        const batch = this.takeBatch(due);
        const ok = await this.send(batch);
        if (ok) sent++;
        const [lo, hi] = this.config.outbox.jitterMs;
        this.nextSendAt = this.clock.now() + lo + Math.floor(this.random() * Math.max(0, hi - lo));
      }
    } finally {
      this.busy = false;
    }
    return sent;
  }

  /** When the dispatcher next has something it could send (for simulated clocks). */
  nextWakeAt(): number | null {
    if (!this.sender.isOnline()) return null;
    const next = this.outbox.nextNotBefore();
    if (next === null) return null;
    const now = this.clock.now();
    let at = Math.max(next, this.nextSendAt);
    if (this.outbox.sentSince(now - 60_000) >= this.config.outbox.perMinute) at = Math.max(at, now + 1_000);
    return at;
  }

  private takeBatch(due: OutboxItem[]): OutboxItem[] {
    const first = due[0]!;
    if (!first.toId || !BATCHABLE.has(first.kind) || first.filePath) return [first];
    return due.filter((i) => i.toId === first.toId && BATCHABLE.has(i.kind) && !i.filePath).slice(0, 5);
  }

  private async send(batch: OutboxItem[]): Promise<boolean> {
    const ids = batch.map((i) => i.id);
    const first = batch[0]!;
    const text = composeBatch(batch);
    this.outbox.markSending(ids, ++this.batchSeq);
    try {
      // A transport that cannot send files sends the caption instead, so nothing is silently lost.
      if (first.filePath && this.sender.sendFile) await this.sender.sendFile({ toId: first.toId, roomId: first.roomId }, first.filePath);
      else if (first.roomId) await this.sender.sendToRoom(first.roomId, text);
      else await this.sender.sendToContact(first.toId!, text);
      this.outbox.markSent(ids, this.clock.now());
      return true;
    } catch (err) {
      const why = String((err as Error).message ?? err);
      if (!this.sender.isOnline()) {
        // The link dropped under us: not the message's fault, so it keeps its attempts.
        this.outbox.requeue(ids);
      } else {
        const attempt = batch[0]!.attempts + 1;
        this.log.warn({ err, ids, attempt }, 'send failed; will retry');
        this.outbox.markFailed(ids, why, this.clock.now() + Math.min(30_000 * 2 ** (attempt - 1), 30 * 60_000), MAX_ATTEMPTS);
      }
      return false;
    }
  }
}

/** The one chat message a batch becomes; recovery recomposes it to ask the transport. */
export function composeBatch(batch: OutboxItem[]): string {
  return batch.length === 1 ? batch[0]!.text : `您有 ${batch.length} 条新消息：\n${batch.map((i) => i.text).join('\n——————\n')}`;
}
