import type { App } from '../app/build-app.js';
import type { Case } from '../cases/case.js';
import { toZonedIso } from '../clock/zoned-time.js';
import type { RecordedOutbound } from './simulation.js';

const HOUR = 3_600_000;

/** The replay's last line, in the shape ../shared/contracts.md fixes. */
export function replaySummary(app: App, outbound: RecordedOutbound[], endAt: number) {
  const tz = app.config.community.timeZone;
  const iso = (ms: number | null) => (ms === null ? null : toZonedIso(ms, tz));
  const all = app.repos.cases.all();
  const counted = all.filter((c) => c.status !== 'dismissed' && c.status !== 'merged');
  const firstResolved = (c: Case) =>
    (app.db.prepare("SELECT MIN(at) t FROM case_events WHERE case_id = ? AND type = 'resolved'").get(c.id) as { t: number | null }).t;
  const windowEnded = counted.filter((c) => c.createdAt + 24 * HOUR <= endAt);
  const closedIn24 = windowEnded.filter((c) => {
    const r = firstResolved(c);
    return r !== null && r - c.createdAt <= 24 * HOUR;
  });
  const responseEnded = counted.filter((c) => c.createdAt + 30 * 60_000 <= endAt);
  const respondedIn30 = responseEnded.filter((c) => c.firstResponseAt !== null && c.firstResponseAt - c.createdAt <= 30 * 60_000);
  const escalations = (app.db.prepare("SELECT COUNT(*) n FROM case_events WHERE type IN ('escalated','breached')").get() as { n: number }).n;
  const rate = (num: number, den: number) => (den === 0 ? null : Math.round((num / den) * 1000) / 1000);

  return {
    cases: all.map((c) => ({
      id: `C${c.id}`,
      category: c.category,
      urgent: c.urgent,
      location: c.location,
      room: c.roomTopic,
      reporterIds: app.repos.cases.reporterIds(c.id),
      assigneeId: c.assigneeId,
      status: c.status,
      createdAt: iso(c.createdAt),
      firstResponseAt: iso(c.firstResponseAt),
      resolvedAt: iso(c.resolvedAt),
      closedAt: iso(c.closedAt),
      satisfaction: c.satisfaction,
      ...(c.mergedInto ? { mergedInto: `C${c.mergedInto}` } : {}),
    })),
    outbound: outbound.map((o) => ({ at: iso(o.at), toId: o.toId, room: o.roomTopic, text: o.text })),
    metrics: {
      cases: counted.length,
      resolved: counted.filter((c) => firstResolved(c) !== null).length,
      closureRate24h: rate(closedIn24.length, windowEnded.length),
      responseRate30m: rate(respondedIn30.length, responseEnded.length),
      escalations,
      messages: app.repos.messages.count(),
      dismissed: all.filter((c) => c.status === 'dismissed').length,
      merged: all.filter((c) => c.status === 'merged').length,
      reopened: all.filter((c) => c.reopenCount > 0).length,
    },
  };
}
