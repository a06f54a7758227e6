// One life of the bot under the chaos test: resume the feed where the store says it left
// off (re-posting some history, as a reconnecting puppet does), drain, print DONE.
// Killed with SIGKILL at random moments by src/cli/chaos.ts.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { createLogger } from '../app/logger.js';
import { buildApp } from '../app/build-app.js';
import { ManualClock } from '../clock/clock.js';
import { loadClassifier } from '../classify/index.js';
import { choosePuppet } from '../transport/wechaty/choose-puppet.js';
import { MockCommunity } from '../transport/wechaty/mock-community.js';
import { Simulation } from '../replay/simulation.js';
import { seededRandom } from '../random/seeded-random.js';
import { readFeed } from './feed.js';
import { DeliveryLog } from './delivery-log.js';
import { sentCounts } from './sent-batches.js';
import { openDatabase } from '../store/database.js';
import { placesFromConfig } from '../classify/config-places.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, feed: { type: 'string' }, log: { type: 'string' }, overlap: { type: 'string', default: '25' } } });
const config = loadConfig('bot-config');
const feed = readFeed(values.feed!);
const delivery = new DeliveryLog(values.log!);

const peek = openDatabase(values.db!);
const stored = (peek.prepare('SELECT COUNT(*) n FROM messages').get() as { n: number }).n;
peek.close();
const resume = Math.max(0, stored - Number(values.overlap));

const clock = new ManualClock(feed[resume]?.at ?? feed.at(-1)!.at);
const puppet = await choosePuppet({});
if (puppet.kind !== 'mock') throw new Error('mock only');
let sim: Simulation | null = null;
const target = (toId: string | null, roomId: string | null) => toId ?? `room:${roomId}`;
const app = buildApp({
  config,
  dbFile: values.db!,
  clock,
  classifier: await loadClassifier({ places: placesFromConfig(config) }),
  puppet,
  log: createLogger('error'),
  random: seededRandom(resume + 1),
  onResult: (msg) => sim?.decided(msg.id),
  // "WeChat" can say whether a message arrived: more deliveries logged than the store recorded.
  confirmDelivered: (t, text) => {
    const k = DeliveryLog.key(target(t.toId, t.roomId), text);
    const logged = delivery.counts().get(k) ?? 0;
    const recorded = sentCounts(app.db, (i) => target(i.toId, i.roomId)).get(k) ?? 0;
    return logged > recorded;
  },
});
const world = new MockCommunity(puppet.mocker, config);
// Everyone in the feed is a WeChat contact already, as in life, so replies can reach them.
for (const e of feed) world.contact(e.fromId, e.from);
world.onOutbound((o) => delivery.append(target(o.toId, o.roomId), o.text));
sim = new Simulation(app, world, clock);
await sim.start();
process.stdout.write(`START ${resume}\n`);
for (let i = resume; i < feed.length; i++) {
  await sim.post(feed[i]!);
  if (i % 10 === 0) process.stdout.write(`AT ${i - resume}\n`);
}
const end = feed.at(-1)!.at + 48 * 3_600_000;
await sim.runUntil(end);
app.repos.kv.set('chaos:finished_at', String(end));
await app.stop();
process.stdout.write('DONE\n');
process.exit(0);
