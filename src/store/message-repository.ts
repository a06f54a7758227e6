import type { Db } from './database.js';
import type { InboundMessage } from '../intake/inbound-message.js';

/** What became of an inbound message; stored so nothing is silently lost. */
export type MessageOutcome =
  | 'pending'
  | 'stale'
  | 'non_text'
  | 'own'
  | 'unknown_room'
  | 'ignored'
  | 'suspected'
  | 'case_opened'
  | 'case_attached'
  | 'command'
  | 'resident_reply'
  | 'failed';

export class MessageRepository {
  private readonly insertStmt;
  private readonly outcomeStmt;
  constructor(private readonly db: Db) {
    this.insertStmt = db.prepare(
      `INSERT OR IGNORE INTO messages (id, room_id, room_topic, sender_id, sender_name, kind, text, sent_at, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.outcomeStmt = db.prepare('UPDATE messages SET outcome = ?, label = ?, confidence = ?, case_id = ?, detail = ? WHERE id = ?');
  }

  /** Stores the message once; returns false when this id was already stored (a redelivery). */
  insert(m: InboundMessage, receivedAt: number): boolean {
    return this.insertStmt.run(m.id, m.roomId, m.roomTopic, m.senderId, m.senderName, m.kind, m.text, m.sentAt, receivedAt).changes > 0;
  }

  setOutcome(id: string, outcome: MessageOutcome, extra: { label?: string; confidence?: number; caseId?: number; detail?: string } = {}): void {
    this.outcomeStmt.run(outcome, extra.label ?? null, extra.confidence ?? null, extra.caseId ?? null, extra.detail ?? null, id);
  }

  /** The short reference (Q12) a worker can type for this message. */
  rowidOf(id: string): number | null {
    return (this.db.prepare('SELECT rowid r FROM messages WHERE id = ?').get(id) as { r: number } | undefined)?.r ?? null;
  }

  outcomeOf(id: string): MessageOutcome | null {
    const row = this.db.prepare('SELECT outcome FROM messages WHERE id = ?').get(id) as { outcome: MessageOutcome } | undefined;
    return row?.outcome ?? null;
  }

  /** Messages stored but not processed: a crash hit between storing and deciding. */
  pending(): InboundMessage[] {
    return this.db
      .prepare(
        `SELECT id, room_id roomId, room_topic roomTopic, sender_id senderId, sender_name senderName, kind, text, sent_at sentAt
         FROM messages WHERE outcome = 'pending' ORDER BY received_at`,
      )
      .all()
      .map((r) => ({ ...(r as InboundMessage), mentions: [], quotedText: null }));
  }

  get(id: string): { id: string; text: string; senderId: string; roomId: string | null; outcome: MessageOutcome; sentAt: number } | null {
    return (
      (this.db
        .prepare('SELECT id, text, sender_id senderId, room_id roomId, outcome, sent_at sentAt FROM messages WHERE id = ?')
        .get(id) as ReturnType<MessageRepository['get']>) ?? null
    );
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) n FROM messages').get() as { n: number }).n;
  }
}
