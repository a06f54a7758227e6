import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load-config.js';
import type { Config } from '../../src/config/schema.js';
import { createLogger } from '../../src/app/logger.js';
import { buildApp, type App } from '../../src/app/build-app.js';
import { appExtensions } from '../../src/app/extensions.js';
import { ManualClock } from '../../src/clock/clock.js';
import { loadClassifier } from '../../src/classify/index.js';
import type { Classifier } from '../../src/classify/classifier.js';
import { choosePuppet, type PuppetChoice } from '../../src/transport/wechaty/choose-puppet.js';
import { MockCommunity } from '../../src/transport/wechaty/mock-community.js';
import { Simulation, type RecordedOutbound } from '../../src/replay/simulation.js';
import { seededRandom } from '../../src/random/seeded-random.js';
import type { mock } from 'wechaty-puppet-mock';
import type { ConnectionOptions } from '../../src/transport/wechaty/connection-monitor.js';
import { placesFromConfig } from '../../src/classify/config-places.js';

let classifier: Promise<Classifier> | null = null;
/** The real, trained classifier, loaded once per test file (from the model cache). */
export function sharedClassifier(config: Config): Promise<Classifier> {
  classifier ??= loadClassifier({ places: placesFromConfig(config) });
  return classifier;
}

export interface TestBot {
  app: App;
  world: MockCommunity;
  clock: ManualClock;
  sim: Simulation;
  config: Config;
  outbound: RecordedOutbound[];
  /** Posts as WeChat would and waits until the bot has decided it and sent what is due. */
  post(room: string | null, fromId: string, from: string, text: string, id?: string): Promise<string>;
  /** Moves the simulated clock, firing every timer due on the way. */
  advance(ms: number): Promise<void>;
  sentTo(id: string): RecordedOutbound[];
  saidIn(topic: string): RecordedOutbound[];
  stop(): Promise<void>;
}

let seq = 0;

/** The real bot (real Wechaty, real SQLite file, real classifier) on a mock or given puppet. */
export async function startTestBot(
  opts: { start?: string; puppet?: PuppetChoice; mocker?: mock.Mocker; config?: Config; connection?: ConnectionOptions } = {},
): Promise<TestBot> {
  const config = opts.config ?? loadConfig('bot-config');
  const clock = new ManualClock(Date.parse(opts.start ?? '2026-11-18T10:00:00+08:00'));
  const puppet = opts.puppet ?? (await choosePuppet({}));
  const mocker = opts.mocker ?? (puppet.kind === 'mock' ? puppet.mocker : undefined);
  if (!mocker) throw new Error('a mocker is needed to play the residents');
  const dbFile = join(mkdtempSync(join(tmpdir(), 'yimi-e2e-')), 'yimi.db');
  let sim: Simulation | null = null;
  const log = createLogger(process.env.LOG_LEVEL ?? 'silent');
  const app = buildApp({
    config,
    dbFile,
    clock,
    classifier: await sharedClassifier(config),
    puppet,
    log,
    random: seededRandom(7),
    ...appExtensions(config, log),
    connection: opts.connection ?? null,
    onResult: (msg) => sim?.decided(msg.id),
  });
  const world = new MockCommunity(mocker, config);
  sim = new Simulation(app, world, clock);
  await sim.start();
  const s = sim;
  return {
    app,
    world,
    clock,
    sim: s,
    config,
    outbound: s.outbound,
    async post(room, fromId, from, text, id) {
      const messageId = id ?? `t${++seq}`;
      await s.post({ at: clock.now(), room, fromId, from, text, id: messageId, kind: 'text' });
      // Let the outbox drain what it may (rate limit and jitter on the simulated clock).
      await s.runUntil(clock.now() + 5_000);
      return messageId;
    },
    async advance(ms) {
      await s.runUntil(clock.now() + ms);
    },
    sentTo: (id) => s.outbound.filter((o) => o.toId === id),
    saidIn: (topic) => s.outbound.filter((o) => o.roomTopic === topic),
    stop: () => app.stop(),
  };
}
