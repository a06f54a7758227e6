// npm run -s replay -- TRANSCRIPT.jsonl [--config DIR] [--db FILE] [--drain HOURS]
// Runs a transcript through the real bot on the mock puppet with a simulated clock;
// the last line of stdout is the summary JSON (../shared/contracts.md).
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../app/load-config-or-exit.js';
import { createLogger } from '../app/logger.js';
import { buildApp } from '../app/build-app.js';
import { appExtensions } from '../app/extensions.js';
import { ManualClock } from '../clock/clock.js';
import { loadClassifier } from '../classify/index.js';
import { choosePuppet } from '../transport/wechaty/choose-puppet.js';
import { MockCommunity } from '../transport/wechaty/mock-community.js';
import { parseTranscript } from '../replay/transcript.js';
import { Simulation } from '../replay/simulation.js';
import { seededRandom } from '../random/seeded-random.js';
import { replaySummary } from '../replay/summary.js';
import { placesFromConfig } from '../classify/config-places.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    config: { type: 'string', default: 'bot-config' },
    db: { type: 'string' },
    drain: { type: 'string', default: '48' },
  },
});
const file = positionals[0];
if (!file) {
  process.stderr.write('usage: npm run -s replay -- TRANSCRIPT.jsonl [--config DIR] [--db FILE] [--drain HOURS]\n');
  process.exit(2);
}
const drainHours = Number(values.drain);
if (!Number.isFinite(drainHours) || drainHours < 0) {
  process.stderr.write(`--drain: expected a number of hours >= 0, got "${values.drain}"\n`);
  process.exit(2);
}

const config = loadConfigOrExit(values.config!);
const source = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
const events = parseTranscript(source, (line, why) => process.stderr.write(`${file}:${line}: skipped: ${why}\n`));
const log = createLogger(process.env.LOG_LEVEL ?? 'error');
const classifier = await loadClassifier({ places: placesFromConfig(config), log: (m) => process.stderr.write(`${m}\n`) });
const puppet = await choosePuppet({});
if (puppet.kind !== 'mock') throw new Error('replay runs on the mock puppet');

const start = events[0]?.at ?? Date.now();
const clock = new ManualClock(start);
const dbFile = values.db ?? join(mkdtempSync(join(tmpdir(), 'yimi-replay-')), 'replay.db');
let sim: Simulation | null = null;
const app = buildApp({
  config,
  dbFile,
  clock,
  classifier,
  puppet,
  log,
  random: seededRandom(42),
  ...appExtensions(config, log),
  onResult: (msg) => sim?.decided(msg.id),
});
const world = new MockCommunity(puppet.mocker, config);
sim = new Simulation(app, world, clock);
await sim.start();
for (const e of events) await sim.post(e);
const endAt = (events.at(-1)?.at ?? start) + drainHours * 3_600_000;
await sim.runUntil(endAt);
const summary = replaySummary(app, sim.outbound, endAt);
await app.stop();
process.stdout.write(`${JSON.stringify(summary)}\n`);
process.exit(0);
