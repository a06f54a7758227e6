import type { Logger } from 'pino';
import type { Config, Group, Worker } from '../config/schema.js';
import type { Clock } from '../clock/clock.js';
import type { Repositories } from '../store/repositories.js';
import type { MessageOutcome } from '../store/message-repository.js';
import type { Classifier } from '../classify/classifier.js';
import type { CaseService, Report } from '../cases/case-service.js';
import type { CommandRegistry } from '../commands/registry.js';
import type { Command, CommandContext, CommandServices } from '../commands/command.js';
import type { InboundMessage } from './inbound-message.js';
import { isCaseLabel, LABEL_INFO } from '../classify/labels.js';
import { acknowledgement, attachedAck, statusLine, suspectQuestion } from '../cases/chat-text.js';
import { findDuplicate } from '../cases/find-duplicate.js';
import { isFollowUp } from '../cases/follow-up.js';
import { parseFeedback } from '../cases/resident-feedback.js';
import { releaseTime } from '../sla/quiet-hours.js';
import { stripBotMention } from './strip-mention.js';

export interface IntakeDeps {
  config: Config;
  clock: Clock;
  repos: Repositories;
  cases: CaseService;
  classifier: Classifier;
  registry: CommandRegistry;
  log: Logger;
  services?: CommandServices;
}

/** What happened to one message, for logs, the demo console and tests. */
export interface IntakeResult {
  outcome: MessageOutcome | 'duplicate';
  caseId?: number;
  notified?: string[];
  label?: string;
  detail?: string;
}

/**
 * One message through the pipeline: stored first (idempotent on its id), then decided in a
 * second step whose effects (case, events, timers, outbox) commit together with the outcome.
 * A crash between the two leaves the message 'pending' and it is decided again on restart.
 */
export class Intake {
  private readonly workers: Map<string, Worker>;
  private readonly groupsByTopic: Map<string, Group>;

  constructor(private readonly deps: IntakeDeps) {
    this.workers = new Map(deps.config.workers.map((w) => [w.id, w]));
    this.groupsByTopic = new Map(deps.config.groups.map((g) => [g.topic, g]));
  }

  async handle(msg: InboundMessage): Promise<IntakeResult> {
    const { repos, clock } = this.deps;
    if (!repos.messages.insert(msg, clock.now())) return { outcome: 'duplicate' };
    return this.decide(msg);
  }

  /** Decides messages a crash left undecided. */
  async recoverPending(): Promise<number> {
    const pending = this.deps.repos.messages.pending();
    for (const msg of pending) await this.decide(msg);
    return pending.length;
  }

  private async decide(msg: InboundMessage): Promise<IntakeResult> {
    const log = this.deps.log.child({ msgId: msg.id, room: msg.roomTopic ?? 'private' });
    try {
      const result = await this.route(msg, log);
      return result;
    } catch (err) {
      // The error boundary: nothing one message does may stop the bot.
      log.error({ err }, 'message failed');
      try {
        this.deps.repos.messages.setOutcome(msg.id, 'failed', { detail: String((err as Error).message ?? err).slice(0, 300) });
      } catch (inner) {
        log.error({ err: inner }, 'could not record failure');
      }
      return { outcome: 'failed' };
    }
  }

