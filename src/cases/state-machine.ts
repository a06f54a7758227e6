import type { CaseStatus } from './case.js';

// Which status a case may move to from which; anything else is refused with a reason.
const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['acknowledged', 'resolved', 'dismissed', 'merged'],
  acknowledged: ['resolved', 'dismissed', 'merged'],
  reopened: ['acknowledged', 'resolved', 'dismissed', 'merged'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
  dismissed: ['open'],
  merged: [],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
