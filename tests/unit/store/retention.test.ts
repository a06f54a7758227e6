import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { openDatabase } from '../../../src/store/database.js';
import { createRepositories } from '../../../src/store/repositories.js';
import type { MessageOutcome } from '../../../src/store/message-repository.js';
import { deleteOldChitChat } from '../../../src/store/retention.js';
import { CaseService } from '../../../src/cases/case-service.js';
import { ManualClock } from '../../../src/clock/clock.js';

const config = loadConfig('bot-config');
const DAY = 86_400_000;
const NOW = Date.parse('2026-11-18T04:00:00+08:00');

function setup() {
  const clock = new ManualClock(NOW - 40 * DAY);
  const repos = createRepositories(openDatabase(':memory:'));
  const cases = new CaseService(repos, config, clock);
  const add = (id: string, outcome: MessageOutcome, ageDays: number, caseId?: number) => {
    const at = NOW - ageDays * DAY;
    repos.messages.insert({ id, roomId: 'r1', roomTopic: '乐山红叶3期业主群', senderId: 'wxid_res', senderName: '居民', kind: 'text', text: id, sentAt: at, quotedText: null, mentions: [] }, at);
    repos.messages.setOutcome(id, outcome, { caseId });
  };
  return { repos, cases, clock, add };
}

const ids = (repos: ReturnType<typeof setup>['repos']) =>
  (repos.db.prepare('SELECT id FROM messages ORDER BY id').all() as { id: string }[]).map((r) => r.id);

describe('deleteOldChitChat', () => {
  it('deletes old chit-chat and noise, keeps recent chit-chat and every message that matters', () => {
    const { repos, cases, add } = setup();
    const chitChat: MessageOutcome[] = ['ignored', 'stale', 'non_text', 'unknown_room', 'own'];
    const evidence: MessageOutcome[] = ['case_opened', 'case_attached', 'suspected', 'command', 'resident_reply', 'pending', 'failed'];
    for (const o of chitChat) {
      add(`old-${o}`, o, 31);
      add(`new-${o}`, o, 29);
    }
    for (const o of evidence) add(`old-${o}`, o, 400);

    const c = repos.db.transaction(() =>
      cases.open({ messageId: 'old-case_opened', reporterId: 'wxid_res', reporterName: '居民', roomId: 'r1', roomTopic: null, grid: 'G2', text: '路灯坏了', at: NOW - 400 * DAY }, 'lighting', false, null),
    )();
    // Chit-chat by outcome, yet a case quotes it (e.g. a worker filed it by hand): kept.
    add('old-quoted', 'ignored', 90);
    repos.cases.addReport({ caseId: c.case.id, messageId: 'old-quoted', reporterId: 'wxid_res', reporterName: '居民', roomId: 'r1', text: 'x', at: NOW - 90 * DAY });
    add('old-linked', 'ignored', 90, c.case.id);
    const audit = (repos.db.prepare('SELECT COUNT(*) n FROM case_events').get() as { n: number }).n;

    expect(deleteOldChitChat(repos.db, NOW, 30)).toBe(chitChat.length);
    expect(ids(repos)).toEqual(
      [...chitChat.map((o) => `new-${o}`), ...evidence.map((o) => `old-${o}`), 'old-quoted', 'old-linked'].sort(),
    );
    expect((repos.db.prepare('SELECT COUNT(*) n FROM case_events').get() as { n: number }).n).toBe(audit);
    expect((repos.db.prepare('SELECT COUNT(*) n FROM case_reports').get() as { n: number }).n).toBe(2);
    expect(repos.cases.count()).toBe(1);
    // Running it again the same night changes nothing.
    expect(deleteOldChitChat(repos.db, NOW, 30)).toBe(0);
  });

  it('works through more rows than one batch and honours the configured days', () => {
    const { repos, add } = setup();
    repos.db.transaction(() => { for (let i = 0; i < 4_500; i++) add(`m${String(i).padStart(5, '0')}`, 'ignored', i % 2 === 0 ? 8 : 6); })();
    expect(deleteOldChitChat(repos.db, NOW, 7)).toBe(2_250);
    expect(repos.messages.count()).toBe(2_250);
    expect(() => deleteOldChitChat(repos.db, NOW, 0)).toThrow(/positive/);
  });
});
