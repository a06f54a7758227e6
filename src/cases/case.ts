import type { CaseLabel } from '../classify/labels.js';

export const CASE_STATUSES = ['open', 'acknowledged', 'resolved', 'closed', 'reopened', 'dismissed', 'merged'] as const;
/** open → acknowledged → resolved → closed; reopened when the resident objects; dismissed; merged. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A case as the domain sees it. Times are epoch milliseconds. */
export interface Case {
  id: number;
  category: CaseLabel;
  urgent: boolean;
  location: string | null;
  roomId: string | null;
  roomTopic: string | null;
  grid: string | null;
  reporterId: string;
  reporterName: string;
  summary: string;
  status: CaseStatus;
  assigneeId: string | null;
  createdAt: number;
  responseDueAt: number;
  closureDueAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  resolutionNote: string | null;
  mergedInto: number | null;
  reopenCount: number;
  satisfaction: number | null;
  updatedAt: number;
}

/** Statuses in which somebody still owes the resident something. */
export const ACTIVE_STATUSES: readonly CaseStatus[] = ['open', 'acknowledged', 'reopened'];

export function isActive(status: CaseStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

export const STATUS_ZH: Record<CaseStatus, string> = {
  open: '待接单',
  acknowledged: '办理中',
  resolved: '已办结待确认',
  closed: '已关闭',
  reopened: '重新办理',
  dismissed: '不予立案',
  merged: '已合并',
};

/** Case numbers residents and workers read and type: C12. */
export function formatCaseNo(id: number): string {
  return `C${id}`;
}

/** Accepts C12, c12, Ｃ１２ (already normalised to ASCII by the caller) or #12. */
export function parseCaseNo(text: string): number | null {
  const m = /^[Cc#]?(\d{1,9})$/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
