import type { Db } from '../store/database.js';
import type { CaseStatus } from '../cases/case.js';
import type { ActiveCase, CaseFact, ReportSource, Transition } from './case-facts.js';

// Rows are the domain shapes plus the columns SQLite adds; derived, not restated.
type CohortRow = Omit<CaseFact, 'transitions' | 'ratings'> & { resolvedAt: number | null };
interface EventRow {
  caseId: number;
  at: number;
  type: string;
  detail: string | null;
  toStatus: string | null;
}
type ActiveRow = ActiveCase & { status: CaseStatus; updatedAt: number };

const ACTIVE = new Set<string>(['open', 'acknowledged', 'reopened']);
// Ratings are stored as "5", "3", "1" or "not fixed" in the rated event's detail.
const SATISFIED = new Set(['5', '3', '4']);

/** The report's rows straight from SQLite, with history from case_events. */
export class SqliteReportSource implements ReportSource {
  private readonly cohortStmt;
  private readonly cohortEventsStmt;
  private readonly activeStmt;
  private readonly statusEventsStmt;

  constructor(db: Db) {
    this.cohortStmt = db.prepare<[number, number, number], CohortRow>(
      `SELECT id, category, grid, location, assignee_id assigneeId, status, created_at createdAt,
              first_response_at firstResponseAt, resolved_at resolvedAt
       FROM cases WHERE created_at >= ? AND created_at < ? AND created_at <= ? ORDER BY id`,
    );
    this.cohortEventsStmt = db.prepare<[number, number, number], EventRow>(
      `SELECT e.case_id caseId, e.at, e.type, e.detail, e.to_status toStatus FROM case_events e
       WHERE e.case_id IN (SELECT id FROM cases WHERE created_at >= ? AND created_at < ?)
         AND e.type IN ('resolved', 'reopened', 'rated') AND e.at <= ?
       ORDER BY e.case_id, e.at, e.id`,
    );
    // A case touched after asOf may have been active then even if it is not now.
    this.activeStmt = db.prepare<[number, number], ActiveRow>(
      `SELECT id, category, grid, location, assignee_id assigneeId, summary, status, created_at createdAt,
              closure_due_at closureDueAt, updated_at updatedAt
       FROM cases WHERE created_at <= ? AND (status IN ('open', 'acknowledged', 'reopened') OR updated_at > ?) ORDER BY id`,
    );
    this.statusEventsStmt = db.prepare<[string], EventRow>(
      `SELECT case_id caseId, at, type, detail, to_status toStatus FROM case_events
       WHERE case_id IN (SELECT value FROM json_each(?)) AND (to_status IS NOT NULL OR type = 'reopened')
       ORDER BY case_id, at, id`,
    );
  }

  cohort(from: number, to: number, asOf: number): CaseFact[] {
    const facts = new Map<number, CaseFact>();
    const fallback = new Map<number, number | null>();
    for (const r of this.cohortStmt.iterate(from, to, asOf)) {
      facts.set(r.id, {
        id: r.id,
        category: r.category,
        grid: r.grid,
        location: r.location,
        assigneeId: r.assigneeId,
        status: r.status,
        createdAt: r.createdAt,
        firstResponseAt: r.firstResponseAt,
        transitions: [],
        ratings: [],
      });
      fallback.set(r.id, (r.status === 'resolved' || r.status === 'closed') && r.resolvedAt !== null && r.resolvedAt <= asOf ? r.resolvedAt : null);
    }
    for (const e of this.cohortEventsStmt.iterate(from, to, asOf)) {
      const f = facts.get(e.caseId);
      if (!f) continue;
      if (e.type === 'rated') f.ratings.push({ at: e.at, satisfied: SATISFIED.has((e.detail ?? '').trim()) });
      else f.transitions.push({ at: e.at, kind: e.type as Transition['kind'] });
    }
    // Rows written without an audit trail (imports, old data) still count by resolved_at.
    for (const [id, at] of fallback) {
      const f = facts.get(id)!;
      if (at !== null && f.transitions.length === 0) f.transitions.push({ at, kind: 'resolved' });
    }
    return [...facts.values()];
  }

  active(asOf: number): ActiveCase[] {
    const rows = this.activeStmt.all(asOf, asOf);
    const changed = rows.filter((r) => r.updatedAt > asOf);
    const history = new Map<number, EventRow[]>();
    if (changed.length > 0) {
      for (const e of this.statusEventsStmt.iterate(JSON.stringify(changed.map((r) => r.id)))) {
        let list = history.get(e.caseId);
        if (!list) history.set(e.caseId, (list = []));
        list.push(e);
      }
    }
    const out: ActiveCase[] = [];
    for (const r of rows) {
      let closureDueAt = r.closureDueAt;
      if (r.updatedAt > asOf) {
        const events = history.get(r.id) ?? [];
        const before = events.filter((e) => e.at <= asOf && e.toStatus !== null);
        const status = before.length > 0 ? before[before.length - 1]!.toStatus! : 'open';
        if (!ACTIVE.has(status)) continue;
        closureDueAt = closureDueAsOf(r, events, asOf);
      }
      out.push({ id: r.id, category: r.category, grid: r.grid, location: r.location, assigneeId: r.assigneeId, summary: r.summary, createdAt: r.createdAt, closureDueAt });
    }
    return out;
  }
}

// A reopen restarts the closure clock with the same length; undo later reopens to see the deadline then.
function closureDueAsOf(r: ActiveRow, events: EventRow[], asOf: number): number {
  const reopens = events.filter((e) => e.type === 'reopened').map((e) => e.at);
  const lastReopen = reopens.length > 0 ? reopens[reopens.length - 1]! : null;
  const span = r.closureDueAt - (lastReopen ?? r.createdAt);
  const startThen = reopens.filter((at) => at <= asOf).pop() ?? r.createdAt;
  return startThen + span;
}
