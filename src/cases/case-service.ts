import type { Config, Worker } from '../config/schema.js';
import type { Clock } from '../clock/clock.js';
import type { Repositories } from '../store/repositories.js';
import type { CaseLabel } from '../classify/labels.js';
import type { Case, CaseStatus } from './case.js';
import { formatCaseNo, isActive } from './case.js';
import { canTransition } from './state-machine.js';
import { SYSTEM_ACTOR, type CaseEventType } from './case-event.js';
import { caseCard } from './chat-text.js';
import { followUpQuestion, type Feedback } from './resident-feedback.js';
import { routeCase, type Route } from '../routing/route-case.js';
import { effectiveRouting, readRotaOverrides } from '../routing/rota-overrides.js';
import { deadlinesFor, ladderFor, RESPONSE_TIMERS, CLOSURE_TIMERS } from '../sla/deadlines.js';
import { releaseTime } from '../sla/quiet-hours.js';

export interface Report {
  messageId: string;
  reporterId: string;
  reporterName: string;
  roomId: string | null;
  roomTopic: string | null;
  grid: string | null;
  text: string;
  at: number;
}

/** A refusal a worker can read: expected failures are values, not exceptions. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };
const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/**
 * The case lifecycle. Every change runs in one transaction with its audit event, its timers
 * and its outbound messages, so a crash leaves either all of it or none.
 */
