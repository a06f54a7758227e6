import type { Config } from '../config/schema.js';
import type { CaseLabel } from '../classify/labels.js';
import type { TimerKind } from '../store/timer-repository.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

export interface Deadlines {
  responseDueAt: number;
  closureDueAt: number;
}

/** The SLA for a case opened at `at`: per-category overrides, and urgent cases answer faster. */
export function deadlinesFor(category: CaseLabel, urgent: boolean, at: number, config: Config): Deadlines {
  const o = config.sla.overrides[category] ?? {};
  const responseMin = urgent ? config.sla.urgentFirstResponseMinutes : (o.firstResponseMinutes ?? config.sla.firstResponseMinutes);
  const closureH = o.closureHours ?? config.sla.closureHours;
  return { responseDueAt: at + responseMin * MIN, closureDueAt: at + closureH * HOUR };
}

/**
 * The escalation ladder as timers: remind the assignee at half the response time, the
 * backup at three quarters, a supervisor at breach; a closure reminder (20 h of 24 by
 * default), a supervisor alert at closure breach.
 */
export function ladderFor(createdAt: number, d: Deadlines, config: Config): { kind: TimerKind; dueAt: number }[] {
  const response = d.responseDueAt - createdAt;
  const closure = d.closureDueAt - createdAt;
  const reminderShare = Math.min(config.sla.closureReminderHours / config.sla.closureHours, 0.95);
  return [
    { kind: 'response_half', dueAt: createdAt + Math.round(response / 2) },
    { kind: 'response_backup', dueAt: createdAt + Math.round((response * 3) / 4) },
    { kind: 'response_breach', dueAt: d.responseDueAt },
    { kind: 'closure_reminder', dueAt: createdAt + Math.round(closure * reminderShare) },
    { kind: 'closure_breach', dueAt: d.closureDueAt },
  ];
}

export const RESPONSE_TIMERS: readonly TimerKind[] = ['response_half', 'response_backup', 'response_breach'];
export const CLOSURE_TIMERS: readonly TimerKind[] = ['closure_reminder', 'closure_breach'];
