import type { CaseStatus } from './case.js';

export type CaseEventType =
  | 'opened'
  | 'reported_again'
  | 'assigned'
  | 'claimed'
  | 'resolved'
  | 'closed'
  | 'reopened'
  | 'dismissed'
  | 'merged'
  | 'transferred'
  | 'noted'
  | 'recategorised'
  | 'reminded'
  | 'escalated'
  | 'breached'
  | 'follow_up_asked'
  | 'rated';

/** One line of the append-only audit log. */
export interface CaseEvent {
  caseId: number;
  at: number;
  actorId: string;
  type: CaseEventType;
  fromStatus?: CaseStatus | null;
  toStatus?: CaseStatus | null;
  detail?: string | null;
}

/** The actor id used when the bot itself acts (SLA timers, auto-close). */
export const SYSTEM_ACTOR = 'system';
