import type { Config, Role, Worker } from '../config/schema.js';
import type { CaseLabel } from '../classify/labels.js';
import { inWindow, localMinuteOfDay, parseHhmm, zonedParts } from '../clock/zoned-time.js';

export interface RouteInput {
  category: CaseLabel;
  urgent: boolean;
  grid: string | null;
  at: number;
}

export interface Route {
  /** Who owns the case. Never null: every route ends at a supervisor. */
  assigneeId: string;
  /** Everyone who gets the case card, assignee first. */
  notifyIds: string[];
  /** Holders of a duty post active now: they are on shift, so quiet hours do not hold their ping. */
  onDutyIds: string[];
  /** Why, in a few words, for the audit log and the demo console. */
  reason: string;
}

/**
 * Decides who gets a case: the room's grid worker by default, the mediator on duty for
 * mediation categories, the safety officer as well for safety and urgent cases, and for a
 * missing person everyone at once. Workers on leave are skipped for their backup.
 */
export function routeCase(input: RouteInput, config: Config, onLeave: ReadonlySet<string>): Route {
  const byId = new Map(config.workers.map((w) => [w.id, w]));
  const available = (id: string | undefined): Worker | undefined => {
    const seen = new Set<string>();
    let w = id ? byId.get(id) : undefined;
    // Follow the backup chain past workers on leave.
    while (w && onLeave.has(w.id) && !seen.has(w.id)) {
      seen.add(w.id);
      w = w.backup ? byId.get(w.backup) : undefined;
    }
    return w && !onLeave.has(w.id) ? w : undefined;
  };
  const withRole = (role: Role) => config.workers.filter((w) => w.roles.includes(role) && !onLeave.has(w.id));
  const supervisors = withRole('supervisor');
  const lastResort = supervisors[0] ?? config.workers.find((w) => w.roles.includes('supervisor'))!;

  // The grid owner is the first grid worker listed for the grid (the dedicated 网格员).
  const gridOwner = input.grid ? config.workers.find((w) => w.roles.includes('grid_worker') && w.grids.includes(input.grid!)) : undefined;
  const gridWorker = available(gridOwner?.id) ?? (input.grid ? withRole('grid_worker').find((w) => w.grids.includes(input.grid!)) : undefined);

  const notify: string[] = [];
  let assignee: Worker | undefined;
  let reason: string;

  if (config.routing.mediationCategories.includes(input.category)) {
    const weekday = zonedParts(input.at, config.community.timeZone).weekday;
    const mediator = available(config.routing.mediationRota[weekday]) ?? withRole('mediator')[0];
    assignee = mediator ?? gridWorker;
    reason = mediator ? `mediation rota (${['一', '二', '三', '四', '五', '六', '日'][weekday]})` : 'mediation rota unavailable: grid worker';
  } else {
    assignee = gridWorker;
    reason = gridWorker ? `grid worker of ${input.grid}` : 'no grid worker available';
  }
  if (!assignee) {
    assignee = lastResort;
    reason += ', fell back to supervisor';
  }
  notify.push(assignee.id);

  const safety = input.urgent || config.routing.safetyCategories.includes(input.category) || input.category === 'missing_person';
  if (safety) for (const w of withRole('safety_officer').slice(0, 1)) notify.push(w.id);
  if (input.category === 'missing_person') {
    if (gridWorker) notify.push(gridWorker.id);
    for (const s of supervisors) notify.push(s.id);
  }

  const minute = localMinuteOfDay(input.at, config.community.timeZone);
  const onDuty: string[] = [];
  for (const post of config.routing.dutyPosts) {
    if (inWindow(minute, parseHhmm(post.start), parseHhmm(post.end))) {
      const holder = post.workers.map((id) => available(id)).find(Boolean);
      if (holder) {
        notify.push(holder.id);
        onDuty.push(holder.id);
      }
    }
  }
  return { assigneeId: assignee.id, notifyIds: [...new Set(notify)], onDutyIds: onDuty, reason };
}
