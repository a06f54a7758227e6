import type { Db } from './database.js';
import { statementCache } from './statement-cache.js';

export interface KnownRoom {
  id: string;
  topic: string;
  grid: string;
  estate: string;
}

/** Rooms remembered by id once matched by topic, so a renamed group keeps its grid. */
export class RoomRepository {
  private readonly prep;
  constructor(private readonly db: Db) {
    this.prep = statementCache(db);
  }

  get(id: string): KnownRoom | null {
    return (this.prep('SELECT id, topic, grid, estate FROM rooms WHERE id = ?').get(id) as KnownRoom | undefined) ?? null;
  }

  remember(room: KnownRoom, at: number): void {
    this.prep('INSERT OR IGNORE INTO rooms (id, topic, grid, estate, first_seen_at) VALUES (?, ?, ?, ?, ?)').run(room.id, room.topic, room.grid, room.estate, at);
  }

  /** The room id last remembered for a configured topic (to post into a group by its topic). */
  idForTopic(topic: string): string | null {
    const row = this.prep('SELECT id FROM rooms WHERE topic = ? ORDER BY first_seen_at DESC LIMIT 1').get(topic) as { id: string } | undefined;
    return row?.id ?? null;
  }
}
