import { ManualClock } from '../../../src/clock/clock.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { openDatabase } from '../../../src/store/database.js';
import { createRepositories, type Repositories } from '../../../src/store/repositories.js';
import { CaseService } from '../../../src/cases/case-service.js';
import type { CaseLabel } from '../../../src/classify/labels.js';

export const H = 3_600_000;
export const M = 60_000;

/** A real :memory: database and the real case lifecycle on a manual clock. */
export function world(start: string) {
  const config = loadConfig('bot-config');
  const clock = new ManualClock(Date.parse(start));
  const repos: Repositories = createRepositories(openDatabase(':memory:'));
  const cases = new CaseService(repos, config, clock);
  let n = 0;
  const open = (category: CaseLabel, text = '路灯坏了', location: string | null = '东门', grid = 'G1') =>
    cases.open(
      { messageId: `m${++n}`, reporterId: `wxid_r${n}`, reporterName: `居民${n}`, roomId: null, roomTopic: '乐山红叶1期业主群', grid, text, at: clock.now() },
      category,
      false,
      location,
    ).case;
  /** Runs fn at the given offset from now, leaving the clock there. */
  const at = (offsetMs: number) => clock.advance(offsetMs);
  return { config, clock, repos, cases, open, at };
}