  private async route(msg: InboundMessage, log: Logger): Promise<IntakeResult> {
    const { config, clock, repos } = this.deps;
    const done = (outcome: MessageOutcome, extra: Omit<IntakeResult, 'outcome'> = {}): IntakeResult => {
      repos.messages.setOutcome(msg.id, outcome, { label: extra.label, caseId: extra.caseId, detail: extra.detail });
      return { outcome, ...extra };
    };

    if (msg.kind !== 'text') return done('non_text');
    if (clock.now() - msg.sentAt > config.intake.maxAgeMinutes * 60_000) return done('stale', { detail: 'older than cutoff' });

    // Roles come from contact ids only: configured, or bound with a supervisor's one-time code.
    const boundAs = this.workers.has(msg.senderId) ? null : repos.bindings.workerFor(msg.senderId);
    const worker = this.workers.get(msg.senderId) ?? (boundAs ? this.workers.get(boundAs) : undefined) ?? null;
    const text = stripBotMention(msg.text, config.community.botName).slice(0, config.intake.maxTextLength);

    // Known room? Matched by topic once, then remembered by id.
    let grid: string | null = null;
    if (msg.roomId) {
      let room = repos.rooms.get(msg.roomId);
      if (!room) {
        const group = msg.roomTopic ? this.groupsByTopic.get(msg.roomTopic) : undefined;
        if (!group) return done('unknown_room');
        room = { id: msg.roomId, topic: group.topic, grid: group.grid, estate: group.estate };
        repos.rooms.remember(room, clock.now());
      }
      grid = room.grid;
    }

    // In a group, people talk: "查一下明天停不停水" is not the 查 command. There a command
    // counts when the bot is @-mentioned, or it stands alone, or it names a case (C12 / Q3).
    const candidate = this.deps.registry.match(text);
    const addressed = !msg.roomId || msg.text.includes(`@${config.community.botName}`) || msg.quotedText !== null;
    const matched = candidate && (addressed || /^([CcQq#]\d+|$)/.test(candidate.args)) ? candidate : null;
    if (matched) {
      const allowed = matched.command.audience === 'anyone' || (worker !== null && matched.command.audience.some((r) => worker.roles.includes(r)));
      if (allowed) return this.runCommand(msg, worker, matched.command, matched.args, done);
      // A resident typing a worker's word: refuse when it was clearly meant as a command.
      if (!msg.roomId || /^\s*([Cc#]\d+|$)/.test(matched.args)) {
        log.info({ command: matched.command.id, sender: msg.senderId }, 'command refused');
        this.reply(msg, worker ? '抱歉，这个命令您的岗位不能使用。' : '抱歉，这个命令只有社区工作人员可以使用。如需反映问题，直接在群里说就行；查进度请回复「进度 C12」。');
        return done('command', { detail: `refused ${matched.command.id}` });
      }
    }

    if (!msg.roomId) {
      if (worker) {
        const word = text.split(/\s+/)[0] ?? '';
        const suggestion = this.deps.registry.suggest(word);
        this.reply(msg, suggestion ? `没有「${word.slice(0, 10)}」这个命令，您是不是想说「${suggestion}」？回复「帮助」查看全部命令。` : '没看懂这条命令，回复「帮助」查看全部命令。');
        return done('command', { detail: 'unknown command' });
      }
    }

    // Staff in groups post notices and replies; those are not residents' cases.
    if (worker && msg.roomId) return done('ignored', { detail: 'staff message' });

    const fb = this.feedback(msg, text);
    if (fb) return done('resident_reply', fb);

    const report: Report = {
      messageId: msg.id,
      reporterId: msg.senderId,
      reporterName: msg.senderName,
      roomId: msg.roomId,
      roomTopic: msg.roomTopic,
      grid,
      text: msg.text.slice(0, 2000),
      at: msg.sentAt,
    };
    const since = clock.now() - config.routing.duplicateWindowHours * 3_600_000;

    // "还没修好吗" answers with the status of the case it refers to, and counts as a report.
    if (msg.roomId && isFollowUp(text)) {
      const inRoom = repos.cases.activeInRoom(msg.roomId, since);
      const target = inRoom.find((c) => c.reporterId === msg.senderId) ?? inRoom[0];
      if (target) {
        return repos.db.transaction(() => {
          this.deps.cases.attach(target, report);
          this.reply(msg, `${statusLine(target, config.community.timeZone, this.deps.cases.workerName(target.assigneeId))}。已催办。`);
          return done('case_attached', { caseId: target.id, label: target.category, detail: 'follow-up' });
        })();
      }
    }

    const verdict = this.deps.classifier.classify(text, { group: msg.roomTopic ?? undefined, sender: msg.senderName });
    if (!isCaseLabel(verdict.label)) return done('ignored', { label: 'none', detail: `confidence ${verdict.confidence.toFixed(2)}` });
    const label = verdict.label;

    return repos.db.transaction((): IntakeResult => {
      // A second voice about a known problem joins it, even when the wording alone is doubtful.
      const dup =
        verdict.confidence >= config.classifier.threshold / 2
          ? findDuplicate(repos.cases, { category: label, location: verdict.location, roomId: msg.roomId, reporterId: msg.senderId }, since)
          : null;
      if (dup) {
        this.deps.cases.attach(dup, report);
        if (this.acknowledges(msg)) this.replyInRoom(msg, attachedAck(dup, msg.senderName), 'ack');
        return done('case_attached', { caseId: dup.id, label });
      }
      if (verdict.confidence < config.classifier.threshold && !verdict.urgent) {
        // Doubtful: one tap for the grid worker instead of a case a resident may not want.
        const route = this.deps.cases.route(label, false, grid);
        const rowid = repos.messages.rowidOf(msg.id);
        repos.outbox.enqueue(
          {
            toId: route.assigneeId,
            text: suspectQuestion(`Q${rowid}`, msg.roomTopic ?? '私聊', msg.senderName, text, LABEL_INFO[label].zh),
            kind: 'suspect',
            notBefore: releaseTime(clock.now(), false, config),
          },
          clock.now(),
        );
        return done('suspected', { label, notified: [route.assigneeId], detail: `confidence ${verdict.confidence.toFixed(2)}` });
      }
      const opened = this.deps.cases.open(report, label, verdict.urgent, verdict.location);
      if (this.acknowledges(msg)) this.replyInRoom(msg, acknowledgement(opened.case, msg.senderName, verdict.urgent), 'ack');
      else if (!msg.roomId) this.reply(msg, acknowledgement(opened.case, '', verdict.urgent));
      log.info({ caseId: opened.case.id, category: label, assignee: opened.route.assigneeId }, 'case opened');
      return done('case_opened', { caseId: opened.case.id, label, notified: opened.route.notifyIds });
    })();
  }

  private feedback(msg: InboundMessage, text: string): Omit<IntakeResult, 'outcome'> | null {
    const fb = parseFeedback(text);
    if (!fb) return null;
    const awaiting = this.deps.repos.cases.reportedBy(msg.senderId, 5).find((c) => c.status === 'resolved');
    if (!awaiting) return null;
    const r = this.deps.repos.db.transaction(() => this.deps.cases.feedback(awaiting, msg.senderId, fb))();
    if (!r.ok) return null;
    const thanks = r.value.status === 'reopened' ? `@${msg.senderName} 抱歉，${'C' + awaiting.id} 已重新派给网格员处理。` : `@${msg.senderName} 谢谢您的反馈！`;
    if (msg.roomId) this.replyInRoom(msg, thanks, 'reply');
    else this.reply(msg, thanks.replace(/^@\S+ /, ''));
    return { caseId: awaiting.id, detail: fb.kind === 'rating' ? `rating ${fb.score}` : 'not fixed' };
  }

  private async runCommand(
    msg: InboundMessage,
    worker: Worker | null,
    command: Command,
    args: string,
    done: (o: MessageOutcome, e?: Omit<IntakeResult, 'outcome'>) => IntakeResult,
  ): Promise<IntakeResult> {
    const ctx: CommandContext = {
      config: this.deps.config,
      clock: this.deps.clock,
      repos: this.deps.repos,
      cases: this.deps.cases,
      classifier: this.deps.classifier,
      message: msg,
      worker,
      services: this.deps.services ?? {},
    };
    const reply = await command.run(ctx, args);
    this.deps.repos.db.transaction(() => {
      this.reply(msg, reply.text);
      done('command', { detail: command.id });
    })();
    return { outcome: 'command', detail: command.id };
  }

  private acknowledges(msg: InboundMessage): boolean {
    if (!msg.roomTopic) return false;
    const room = msg.roomId ? this.deps.repos.rooms.get(msg.roomId) : null;
    const group = this.groupsByTopic.get(room?.topic ?? msg.roomTopic);
    return group?.acknowledge !== false;
  }

  /** Answers where the message came from: in the group (with @name) or privately. */
  private reply(msg: InboundMessage, text: string): void {
    if (msg.roomId) this.replyInRoom(msg, `@${msg.senderName} ${text}`, 'reply');
    else this.deps.repos.outbox.enqueue({ toId: msg.senderId, text, kind: 'reply' }, this.deps.clock.now());
  }

  private replyInRoom(msg: InboundMessage, text: string, kind: 'ack' | 'reply'): void {
    this.deps.repos.outbox.enqueue({ roomId: msg.roomId, text, kind }, this.deps.clock.now());
  }
}
