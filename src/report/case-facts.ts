import type { CaseStatus } from '../cases/case.js';

/** A moment a case entered or left the resolved state (from case_events). */
export interface Transition {
  at: number;
  kind: 'resolved' | 'reopened';
}

/** One answer to "问题解决了吗？": 满意/基本满意 count as satisfied; 不满意 and "没修好" do not. */
export interface Rating {
  at: number;
  satisfied: boolean;
}

/**
 * What the metrics need to know about one case opened in a period, history included:
 * `resolved_at` is cleared on reopen, so resolutions come from the audit log.
 */
export interface CaseFact {
  id: number;
  category: string;
  grid: string | null;
  location: string | null;
  assigneeId: string | null;
  /** Current status; dismissed and merged cases are left out of the metrics. */
  status: CaseStatus;
  createdAt: number;
  firstResponseAt: number | null;
  /** In time order. */
  transitions: Transition[];
  ratings: Rating[];
}

/** A case that was still owed to a resident at the report instant. */
export interface ActiveCase {
  id: number;
  category: string;
  grid: string | null;
  location: string | null;
  assigneeId: string | null;
  summary: string;
  createdAt: number;
  closureDueAt: number;
}

/** Reads the rows the report needs; the SQLite implementation lives beside it. */
export interface ReportSource {
  /** Cases created in [from, to) and not after asOf, with their history up to asOf. */
  cohort(from: number, to: number, asOf: number): CaseFact[];
  /** Cases active (open, acknowledged, reopened) at asOf, as they stood then. */
  active(asOf: number): ActiveCase[];
}

export const EXCLUDED_STATUSES: readonly CaseStatus[] = ['dismissed', 'merged'];
