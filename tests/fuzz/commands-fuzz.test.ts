import { beforeAll, describe, expect, it } from 'vitest';
import type { Classifier } from '../../src/classify/classifier.js';
import { buildRegistry } from '../../src/commands/all-commands.js';
import { seededRandom } from '../../src/random/seeded-random.js';
import { command, Fuzz, messageText, randomUnicode, sprinkle } from './fuzz-input.js';
import { config, FuzzWorld, realClassifier } from './fuzz-world.js';

let classifier: Classifier;
beforeAll(async () => {
  classifier = await realClassifier();
}, 120_000);

const ROOM = { id: '1@chatroom', topic: config.groups[0]!.topic };
const HOSTILE_COMMANDS = [
  '接单 C99999999999999999999', '接单 C999999999', '接单 C0', '接单 C-1', '办结 C-1', '办结 C1', '办结 C1 ' + '修好了'.repeat(2_000),
  '转派 C1 <script>', '转派 C1', '转派 C1 wxid_qiu', '转派 C1 C1', '转派', '合并 C1 C1', '合并 C1 C2', '合并 C2 C1', '合并 C1 C999999',
  '合并 C1', '合并', '改类 C1 不存在的类', '改类 C1', '改类 C1 water', '改类 C1 噪音', "改类 C1 '; DROP TABLE cases; --", '备注 C1',
  '备注 C1 ' + 'x'.repeat(100_000), '查看 C1', '查看 C99999999999999999999', '查看', '进度', '进度 C1', '进度 C2 C3', '不是案件 C1',
  '不是案件', '立案 Q1', '立案 Q99999999999', '立案', '忽略 Q1', '忽略 Q-1', '请假', '请假 wxid_qiu', '销假', '我的', '我的 C1',
  '帮助', '帮助 接单', '帮助 <script>', 'help', 'claim', 'claim C1', 'claimed C1', 'RESOLVE C1 ok', '接单C1', '接单　C1', '接单\nC1',
  '接单 #1', '接单 c1', '接单 C１', '接单 Ｃ1', '接单 C1.5', '接单 C1e3', '接单 C0x10', '接单 C' + '1'.repeat(500),
];

/** Residents report three problems so that C1, C2 and a suspect Q exist to be fought over. */
async function seedCases(world: FuzzWorld): Promise<void> {
  const reports = ['3幢电梯又坏了，困了人！', '东门那边有人乱停车，堵住消防通道', '12号楼楼道灯坏了好几天了', '好像有点漏水'];
  let n = 0;
  for (const text of reports) {
    await world.send(-1, { id: `seed-${++n}`, roomId: ROOM.id, roomTopic: ROOM.topic, senderId: `wxid_res${n}`, senderName: `居民${n}`, kind: 'text', text, sentAt: world.clock.now() });
  }
  expect(world.repos.cases.count()).toBeGreaterThanOrEqual(2);
}

describe('commands fuzz', () => {
  it('the parser takes any text without throwing and only matches at the start', () => {
    const registry = buildRegistry();
    const f = new Fuzz(seededRandom(7));
    for (let i = 0; i < 5_000; i++) {
      const text = f.chance(0.5) ? command(f) : f.chance(0.5) ? sprinkle(f, command(f)) : randomUnicode(f, f.int(0, 40));
      const m = registry.match(text);
      if (m) expect(text.toLowerCase().startsWith(m.name)).toBe(true);
      expect(() => registry.suggest(text.split(/\s+/)[0] ?? '')).not.toThrow();
    }
  });

  it('hostile arguments from every role, in a group and in private, stay expected failures', async () => {
    const world = new FuzzWorld(classifier, 0);
    await seedCases(world);
    const senders = [
      ...['grid_worker', 'mediator', 'safety_officer', 'supervisor'].map((role) => config.workers.find((w) => w.roles.includes(role as never))!),
      { id: 'wxid_resident', name: '居民' },
    ];
    const quotes = [null, '【新案件 C1】电梯', '【疑似案件 Q1】', 'C99999999999999999999', '「「「C2」'];
    let step = 0;
    for (const text of HOSTILE_COMMANDS) {
      for (const sender of senders) {
        for (const room of [ROOM, null]) {
          world.clock.advance(7_000);
          const m = { id: `cmd-${++step}`, roomId: room?.id ?? null, roomTopic: room?.topic ?? null, senderId: sender.id, senderName: sender.name, kind: 'text' as const, text, sentAt: world.clock.now() };
          await world.send(step, m);
          // The same command quoting a bot card (引用), as workers answer from their phone.
          await world.send(step, { ...m, id: `${m.id}-q`, text: `「一米：${quotes[step % quotes.length] ?? ''}」\n- - - - - - - - - - - - - - -\n${text}` });
        }
      }
    }
    world.checkDatabase();
    // Whatever was typed, no case was merged into itself and no case lost its audit trail.
    expect(world.repos.db.prepare('SELECT COUNT(*) FROM cases WHERE merged_into = id').pluck().get()).toBe(0);
    expect(world.repos.db.prepare('SELECT COUNT(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id)').pluck().get()).toBe(0);
    expect(world.outcomes.get('command') ?? 0).toBeGreaterThan(HOSTILE_COMMANDS.length * 4);
    expect(world.violations.slice(0, 15)).toEqual([]);
  }, 60_000);

  it('random command words with random arguments, seeded', async () => {
    const f = new Fuzz(seededRandom(4242));
    const world = new FuzzWorld(classifier, 4242);
    await seedCases(world);
    for (let step = 0; step < 1_500; step++) {
      world.clock.advance(f.int(0, 600_000));
      const worker = f.chance(0.8) ? f.pick(config.workers) : null;
      const text = f.chance(0.8) ? command(f) : messageText(f, config);
      await world.send(step, {
        id: `rc-${step}`,
        roomId: f.chance(0.5) ? ROOM.id : null,
        roomTopic: ROOM.topic,
        senderId: worker?.id ?? `wxid_res${f.int(1, 5)}`,
        senderName: worker?.name ?? '居民',
        kind: 'text',
        text,
        sentAt: world.clock.now(),
      });
    }
    world.checkDatabase();
    expect(world.violations.slice(0, 15)).toEqual([]);
  }, 60_000);
});
