import type { Db } from '../store/database.js';
import type { OutboxItem } from '../store/outbox-repository.js';
import { OutboxRepository } from '../store/outbox-repository.js';
import { composeBatch } from '../outbox/dispatcher.js';
import { DeliveryLog } from './delivery-log.js';

/** How many times the store believes each (target, text) was sent, batch by batch. */
export function sentCounts(db: Db, targetOf: (item: OutboxItem) => string): Map<string, number> {
  const batches = new Map<number, OutboxItem[]>();
  for (const item of new OutboxRepository(db).sent()) {
    const key = item.batchId ?? -item.id;
    batches.set(key, [...(batches.get(key) ?? []), item]);
  }
  const counts = new Map<string, number>();
  for (const batch of batches.values()) {
    const k = DeliveryLog.key(targetOf(batch[0]!), composeBatch(batch.sort((a, b) => a.id - b.id)));
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
