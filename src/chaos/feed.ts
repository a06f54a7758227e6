import { readFileSync, writeFileSync } from 'node:fs';
import type { Config } from '../config/schema.js';
import { seededRandom } from '../random/seeded-random.js';
import type { TranscriptEvent } from '../replay/transcript.js';

const COMPLAINTS = [
  (b: number) => `${b}幢门口的路灯坏了好几天了，晚上黑乎乎的`,
  (b: number) => `${b}号楼2单元电梯又坏了，停在三楼不动`,
  (b: number) => `${b}栋楼下垃圾桶满了没人清，臭死了`,
  (b: number) => `${b}幢地下车库漏水，地上都是积水`,
  (b: number) => `楼上每天半夜还在装修，${b}号楼的住户都受不了了`,
  (b: number) => `${b}号楼楼道里有人给电瓶车充电，太危险了`,
  (b: number) => `我的车位被人占了，${b}号楼下面那个，打电话也不接`,
  (b: number) => `${b}幢单元门的门禁坏了，刷卡开不了`,
];
const CHAT = ['早上好', '收到', '谢谢', '今天天气真好', '有人拼团买水果吗', '+1', '[强][强]', '哈哈哈', '周末去哪里玩', '晚上好各位邻居'];

/** A deterministic stream of residents' messages (and a few worker replies) for crash tests. */
export function generateFeed(config: Config, count: number, seed: number, start = Date.parse('2026-11-18T08:00:00+08:00')): TranscriptEvent[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const gridWorkers = config.workers.filter((w) => w.roles.includes('grid_worker'));
  const feed: TranscriptEvent[] = [];
  for (let i = 0; i < count; i++) {
    const at = start + i * 20_000;
    const id = `chaos-${seed}-${i}`;
    const r = rnd();
    if (r < 0.03) {
      const w = pick(gridWorkers);
      feed.push({ at, room: null, from: w.name, fromId: w.id, text: rnd() < 0.5 ? '接单' : '办结 已到现场处理', id, kind: 'text' });
      continue;
    }
    const room = pick(config.groups).topic;
    const resident = `wxid_res${Math.floor(rnd() * 3000)}`;
    const text = r < 0.18 ? pick(COMPLAINTS)(1 + Math.floor(rnd() * 30)) : pick(CHAT);
    feed.push({ at, room, from: `居民${resident.slice(8)}`, fromId: resident, text, id, kind: 'text' });
  }
  return feed;
}

export function writeFeed(file: string, feed: TranscriptEvent[]): void {
  writeFileSync(file, feed.map((e) => JSON.stringify(e)).join('\n') + '\n');
}

export function readFeed(file: string): TranscriptEvent[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TranscriptEvent);
}
