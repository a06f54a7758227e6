import type { Logger } from 'pino';
import type { Wechaty } from 'wechaty';
import type { Config } from '../config/schema.js';
import type { Clock } from '../clock/clock.js';
import type { Classifier } from '../classify/classifier.js';
import type { PuppetChoice } from '../transport/wechaty/choose-puppet.js';
import type { Command, CommandServices } from '../commands/command.js';
import { openDatabase, type Db } from '../store/database.js';
import { createRepositories, type Repositories } from '../store/repositories.js';
import { CaseService } from '../cases/case-service.js';
import { buildRegistry } from '../commands/all-commands.js';
import { Intake, type IntakeResult } from '../intake/intake.js';
import { OutboxDispatcher } from '../outbox/dispatcher.js';
import type { Sender } from '../outbox/sender.js';
import { SlaTicker } from '../sla/sla-ticker.js';
import { Scheduler } from '../scheduler/scheduler.js';
import type { CronJob } from '../scheduler/cron-job.js';
import { buildBot } from '../transport/wechaty/start-bot.js';
import { wechatySender } from '../transport/wechaty/wechaty-sender.js';
import { ConnectionMonitor, type ConnectionOptions } from '../transport/wechaty/connection-monitor.js';
import { offlineAlert } from '../transport/wechaty/offline-alert.js';
import type { InboundMessage } from '../intake/inbound-message.js';

export interface AppOptions {
  config: Config;
  dbFile: string;
  clock: Clock;
  classifier: Classifier;
  puppet: PuppetChoice;
  log: Logger;
  /** Random source for outbox jitter; replays pass a seeded one. */
  random?: () => number;
  /** Extra commands and the services behind them (digests, exports). */
  extraCommands?: Command[];
  services?: CommandServices;
  cronJobs?: (ctx: { repos: Repositories; cases: CaseService; clock: Clock; dbFile: string }) => CronJob[];
  /** Watch the puppet connection (heartbeat, reconnect with backoff); tests pass fast timings. */
  connection?: ConnectionOptions | null;
  /** Lets a transport that can tell confirm deliveries a crash left unrecorded (chaos tests). */
  confirmDelivered?: Sender['confirmDelivered'];
  /** Called after each message is decided (demo console, tests). */
  onResult?: (msg: InboundMessage, result: IntakeResult) => void;
}

export interface App {
  config: Config;
  db: Db;
  repos: Repositories;
  cases: CaseService;
  intake: Intake;
  scheduler: Scheduler;
  bot: Wechaty;
  monitor: ConnectionMonitor | null;
  /** Resolves once every message handed over so far has been decided. */
  idle(): Promise<void>;
  start(opts?: { tickIntervalMs?: number | null }): Promise<void>;
  stop(): Promise<void>;
}

/** Wires config → store → services → bot → scheduler; shared by main, replay and tests. */
export function buildApp(opts: AppOptions): App {
  const { config, clock, log } = opts;
  const db = openDatabase(opts.dbFile);
  const repos = createRepositories(db);
  const cases = new CaseService(repos, config, clock);
  const registry = buildRegistry(opts.extraCommands ?? []);
  const intake = new Intake({ config, clock, repos, cases, classifier: opts.classifier, registry, log, services: opts.services });

  let inFlight = Promise.resolve();
  let stopping = false;
  const bot = buildBot(
    opts.puppet,
    config.community.botName,
    {
      // Messages are decided one at a time, in arrival order: SQLite is single-writer anyway
      // and order matters for duplicates and follow-ups.
      onMessage: (msg) => {
        if (stopping) return Promise.resolve();
        const run = inFlight.then(async () => {
          const result = await intake.handle(msg);
          opts.onResult?.(msg, result);
        });
        inFlight = run.catch(() => undefined);
        return run;
      },
      onLogin: () => void scheduler.tick(),
    },
    log,
  );
  const monitor = opts.connection
    ? new ConnectionMonitor(bot, opts.connection, log, {
        onOnline: (offlineSince) => {
          if (offlineSince !== null) offlineAlert(repos, cases, config, clock, offlineSince, Date.now());
          void scheduler.tick();
        },
      })
    : null;
  const sender = wechatySender(bot);
  const dispatcher = new OutboxDispatcher(
    repos.outbox,
    config,
    clock,
    {
      ...sender,
      isOnline: () => (monitor ? monitor.online : sender.isOnline()),
      // A worker configured as "unbound:..." is reached at the contact that bound itself.
      sendToContact: (id, text) => sender.sendToContact(repos.bindings.contactFor(id) ?? id, text),
      confirmDelivered: opts.confirmDelivered,
    },
    log,
    opts.random,
  );
  const sla = new SlaTicker(repos, cases, config, clock, log);
  const scheduler = new Scheduler(clock, sla, dispatcher, opts.cronJobs?.({ repos, cases, clock, dbFile: opts.dbFile }) ?? [], log);

  return {
    config,
    db,
    repos,
    cases,
    intake,
    scheduler,
    bot,
    monitor,
    idle: async () => {
      await inFlight;
    },
    async start(startOpts = {}) {
      dispatcher.recover();
      const recovered = await intake.recoverPending();
      if (recovered > 0) log.info({ recovered }, 'decided messages left pending by a crash');
      await bot.start();
      const interval = startOpts.tickIntervalMs === undefined ? 1_000 : startOpts.tickIntervalMs;
      if (interval !== null) scheduler.start(interval);
      monitor?.start();
    },
    async stop() {
      stopping = true;
      monitor?.stop();
      await inFlight;
      await scheduler.stop();
      // Send what is due now (within the rate limit); the rest stays queued for the next start.
      await dispatcher.flush().catch((err: unknown) => log.warn({ err }, 'final flush failed'));
      await bot.stop().catch((err: unknown) => log.warn({ err }, 'bot stop failed'));
      if (db.open) db.close();
    },
  };
}
