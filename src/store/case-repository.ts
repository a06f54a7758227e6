import type { Db } from './database.js';
import { statementCache } from './statement-cache.js';
import type { Case, CaseStatus } from '../cases/case.js';
import type { CaseEvent } from '../cases/case-event.js';
import type { CaseLabel } from '../classify/labels.js';

interface CaseRow {
  id: number;
  category: string;
  urgent: number;
  location: string | null;
  room_id: string | null;
  room_topic: string | null;
  grid: string | null;
  reporter_id: string;
  reporter_name: string;
  summary: string;
  status: string;
  assignee_id: string | null;
  created_at: number;
  response_due_at: number;
  closure_due_at: number;
  first_response_at: number | null;
  resolved_at: number | null;
  closed_at: number | null;
  resolution_note: string | null;
  merged_into: number | null;
  reopen_count: number;
  satisfaction: number | null;
  updated_at: number;
}

function toCase(r: CaseRow): Case {
  return {
    id: r.id,
    category: r.category as CaseLabel,
    urgent: r.urgent === 1,
    location: r.location,
    roomId: r.room_id,
    roomTopic: r.room_topic,
    grid: r.grid,
    reporterId: r.reporter_id,
    reporterName: r.reporter_name,
    summary: r.summary,
    status: r.status as CaseStatus,
    assigneeId: r.assignee_id,
    createdAt: r.created_at,
    responseDueAt: r.response_due_at,
    closureDueAt: r.closure_due_at,
    firstResponseAt: r.first_response_at,
    resolvedAt: r.resolved_at,
    closedAt: r.closed_at,
    resolutionNote: r.resolution_note,
    mergedInto: r.merged_into,
    reopenCount: r.reopen_count,
    satisfaction: r.satisfaction,
    updatedAt: r.updated_at,
  };
}

const COLUMN: Record<keyof Omit<Case, 'id'>, string> = {
  category: 'category',
  urgent: 'urgent',
  location: 'location',
  roomId: 'room_id',
  roomTopic: 'room_topic',
  grid: 'grid',
  reporterId: 'reporter_id',
  reporterName: 'reporter_name',
  summary: 'summary',
  status: 'status',
  assigneeId: 'assignee_id',
  createdAt: 'created_at',
  responseDueAt: 'response_due_at',
  closureDueAt: 'closure_due_at',
  firstResponseAt: 'first_response_at',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
  resolutionNote: 'resolution_note',
  mergedInto: 'merged_into',
  reopenCount: 'reopen_count',
  satisfaction: 'satisfaction',
  updatedAt: 'updated_at',
};

const toSql = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

export interface CaseReport {
  caseId: number;
  messageId: string;
  reporterId: string;
  reporterName: string;
  roomId: string | null;
  text: string;
  at: number;
}

export type NewCase = Omit<Case, 'id' | 'firstResponseAt' | 'resolvedAt' | 'closedAt' | 'resolutionNote' | 'mergedInto' | 'reopenCount' | 'satisfaction' | 'updatedAt'>;

