import type { ActiveCase, CaseFact } from './case-facts.js';
import { EXCLUDED_STATUSES } from './case-facts.js';
import { median, percentile } from './percentile.js';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const CLOSURE_WINDOW = 24 * HOUR;
export const RESPONSE_WINDOW = 30 * MINUTE;

/** hits out of total; rate is null when nothing could be measured (never a fake 0% or 100%). */
export interface Rate {
  hits: number;
  total: number;
  rate: number | null;
}

/** The numbers of one period (definitions: docs/metrics.md). Times are minutes or hours. */
export interface Metrics {
  cases: number;
  dismissed: number;
  merged: number;
  closure24h: Rate;
  /** Cases whose 24-hour window is still running at the report instant (not yet counted). */
  closure24hPending: number;
  response30m: Rate;
  responseMedianMin: number | null;
  responseP90Min: number | null;
  resolutionMedianHours: number | null;
  resolutionP90Hours: number | null;
  reopen: Rate;
  satisfaction: Rate;
  per1000Households: number | null;
  backlog: number;
  overdue: number;
}

export function rate(hits: number, total: number): Rate {
  return { hits, total, rate: total > 0 ? hits / total : null };
}

const isCounted = (c: CaseFact) => !EXCLUDED_STATUSES.includes(c.status);

/** Was the case in the resolved state at instant t? (the last transition at or before t decides) */
export function resolvedAt(c: CaseFact, t: number): number | null {
  let last: number | null = null;
  for (const tr of c.transitions) {
    if (tr.at > t) break;
    last = tr.kind === 'resolved' ? tr.at : null;
  }
  return last;
}

/** Resolved within 24 h of opening, judged by the state at the 24-hour mark. */
export function closedWithin24h(c: CaseFact): boolean {
  return resolvedAt(c, c.createdAt + CLOSURE_WINDOW) !== null;
}

function responseMs(c: CaseFact, asOf: number): number | null {
  if (c.firstResponseAt === null || c.firstResponseAt > asOf) return null;
  return Math.max(0, c.firstResponseAt - c.createdAt);
}

/** The cohort part: cases opened in the period, judged as of `asOf`. */
export function cohortMetrics(cohort: readonly CaseFact[], asOf: number, households: number | null) {
  const all = cohort.filter((c) => c.createdAt <= asOf);
  const counted = all.filter(isCounted);
  let closedHits = 0;
  let closedTotal = 0;
  let respHits = 0;
  let respTotal = 0;
  let everResolved = 0;
  let reopened = 0;
  let answers = 0;
  let satisfied = 0;
  const responses: number[] = [];
  const resolutions: number[] = [];
  for (const c of counted) {
    if (c.createdAt + CLOSURE_WINDOW <= asOf) {
      closedTotal++;
      if (closedWithin24h(c)) closedHits++;
    }
    const resp = responseMs(c, asOf);
    if (resp !== null) responses.push(resp);
    if (c.createdAt + RESPONSE_WINDOW <= asOf) {
      respTotal++;
      if (resp !== null && resp <= RESPONSE_WINDOW) respHits++;
    }
    const final = resolvedAt(c, asOf);
    if (final !== null) resolutions.push(final - c.createdAt);
    const seen = c.transitions.filter((t) => t.at <= asOf);
    if (seen.some((t) => t.kind === 'resolved')) {
      everResolved++;
      if (seen.some((t) => t.kind === 'reopened')) reopened++;
    }
    for (const r of c.ratings) {
      if (r.at > asOf) continue;
      answers++;
      if (r.satisfied) satisfied++;
    }
  }
  const toMin = (v: number | null) => (v === null ? null : v / MINUTE);
  const toHours = (v: number | null) => (v === null ? null : v / HOUR);
  return {
    cases: counted.length,
    dismissed: all.filter((c) => c.status === 'dismissed').length,
    merged: all.filter((c) => c.status === 'merged').length,
    closure24h: rate(closedHits, closedTotal),
    closure24hPending: counted.length - closedTotal,
    response30m: rate(respHits, respTotal),
    responseMedianMin: toMin(median(responses)),
    responseP90Min: toMin(percentile(responses, 90)),
    resolutionMedianHours: toHours(median(resolutions)),
    resolutionP90Hours: toHours(percentile(resolutions, 90)),
    reopen: rate(reopened, everResolved),
    satisfaction: rate(satisfied, answers),
    per1000Households: households && households > 0 ? (counted.length / households) * 1000 : null,
  };
}

/** The snapshot part: what is still owed at `asOf`, whenever it was opened. */
export function snapshotMetrics(active: readonly ActiveCase[], asOf: number): { backlog: number; overdue: number } {
  const open = active.filter((c) => c.createdAt <= asOf);
  return { backlog: open.length, overdue: open.filter((c) => isOverdue(c, asOf)).length };
}

export function isOverdue(c: ActiveCase, asOf: number): boolean {
  return c.closureDueAt < asOf;
}

export function computeMetrics(cohort: readonly CaseFact[], active: readonly ActiveCase[], asOf: number, households: number | null): Metrics {
  return { ...cohortMetrics(cohort, asOf, households), ...snapshotMetrics(active, asOf) };
}
