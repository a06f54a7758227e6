// Wiring only: config → classifier → db → app → bot → schedules (and the demo on the mock puppet).
import { rmSync } from 'node:fs';
import { loadConfigOrExit } from './app/load-config-or-exit.js';
import { createLogger } from './app/logger.js';
import { buildApp } from './app/build-app.js';
import { systemClock } from './clock/clock.js';
import { loadClassifier } from './classify/index.js';
import { readCorrections } from './classify/corrections.js';
import { choosePuppet } from './transport/wechaty/choose-puppet.js';
import { MockCommunity } from './transport/wechaty/mock-community.js';
import { describeResult, runDemo } from './demo/run-demo.js';
import { appExtensions } from './app/extensions.js';
import { placesFromConfig } from './classify/config-places.js';

const configDir = process.env.YIMI_CONFIG ?? 'bot-config';
const config = loadConfigOrExit(configDir);
const puppet = await choosePuppet();
const demo = puppet.kind === 'mock';
// The demo talks to the console; its logs stay quiet unless asked for.
const log = createLogger(process.env.LOG_LEVEL ?? (demo ? 'warn' : 'info'));

const dbFile = process.env.YIMI_DB ?? (demo ? 'data/demo.db' : 'data/yimi.db');
if (demo && !process.env.YIMI_DB) for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
// Workers' corrections are part of the model: new ones since the last start mean a retrain.
const classifier = await loadClassifier({ places: placesFromConfig(config), extraExamples: readCorrections(dbFile), log: (m) => log.info(m) });

const app = buildApp({
  config,
  dbFile,
  clock: systemClock,
  classifier,
  puppet,
  log,
  ...appExtensions(config, log),
  connection:
    puppet.kind === 'service'
      ? { probeMs: config.connection.probeSeconds * 1000, timeoutMs: config.connection.timeoutSeconds * 1000, backoffMs: 1_000, maxBackoffMs: 60_000 }
      : null,
  onResult: demo ? (msg, r) => describeResult(app, msg, r) : undefined,
});

// wechaty-token throws from a gRPC resolver callback when it cannot look the token up
// (an upstream bug: "listener.onError is not a function"). That is a connection problem,
// not a reason to die: say what to do and let the connection monitor keep retrying.
process.on('uncaughtException', (err) => {
  if (/listener\.onError|ENOTFOUND|ECONNREFUSED|UNAVAILABLE/.test(String(err?.stack ?? err))) {
    log.error({ err: String(err) }, 'puppet service unreachable; check the token, or set WECHATY_PUPPET_SERVICE_ENDPOINT=host:port');
    return;
  }
  log.fatal({ err }, 'uncaught exception; exiting so the supervisor restarts the bot');
  process.exit(1);
});

let stopDemo = () => {};
const supervisorCount = (sup: boolean) => config.workers.filter((w) => w.roles.includes('supervisor') === sup).length;
if (puppet.kind === 'mock') {
  process.stdout.write(
    [
      `一米 Yimi demo: ${config.community.name}, ${config.groups.length} groups, ${supervisorCount(false)} workers and ${supervisorCount(true)} supervisors, mock WeChat.`,
      'No WECHATY_PUPPET_SERVICE_TOKEN is set, so simulated residents post into the groups.',
      'To connect a real account: WECHATY_PUPPET_SERVICE_TOKEN=<token> npm start (see README). Ctrl-C stops.',
      '',
    ].join('\n'),
  );
  const world = new MockCommunity(puppet.mocker, config);
  await app.start();
  world.login();
  stopDemo = runDemo(app, world, { intervalMs: Number(process.env.DEMO_INTERVAL_MS ?? 3000) });
} else {
  log.info({ endpoint: puppet.endpoint ?? 'from token' }, 'connecting to the puppet service');
  await app.start();
}

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping: no new messages, flushing, closing the database');
  stopDemo();
  await app.stop();
  process.stdout.write(demo ? '\n一米 stopped. Bye.\n' : '');
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