/** Cases, their reports and their audit events. */
export class CaseRepository {
  private readonly prep;
  private readonly getStmt;
  private readonly eventStmt;
  constructor(private readonly db: Db) {
    this.prep = statementCache(db);
    this.getStmt = db.prepare<[number], CaseRow>('SELECT * FROM cases WHERE id = ?');
    this.eventStmt = db.prepare(
      'INSERT INTO case_events (case_id, at, actor_id, type, from_status, to_status, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  create(c: NewCase): Case {
    const info = this.prep(
        `INSERT INTO cases (category, urgent, location, room_id, room_topic, grid, reporter_id, reporter_name, summary,
           status, assignee_id, created_at, response_due_at, closure_due_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.category, c.urgent ? 1 : 0, c.location, c.roomId, c.roomTopic, c.grid, c.reporterId, c.reporterName, c.summary,
        c.status, c.assigneeId, c.createdAt, c.responseDueAt, c.closureDueAt, c.createdAt);
    return this.get(Number(info.lastInsertRowid))!;
  }

  get(id: number): Case | null {
    const row = this.getStmt.get(id);
    return row ? toCase(row) : null;
  }

  update(id: number, patch: Partial<Omit<Case, 'id'>>): Case {
    const keys = Object.keys(patch) as (keyof typeof COLUMN)[];
    if (keys.length > 0) {
      const sets = keys.map((k) => `${COLUMN[k]} = ?`).join(', ');
      this.prep(`UPDATE cases SET ${sets} WHERE id = ?`).run(...keys.map((k) => toSql(patch[k])), id);
    }
    return this.get(id)!;
  }

  addReport(r: CaseReport): boolean {
    const info = this.prep('INSERT OR IGNORE INTO case_reports (case_id, message_id, reporter_id, reporter_name, room_id, text, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(r.caseId, r.messageId, r.reporterId, r.reporterName, r.roomId, r.text, r.at);
    return info.changes > 0;
  }

  reports(caseId: number): CaseReport[] {
    return this.prep(
        `SELECT case_id caseId, message_id messageId, reporter_id reporterId, reporter_name reporterName, room_id roomId, text, at
         FROM case_reports WHERE case_id = ? ORDER BY at`,
      )
      .all(caseId) as CaseReport[];
  }

  reporterIds(caseId: number): string[] {
    const rows = this.prep('SELECT DISTINCT reporter_id id FROM case_reports WHERE case_id = ? ORDER BY at').all(caseId) as { id: string }[];
    return rows.map((r) => r.id);
  }

  appendEvent(e: CaseEvent): void {
    this.eventStmt.run(e.caseId, e.at, e.actorId, e.type, e.fromStatus ?? null, e.toStatus ?? null, e.detail ?? null);
  }

  events(caseId: number): CaseEvent[] {
    return this.prep('SELECT case_id caseId, at, actor_id actorId, type, from_status fromStatus, to_status toStatus, detail FROM case_events WHERE case_id = ? ORDER BY id')
      .all(caseId) as CaseEvent[];
  }

  /** The few columns duplicate detection compares, for active cases of a category, newest first. */
  duplicateCandidates(category: CaseLabel, since: number): { id: number; location: string | null; roomId: string | null; reporterId: string }[] {
    return this.prep(
      `SELECT id, location, room_id roomId, reporter_id reporterId FROM cases
       WHERE category = ? AND created_at >= ? AND status IN ('open','acknowledged','reopened','resolved')
       ORDER BY created_at DESC LIMIT 50`,
    ).all(category, since) as { id: number; location: string | null; roomId: string | null; reporterId: string }[];
  }

  /** Active cases reported from a room (for follow-ups such as "还没修好"), newest first. */
  activeInRoom(roomId: string, since: number): Case[] {
    return (
      this.prep(
          `SELECT c.* FROM cases c WHERE c.status IN ('open','acknowledged','reopened','resolved') AND c.created_at >= ?
             AND c.id IN (SELECT case_id FROM case_reports WHERE room_id = ?)
           ORDER BY c.created_at DESC LIMIT 20`,
        )
        .all(since, roomId) as CaseRow[]
    ).map(toCase);
  }

  /** Cases a contact reported, newest first. */
  reportedBy(reporterId: string, limit = 5): Case[] {
    return (
      this.prep(
          `SELECT c.* FROM cases c WHERE c.id IN (SELECT case_id FROM case_reports WHERE reporter_id = ?)
           ORDER BY c.created_at DESC LIMIT ?`,
        )
        .all(reporterId, limit) as CaseRow[]
    ).map(toCase);
  }

  byAssignee(assigneeId: string, statuses: readonly CaseStatus[]): Case[] {
    const marks = statuses.map(() => '?').join(',');
    return (
      this.prep(`SELECT * FROM cases WHERE assignee_id = ? AND status IN (${marks}) ORDER BY created_at DESC`)
        .all(assigneeId, ...statuses) as CaseRow[]
    ).map(toCase);
  }

  byStatus(statuses: readonly CaseStatus[]): Case[] {
    const marks = statuses.map(() => '?').join(',');
    return (this.prep(`SELECT * FROM cases WHERE status IN (${marks}) ORDER BY id`).all(...statuses) as CaseRow[]).map(toCase);
  }

  all(): Case[] {
    return (this.prep('SELECT * FROM cases ORDER BY id').all() as CaseRow[]).map(toCase);
  }

  count(): number {
    return (this.prep('SELECT COUNT(*) n FROM cases').get() as { n: number }).n;
  }
}
