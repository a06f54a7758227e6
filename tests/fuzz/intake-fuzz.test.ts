import { beforeAll, describe, expect, it } from 'vitest';
import type { Classifier } from '../../src/classify/classifier.js';
import { seededRandom } from '../../src/random/seeded-random.js';
import { Fuzz, messageText, randomUnicode } from './fuzz-input.js';
import { config, FuzzWorld, realClassifier, type Violation } from './fuzz-world.js';

// FUZZ_SEEDS=1,2,3 FUZZ_MESSAGES=5000 npx vitest run tests/fuzz for a longer hunt.
const SEEDS = (process.env.FUZZ_SEEDS ?? '101,202,303').split(',').map(Number);
const MESSAGES = Number(process.env.FUZZ_MESSAGES ?? 1500);

let classifier: Classifier;
beforeAll(async () => {
  classifier = await realClassifier();
}, 120_000);

const rooms = config.groups.map((g, i) => ({ id: `${i + 1}@chatroom`, topic: g.topic }));

async function run(seed: number): Promise<{ world: FuzzWorld; violations: Violation[] }> {
  const f = new Fuzz(seededRandom(seed));
  const world = new FuzzWorld(classifier, seed);
  const ids: string[] = [];
  for (let step = 0; step < MESSAGES; step++) {
    world.clock.advance(f.int(0, 180_000));
    const now = world.clock.now();
    const worker = f.chance(0.25) ? f.pick(config.workers) : null;
    const where = f.int(0, 9);
    const room = where < 7 ? f.pick(rooms) : where < 8 ? { id: `stranger-${f.int(1, 3)}@chatroom`, topic: f.chance(0.5) ? randomUnicode(f, 8) : '' } : null;
    // Sometimes WeChat delivers a message twice.
    const id = ids.length > 0 && f.chance(0.05) ? f.pick(ids) : `fz${seed}-${step}`;
    ids.push(id);
    await world.send(step, {
      id,
      roomId: room?.id ?? null,
      roomTopic: room ? room.topic : null,
      senderId: worker?.id ?? `wxid_res${f.int(1, 40)}`,
      senderName: worker?.name ?? (f.chance(0.1) ? randomUnicode(f, f.int(0, 30)) : `居民${f.int(1, 40)}`),
      kind: f.chance(0.05) ? 'other' : 'text',
      text: messageText(f, config),
      sentAt: f.chance(0.05) ? now - f.int(11, 600) * 60_000 : f.chance(0.02) ? now + f.int(1, 3_600_000) : now,
    });
  }
  world.checkDatabase();
  return { world, violations: world.violations };
}

describe('intake fuzz', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: never throws, stores each message once, never fails, replies fit in a chat message`, async () => {
      const { world, violations } = await run(seed);
      // The mix must reach the interesting paths, or the fuzz proves nothing.
      expect(world.outcomes.get('case_opened') ?? 0).toBeGreaterThan(5);
      expect(world.outcomes.get('command') ?? 0).toBeGreaterThan(20);
      expect(world.outcomes.get('duplicate') ?? 0).toBeGreaterThan(5);
      expect(violations.slice(0, 15)).toEqual([]);
    }, 60_000);
  }
});