export class CaseService {
  private readonly workers: Map<string, Worker>;
  constructor(
    private readonly repos: Repositories,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {
    this.workers = new Map(config.workers.map((w) => [w.id, w]));
  }

  workerName(id: string | null): string | null {
    return id ? (this.workers.get(id)?.name ?? id) : null;
  }

  route(category: CaseLabel, urgent: boolean, grid: string | null): Route {
    const config = effectiveRouting(this.config, readRotaOverrides(this.repos.kv));
    return routeCase({ category, urgent, grid, at: this.clock.now() }, config, this.unavailable());
  }

  /** On leave, or configured without a WeChat id and not bound yet: nobody could read the card. */
  unavailable(): Set<string> {
    const away = this.repos.workerState.onLeave();
    for (const id of this.repos.bindings.unboundWorkers(this.config.workers.map((w) => w.id))) away.add(id);
    return away;
  }

  open(report: Report, category: CaseLabel, urgent: boolean, location: string | null, actorId = SYSTEM_ACTOR): { case: Case; route: Route } {
    const now = this.clock.now();
    const route = this.route(category, urgent, report.grid);
    const d = deadlinesFor(category, urgent, now, this.config);
    const c = this.repos.cases.create({
      category,
      urgent,
      location,
      roomId: report.roomId,
      roomTopic: report.roomTopic,
      grid: report.grid,
      reporterId: report.reporterId,
      reporterName: report.reporterName,
      summary: report.text.slice(0, 500),
      status: 'open',
      assigneeId: route.assigneeId,
      createdAt: now,
      ...d,
    });
    this.repos.cases.addReport({ caseId: c.id, ...report });
    this.event(c.id, actorId, 'opened', null, 'open', `${category}${urgent ? ' urgent' : ''}`);
    this.event(c.id, SYSTEM_ACTOR, 'assigned', null, null, `${route.assigneeId}: ${route.reason}`);
    for (const t of ladderFor(now, d, this.config)) this.repos.timers.schedule(c.id, t.kind, t.dueAt);
    for (const id of route.notifyIds) {
      const extra = id === route.assigneeId ? undefined : `（负责人：${this.workerName(route.assigneeId)}，请协助）`;
      this.notifyWorker(id, caseCard(c, this.config.community.timeZone, report.text, extra), 'card', c, urgent || route.onDutyIds.includes(id));
    }
    return { case: c, route };
  }

  /** Another report of a known problem: one case, several reporters. */
  attach(c: Case, report: Report): boolean {
    const added = this.repos.cases.addReport({ caseId: c.id, ...report });
    if (!added) return false;
    this.event(c.id, report.reporterId, 'reported_again', null, null, report.text.slice(0, 200));
    if (c.assigneeId) {
      this.notifyWorker(
        c.assigneeId,
        `【${formatCaseNo(c.id)} 有新反映】${report.reporterName}：${report.text.slice(0, 80)}`,
        'card',
        c,
        c.urgent,
        `attach:${c.id}:${report.messageId}`,
      );
    }
    return true;
  }

  claim(id: number, workerId: string): Outcome<Case> {
    const c = this.repos.cases.get(id);
    if (!c) return fail(`没有 ${formatCaseNo(id)} 这个案件。`);
    if (c.status === 'acknowledged' && c.assigneeId === workerId) return fail(`${formatCaseNo(id)} 已经是您在办理了。`);
    if (!canTransition(c.status, 'acknowledged')) return fail(`${formatCaseNo(id)} 当前状态不能接单。`);
    return this.tx(() => {
      const now = this.clock.now();
      const updated = this.repos.cases.update(id, {
        status: 'acknowledged',
        assigneeId: workerId,
        firstResponseAt: c.firstResponseAt ?? now,
        updatedAt: now,
      });
      this.repos.timers.cancel(id, RESPONSE_TIMERS, now);
      this.event(id, workerId, 'claimed', c.status, 'acknowledged');
      return updated;
    });
  }

  resolve(id: number, workerId: string, note: string): Outcome<Case> {
    const c = this.repos.cases.get(id);
    if (!c) return fail(`没有 ${formatCaseNo(id)} 这个案件。`);
    if (!canTransition(c.status, 'resolved')) return fail(`${formatCaseNo(id)} 当前状态（${c.status}）不能办结。`);
    return this.tx(() => {
      const now = this.clock.now();
      const updated = this.repos.cases.update(id, {
        status: 'resolved',
        resolvedAt: now,
        resolutionNote: note,
        firstResponseAt: c.firstResponseAt ?? now,
        assigneeId: c.assigneeId ?? workerId,
        updatedAt: now,
      });
      this.repos.timers.cancel(id, [...RESPONSE_TIMERS, ...CLOSURE_TIMERS], now);
      this.repos.timers.schedule(id, 'auto_close', now + this.config.sla.autoCloseHours * 3_600_000);
      this.event(id, workerId, 'resolved', c.status, 'resolved', note);
      this.askReporters(updated, note);
      return updated;
    });
  }

  transfer(id: number, fromId: string, toId: string, why: string): Outcome<Case> {
    const c = this.repos.cases.get(id);
    if (!c) return fail(`没有 ${formatCaseNo(id)} 这个案件。`);
    if (!isActive(c.status)) return fail(`${formatCaseNo(id)} 已不在办理中，不能转派。`);
    if (!this.workers.has(toId)) return fail('找不到这位工作人员。');
    return this.tx(() => {
      const now = this.clock.now();
      const updated = this.repos.cases.update(id, { assigneeId: toId, firstResponseAt: c.firstResponseAt ?? now, updatedAt: now });
      this.repos.timers.cancel(id, RESPONSE_TIMERS, now);
      this.event(id, fromId, 'transferred', null, null, `${c.assigneeId ?? '-'} → ${toId}${why ? `: ${why}` : ''}`);
      this.notifyWorker(toId, caseCard(updated, this.config.community.timeZone, c.summary, `（由 ${this.workerName(fromId)} 转派${why ? `：${why}` : ''}）`), 'card', updated, c.urgent);
      return updated;
    });
  }

  note(id: number, workerId: string, text: string): Outcome<Case> {
    const c = this.repos.cases.get(id);
    if (!c) return fail(`没有 ${formatCaseNo(id)} 这个案件。`);
    this.tx(() => {
      const now = this.clock.now();
      // A note from the assignee is a response: the resident is being looked after.
      if (!c.firstResponseAt && isActive(c.status)) {
        this.repos.cases.update(id, { firstResponseAt: now, updatedAt: now });
        this.repos.timers.cancel(id, RESPONSE_TIMERS, now);
      }
      this.event(id, workerId, 'noted', null, null, text);
    });
    return { ok: true, value: this.repos.cases.get(id)! };
  }

  dismiss(id: number, workerId: string, why: string): Outcome<Case> {
    const c = this.repos.cases.get(id);
    if (!c) return fail(`没有 ${formatCaseNo(id)} 这个案件。`);
    if (!canTransition(c.status, 'dismissed')) return fail(`${formatCaseNo(id)} 当前状态不能标记为不是案件。`);
    return this.tx(() => {
      const now = this.clock.now();
      const updated = this.repos.cases.update(id, { status: 'dismissed', updatedAt: now });
      this.repos.timers.cancel(id, [...RESPONSE_TIMERS, ...CLOSURE_TIMERS], now);
      this.event(id, workerId, 'dismissed', c.status, 'dismissed', why);
      this.recordCorrection(c.summary, 'none', workerId, now);
      return updated;
    });
  }

  recategorise(id: number, workerId: string, category: CaseLabel): Outcome<Case> {
    const c = this.repos.cases.get(id);
    if (!c) return fail(`没有 ${formatCaseNo(id)} 这个案件。`);
    if (c.category === category) return fail(`${formatCaseNo(id)} 已经是这个类别。`);
    return this.tx(() => {
      const now = this.clock.now();
      const updated = this.repos.cases.update(id, { category, updatedAt: now });
      this.event(id, workerId, 'recategorised', null, null, `${c.category} → ${category}`);
      this.recordCorrection(c.summary, category, workerId, now);
      return updated;
    });
  }

  merge(id: number, intoId: number, workerId: string): Outcome<Case> {
    if (id === intoId) return fail('不能把案件合并到它自己。');
    const c = this.repos.cases.get(id);
    const target = this.repos.cases.get(intoId);
    if (!c) return fail(`没有 ${formatCaseNo(id)} 这个案件。`);
    if (!target) return fail(`没有 ${formatCaseNo(intoId)} 这个案件。`);
    if (!canTransition(c.status, 'merged')) return fail(`${formatCaseNo(id)} 当前状态不能合并。`);
    if (target.status === 'merged' || target.status === 'dismissed') return fail(`${formatCaseNo(intoId)} 已${target.status === 'merged' ? '被合并' : '撤销'}，请合并到仍在办理的案件。`);
    return this.tx(() => {
      const now = this.clock.now();
      for (const r of this.repos.cases.reports(id)) this.repos.cases.addReport({ ...r, caseId: intoId });
      const updated = this.repos.cases.update(id, { status: 'merged', mergedInto: intoId, updatedAt: now });
      this.repos.timers.cancel(id, [...RESPONSE_TIMERS, ...CLOSURE_TIMERS], now);
      this.event(id, workerId, 'merged', c.status, 'merged', `into ${formatCaseNo(intoId)}`);
      this.event(intoId, workerId, 'merged', null, null, `${formatCaseNo(id)} merged in`);
      return updated;
    });
  }

  /** The resident says it is not fixed (or 不满意): back to work, worker and a supervisor told. */
  reopen(id: number, actorId: string, why: string): Outcome<Case> {
    const c = this.repos.cases.get(id);
    if (!c) return fail(`没有 ${formatCaseNo(id)} 这个案件。`);
    if (!canTransition(c.status, 'reopened')) return fail(`${formatCaseNo(id)} 还在办理中。`);
    return this.tx(() => {
      const now = this.clock.now();
      const d = deadlinesFor(c.category, c.urgent, now, this.config);
      const updated = this.repos.cases.update(id, {
        status: 'reopened',
        reopenCount: c.reopenCount + 1,
        resolvedAt: null,
        closedAt: null,
        closureDueAt: d.closureDueAt,
        updatedAt: now,
      });
      this.repos.timers.cancel(id, ['auto_close'], now);
      this.repos.timers.schedule(id, 'closure_reminder', now + (d.closureDueAt - now) * 0.8);
      this.repos.timers.schedule(id, 'closure_breach', d.closureDueAt);
      this.event(id, actorId, 'reopened', c.status, 'reopened', why);
      const text = `【${formatCaseNo(id)} 居民反馈未解决，已重新打开】${why.slice(0, 80)}`;
      if (c.assigneeId) this.notifyWorker(c.assigneeId, text, 'alert', updated, true, `reopen:${id}:${c.reopenCount + 1}:a`);
      const sup = this.supervisors()[0];
      if (sup) this.notifyWorker(sup.id, text, 'alert', updated, true, `reopen:${id}:${c.reopenCount + 1}:s`);
      return updated;
    });
  }

  close(id: number, actorId: string, why: string, satisfaction: number | null = null): Outcome<Case> {
    const c = this.repos.cases.get(id);
    if (!c) return fail(`没有 ${formatCaseNo(id)} 这个案件。`);
    if (!canTransition(c.status, 'closed')) return fail(`${formatCaseNo(id)} 还没有办结。`);
    return this.tx(() => {
      const now = this.clock.now();
      const updated = this.repos.cases.update(id, { status: 'closed', closedAt: now, satisfaction: satisfaction ?? c.satisfaction, updatedAt: now });
      this.repos.timers.cancel(id, ['auto_close'], now);
      this.event(id, actorId, 'closed', c.status, 'closed', why);
      return updated;
    });
  }

  /** Asks each reporter whether it is really fixed: in the group when it acknowledges, else privately. */
  private askReporters(c: Case, note: string): void {
    const now = this.clock.now();
    const reports = this.repos.cases.reports(c.id);
    const byRoom = new Map<string | null, Map<string, string>>();
    for (const r of reports) {
      const group = r.roomId ? this.config.groups.find((g) => g.topic === this.repos.rooms.get(r.roomId!)?.topic) : undefined;
      const key = group?.acknowledge === false ? null : r.roomId;
      if (!byRoom.has(key)) byRoom.set(key, new Map());
      byRoom.get(key)!.set(r.reporterId, r.reporterName);
    }
    const round = c.reopenCount;
    for (const [roomId, people] of byRoom) {
      if (roomId) {
        this.repos.outbox.enqueue(
          { roomId, text: followUpQuestion(formatCaseNo(c.id), note, [...people.values()]), kind: 'follow_up', caseId: c.id, dedupeKey: `followup:${c.id}:${round}:${roomId}` },
          now,
        );
      } else {
        for (const [id] of people) {
          this.repos.outbox.enqueue(
            { toId: id, text: followUpQuestion(formatCaseNo(c.id), note, []).trim(), kind: 'follow_up', caseId: c.id, dedupeKey: `followup:${c.id}:${round}:${id}` },
            now,
          );
        }
      }
    }
    this.event(c.id, SYSTEM_ACTOR, 'follow_up_asked', null, null, `${reports.length} report(s)`);
  }

  /** The resident's answer: a rating closes the case (不满意 reopens it); "没修好" reopens. */
  feedback(c: Case, residentId: string, fb: Feedback): Outcome<Case> {
    if (c.status !== 'resolved' && c.status !== 'closed') return fail('not awaiting feedback');
    if (fb.kind === 'not_fixed' || fb.score === 1) {
      if (fb.kind === 'rating') this.repos.cases.update(c.id, { satisfaction: fb.score });
      this.event(c.id, residentId, 'rated', null, null, fb.kind === 'rating' ? String(fb.score) : 'not fixed');
      return this.reopen(c.id, residentId, fb.kind === 'rating' ? '居民不满意' : '居民反映没有解决');
    }
    this.event(c.id, residentId, 'rated', null, null, String(fb.score));
    if (c.status === 'closed') return { ok: true, value: this.repos.cases.update(c.id, { satisfaction: fb.score }) };
    return this.close(c.id, residentId, 'resident confirmed', fb.score);
  }

  supervisors(): Worker[] {
    const leave = this.unavailable();
    const all = this.config.workers.filter((w) => w.roles.includes('supervisor'));
    const present = all.filter((w) => !leave.has(w.id));
    return present.length > 0 ? present : all;
  }

  event(caseId: number, actorId: string, type: CaseEventType, from: CaseStatus | null, to: CaseStatus | null, detail?: string): void {
    this.repos.cases.appendEvent({ caseId, at: this.clock.now(), actorId, type, fromStatus: from, toStatus: to, detail: detail ?? null });
  }

  /** Queues a private message to a worker, held through quiet hours unless urgent. */
  notifyWorker(workerId: string, text: string, kind: 'card' | 'reminder' | 'escalation' | 'alert', c: Case | null, urgent: boolean, dedupeKey?: string): void {
    const now = this.clock.now();
    this.repos.outbox.enqueue(
      { toId: workerId, text, kind, caseId: c?.id ?? null, dedupeKey: dedupeKey ?? null, notBefore: releaseTime(now, urgent, this.config) },
      now,
    );
  }

  /** A worker's verdict on a text (立案, 改类, 不是案件, 忽略): the classifier trains on it. */
  recordCorrection(text: string, label: string, actorId: string, at: number): void {
    this.repos.db.prepare('INSERT INTO classifier_corrections (text, label, actor_id, at) VALUES (?, ?, ?, ?)').run(text, label, actorId, at);
  }

  private tx<T>(fn: () => T): Outcome<T> {
    return { ok: true, value: this.repos.db.transaction(fn)() };
  }
}
