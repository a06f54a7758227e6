import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { Clock } from '../clock/clock.js';
import type { Repositories } from '../store/repositories.js';
import type { CaseService } from '../cases/case-service.js';
import type { Timer } from '../store/timer-repository.js';
import { formatCaseNo, isActive } from '../cases/case.js';
import { LABEL_INFO } from '../classify/labels.js';
import { toChatTime } from '../clock/zoned-time.js';
import { SYSTEM_ACTOR } from '../cases/case-event.js';

/**
 * Fires due deadlines: the escalation ladder and auto-close. Each timer is marked fired in
 * the same transaction as its effects, so re-running a tick never sends twice.
 */
export class SlaTicker {
  constructor(
    private readonly repos: Repositories,
    private readonly cases: CaseService,
    private readonly config: Config,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  tick(): number {
    let fired = 0;
    for (const timer of this.repos.timers.due(this.clock.now())) {
      const ok = this.repos.db.transaction(() => {
        if (!this.repos.timers.markFired(timer.id, this.clock.now())) return false;
        this.fire(timer);
        return true;
      })();
      if (ok) fired++;
    }
    return fired;
  }

  nextDueAt(): number | null {
    return this.repos.timers.nextDueAt();
  }

  private fire(t: Timer): void {
    const c = this.repos.cases.get(t.caseId);
    if (!c) return;
    const tz = this.config.community.timeZone;
    const no = formatCaseNo(c.id);
    const what = `${no} ${LABEL_INFO[c.category].zh}${c.location ? `（${c.location}）` : ''}`;
    const assignee = this.config.workers.find((w) => w.id === c.assigneeId);
    const key = `${t.kind}:${c.id}:${t.dueAt}`;
    const supervisor = this.cases.supervisors()[0];
    const awaitingResponse = isActive(c.status) && c.firstResponseAt === null;
    const unresolved = isActive(c.status);

    switch (t.kind) {
      case 'response_half':
        if (!awaitingResponse || !assignee) return;
        this.cases.notifyWorker(assignee.id, `【提醒】${what} 还没有接单，请于 ${toChatTime(c.responseDueAt, tz)} 前回复「接单 ${no}」。`, 'reminder', c, c.urgent, key);
        this.cases.event(c.id, SYSTEM_ACTOR, 'reminded', null, null, `assignee ${assignee.id}`);
        return;
      case 'response_backup': {
        if (!awaitingResponse) return;
        const backupId = assignee?.backup ?? supervisor?.id;
        if (!backupId) return;
        this.cases.notifyWorker(backupId, `【代办提醒】${what} 派给 ${assignee?.name ?? '未指派'} 后还没人接单，请协助联系或回复「接单 ${no}」。`, 'escalation', c, c.urgent, key);
        this.cases.event(c.id, SYSTEM_ACTOR, 'escalated', null, null, `backup ${backupId}`);
        return;
      }
      case 'response_breach':
        if (!awaitingResponse) return;
        for (const s of this.cases.supervisors()) {
          this.cases.notifyWorker(s.id, `【超时未响应】${what} 已超过响应时限，负责人 ${assignee?.name ?? '未指派'}。`, 'escalation', c, c.urgent, `${key}:${s.id}`);
        }
        this.cases.event(c.id, SYSTEM_ACTOR, 'breached', null, null, 'first response');
        this.log.warn({ caseId: c.id }, 'response SLA breached');
        return;
      case 'closure_reminder':
        if (!unresolved || !assignee) return;
        this.cases.notifyWorker(assignee.id, `【办结提醒】${what} 将于 ${toChatTime(c.closureDueAt, tz)} 到期，请抓紧办理。`, 'reminder', c, c.urgent, key);
        this.cases.event(c.id, SYSTEM_ACTOR, 'reminded', null, null, 'closure');
        return;
      case 'closure_breach':
        if (!unresolved) return;
        for (const s of this.cases.supervisors()) {
          this.cases.notifyWorker(s.id, `【超时未办结】${what} 已超过办结时限，负责人 ${assignee?.name ?? '未指派'}。`, 'escalation', c, c.urgent, `${key}:${s.id}`);
        }
        this.cases.event(c.id, SYSTEM_ACTOR, 'breached', null, null, 'closure');
        this.log.warn({ caseId: c.id }, 'closure SLA breached');
        return;
      case 'auto_close':
        if (c.status !== 'resolved') return;
        this.cases.close(c.id, SYSTEM_ACTOR, 'no objection from resident');
        return;
    }
  }
}
