import type { Db } from '../../store/database.js';
import type { Config } from '../../config/schema.js';
import { CASE_LABELS, type CaseLabel } from '../../classify/labels.js';
import { deadlinesFor } from '../../sla/deadlines.js';
import { localDate, startOfLocalDay } from '../../clock/zoned-time.js';
import { addDays, weekdayOf } from '../period.js';
import { createRandom, type Random } from './random.js';
import { BUILDINGS, GIVEN, SURNAMES, TEXTS } from './history-text.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

export interface HistoryOptions {
  days: number;
  /** History ends at this instant; the last cases are still being worked on. */
  end: number;
  /** Average new cases per day (the default gives > 100,000 a year). */
  perDay?: number;
  seed?: number;
}

export interface HistoryStats {
  cases: number;
  events: number;
  reports: number;
}

// Share of cases by category, roughly what a large urban community's grid system sees.
const MIX: readonly (readonly [CaseLabel, number])[] = [
  ['sanitation', 18], ['facility', 14], ['parking', 12], ['noise', 11], ['inquiry', 10], ['lighting', 9], ['water', 9],
  ['elevator', 6], ['dispute', 5], ['safety', 3.5], ['lost_pet', 2], ['missing_person', 0.5],
];
// Residents write mostly in the morning and the evening, rarely at night.
const HOUR_WEIGHTS = [1, 0.5, 0.3, 0.2, 0.3, 0.8, 2, 5, 8, 9, 8, 7, 5, 5, 6, 6, 6, 6, 7, 8, 8, 6, 4, 2];
const HOURS = HOUR_WEIGHTS.map((w, h) => [h, w] as const);

type EventRow = [at: number, actor: string, type: string, from: string | null, to: string | null, detail: string | null];

/** Writes a realistic year (or `days`) of one community's cases in one transaction. */
export function generateHistory(db: Db, config: Config, opts: HistoryOptions): HistoryStats {
  if (!CASE_LABELS.every((c) => MIX.some(([m]) => m === c))) throw new Error('category mix must cover every category');
  const rnd = createRandom(opts.seed ?? 20240101);
  const tz = config.community.timeZone;
  const perDay = opts.perDay ?? 290;
  const insertCase = db.prepare(
    `INSERT INTO cases (category, urgent, location, room_id, room_topic, grid, reporter_id, reporter_name, summary, status, assignee_id,
       created_at, response_due_at, closure_due_at, first_response_at, resolved_at, closed_at, resolution_note, merged_into, reopen_count,
       satisfaction, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = db.prepare('INSERT INTO case_events (case_id, at, actor_id, type, from_status, to_status, detail) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertReport = db.prepare('INSERT INTO case_reports (case_id, message_id, reporter_id, reporter_name, room_id, text, at) VALUES (?, ?, ?, ?, ?, ?, ?)');

  const places = [...config.places, ...BUILDINGS];
  const gridWorker = new Map<string, string>();
  for (const g of config.grids) {
    const w = config.workers.find((x) => x.roles.includes('grid_worker') && x.grids[0] === g.id) ?? config.workers.find((x) => x.grids.includes(g.id));
    if (w) gridWorker.set(g.id, w.id);
  }
  const safety = config.workers.find((w) => w.roles.includes('safety_officer'))?.id ?? null;
  const lastOf = new Map<string, number>();
  const stats: HistoryStats = { cases: 0, events: 0, reports: 0 };
  const endDate = localDate(opts.end, tz);

  db.transaction(() => {
    for (let day = opts.days - 1; day >= 0; day--) {
      const date = addDays(endDate, -day);
      const dayStart = startOfLocalDay(date, tz);
      const n = Math.round(perDay * dayFactor(date, rnd));
      const times = Array.from({ length: n }, () => dayStart + rnd.weighted(HOURS) * HOUR + Math.floor(rnd.next() * HOUR)).sort((a, b) => a - b);
      for (const created of times) {
        if (created > opts.end) break;
        const c = simulate(created, rnd, config, opts.end, { places, gridWorker, safety, lastOf, weekday: weekdayOf(date) });
        const info = insertCase.run(
          c.category, c.urgent ? 1 : 0, c.location, c.roomId, c.roomTopic, c.grid, c.reporterId, c.reporterName, c.text, c.status, c.assigneeId,
          created, c.responseDueAt, c.closureDueAt, c.firstResponseAt, c.resolvedAt, c.closedAt, c.resolvedAt ? '已处理' : null, c.mergedInto,
          c.reopenCount, c.satisfaction, c.updatedAt,
        );
        const id = Number(info.lastInsertRowid);
        lastOf.set(`${c.category}:${c.grid}`, id);
        for (const e of c.events) insertEvent.run(id, ...e);
        c.reports.forEach((r, i) => insertReport.run(id, `seed-${id}-${i}`, r.id, r.name, c.roomId, r.text, r.at));
        stats.cases++;
        stats.events += c.events.length;
        stats.reports += c.reports.length;
      }
    }
  })();
  return stats;
}

// Weekends are quieter; summer brings water, noise and more of everything.
function dayFactor(date: string, rnd: Random): number {
  const month = Number(date.slice(5, 7));
  const season = month >= 6 && month <= 8 ? 1.15 : month === 2 ? 0.8 : 1;
  const weekend = weekdayOf(date) >= 5 ? 0.85 : 1.05;
  return season * weekend * (0.85 + rnd.next() * 0.3);
}

interface Ctx {
  places: string[];
  gridWorker: Map<string, string>;
  safety: string | null;
  lastOf: Map<string, number>;
  weekday: number;
}

function simulate(created: number, rnd: Random, config: Config, end: number, ctx: Ctx) {
  const category = rnd.weighted(MIX);
  const urgent = category === 'missing_person' || (category === 'safety' && rnd.chance(0.3)) || (category === 'elevator' && rnd.chance(0.1)) || rnd.chance(0.02);
  const grid = rnd.pick(config.grids).id;
  const group = config.groups.filter((g) => g.grid === grid);
  const roomTopic = group.length > 0 ? rnd.pick(group).topic : null;
  const location = rnd.chance(0.75) ? rnd.pick(ctx.places) : null;
  const text = rnd.pick(TEXTS[category]).replace('{p}', location ?? '我们这里');
  const reporterNo = rnd.int(1, 5000);
  const reporterName = `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN)}`;
  const d = deadlinesFor(category, urgent, created, config);
  let assigneeId = ctx.gridWorker.get(grid) ?? null;
  if (config.routing.mediationCategories.includes(category)) assigneeId = config.routing.mediationRota[ctx.weekday] ?? assigneeId;
  if (config.routing.safetyCategories.includes(category)) assigneeId = ctx.safety ?? assigneeId;

  const events: EventRow[] = [[created, 'system', 'opened', null, 'open', category], [created, 'system', 'assigned', null, null, assigneeId]];
  const reports = [{ id: `wxid_r${reporterNo}`, name: reporterName, text, at: created }];
  if (rnd.chance(0.1)) {
    const at = created + rnd.int(5, 120) * MIN;
    if (at <= end) {
      reports.push({ id: `wxid_r${rnd.int(1, 5000)}`, name: `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN)}`, text: `${text}，我也遇到了`, at });
      events.push([at, reports[1]!.id, 'reported_again', null, null, null]);
    }
  }
  const base = {
    category, urgent, location, roomId: roomTopic ? `room-${roomTopic}` : null, roomTopic, grid, reporterId: reports[0]!.id, reporterName, text,
    assigneeId, responseDueAt: d.responseDueAt, closureDueAt: d.closureDueAt, events, reports,
    firstResponseAt: null as number | null, resolvedAt: null as number | null, closedAt: null as number | null,
    mergedInto: null as number | null, reopenCount: 0, satisfaction: null as number | null, status: 'open', updatedAt: created,
  };
  const push = (e: EventRow) => {
    events.push(e);
    base.updatedAt = Math.max(base.updatedAt, e[0]);
  };

  const fate = rnd.next();
  const earlier = ctx.lastOf.get(`${category}:${grid}`);
  if (fate < 0.03 || (fate < 0.07 && earlier !== undefined)) {
    const at = created + Math.round(rnd.logNormal(20 * MIN, 0.8));
    if (at > end) return base;
    if (fate < 0.03) {
      push([at, assigneeId ?? 'system', 'dismissed', 'open', 'dismissed', '不属于社区事务']);
      return { ...base, status: 'dismissed' };
    }
    push([at, assigneeId ?? 'system', 'merged', 'open', 'merged', `into C${earlier}`]);
    return { ...base, status: 'merged', mergedInto: earlier! };
  }

  const response = created + Math.round(rnd.logNormal((urgent ? 4 : 12) * MIN, 0.9));
  if (response > d.responseDueAt && d.responseDueAt <= end) push([d.responseDueAt, 'system', 'breached', null, null, 'response']);
  if (response > end) return base;
  base.firstResponseAt = response;
  base.status = 'acknowledged';
  push([response, assigneeId ?? 'system', 'claimed', 'open', 'acknowledged', null]);

  // A few cases get stuck for days: the recent ones sit in the overdue list.
  const stuck = rnd.chance(0.01);
  let due = d.closureDueAt;
  const median = stuck ? 6 * 24 : category === 'elevator' ? 14 : 5;
  let resolved = response + Math.round(rnd.logNormal(median * HOUR, 1.0));
  for (let round = 0; ; round++) {
    if (resolved > due && due <= end) push([due, 'system', 'breached', null, null, 'closure']);
    if (resolved > end) return base;
    push([resolved, assigneeId ?? 'system', 'resolved', base.status, 'resolved', '已处理']);
    push([resolved, 'system', 'follow_up_asked', null, null, '1 report(s)']);
    base.status = 'resolved';
    base.resolvedAt = resolved;
    const answerAt = resolved + Math.round(rnd.logNormal(2 * HOUR, 1));
    const answers = round === 0 ? rnd.chance(0.65) : rnd.chance(0.5);
    const autoClose = resolved + config.sla.autoCloseHours * HOUR;
    if (!answers || answerAt > end) {
      if (autoClose <= end) {
        push([autoClose, 'system', 'closed', 'resolved', 'closed', 'no objection']);
        return { ...base, status: 'closed', closedAt: autoClose };
      }
      return base;
    }
    const score = round === 0 ? rnd.weighted([[5, 72], [3, 18], [1, 5], [0, 5]] as const) : rnd.weighted([[5, 60], [3, 30], [1, 10]] as const);
    push([answerAt, base.reporterId, 'rated', null, null, score === 0 ? 'not fixed' : String(score)]);
    if (score === 5 || score === 3 || round > 0) {
      base.satisfaction = score === 0 ? base.satisfaction : score;
      if (score >= 3) {
        push([answerAt, base.reporterId, 'closed', 'resolved', 'closed', 'resident confirmed']);
        return { ...base, status: 'closed', closedAt: answerAt };
      }
      // A second complaint after a redo is handed to the supervisor: the case stays resolved.
      return base;
    }
    if (score === 1) base.satisfaction = 1;
    push([answerAt, base.reporterId, 'reopened', 'resolved', 'reopened', score === 1 ? '居民不满意' : '居民反映没有解决']);
    base.status = 'reopened';
    base.reopenCount++;
    base.resolvedAt = null;
    due = answerAt + (d.closureDueAt - created);
    base.closureDueAt = due;
    resolved = answerAt + Math.round(rnd.logNormal(8 * HOUR, 0.8));
  }
}
