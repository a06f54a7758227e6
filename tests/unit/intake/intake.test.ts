import { beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { openDatabase } from '../../../src/store/database.js';
import { createRepositories, type Repositories } from '../../../src/store/repositories.js';
import { CaseService } from '../../../src/cases/case-service.js';
import { buildRegistry } from '../../../src/commands/all-commands.js';
import { Intake } from '../../../src/intake/intake.js';
import { ManualClock } from '../../../src/clock/clock.js';
import { createLogger } from '../../../src/app/logger.js';
import type { Classifier, Classification } from '../../../src/classify/classifier.js';
import type { InboundMessage } from '../../../src/intake/inbound-message.js';

// The pipeline's own logic, with a hand-written classifier whose answers the test chooses.
const config = loadConfig('bot-config');
const answers = new Map<string, Classification>();
const fakeClassifier: Classifier = {
  classify: (text) => answers.get(text) ?? { label: 'none', urgent: false, location: null, confidence: 0.9 },
};

let seq = 0;
function msg(over: Partial<InboundMessage>): InboundMessage {
  return {
    id: `m${++seq}`,
    roomId: 'r1@chatroom',
    roomTopic: '乐山红叶3期业主群',
    senderId: 'wxid_res',
    senderName: '居民',
    kind: 'text',
    text: '你好',
    sentAt: clock.now(),
    quotedText: null,
    mentions: [],
    ...over,
  };
}

let clock: ManualClock;
let repos: Repositories;
let intake: Intake;

beforeEach(() => {
  clock = new ManualClock(Date.parse('2026-11-18T10:00:00+08:00'));
  repos = createRepositories(openDatabase(':memory:'));
  const cases = new CaseService(repos, config, clock);
  intake = new Intake({ config, clock, repos, cases, classifier: fakeClassifier, registry: buildRegistry(), log: createLogger('silent') });
  answers.clear();
});

describe('Intake', () => {
  it('stores every message once and decides it once', async () => {
    const m = msg({ text: '早上好' });
    expect((await intake.handle(m)).outcome).toBe('ignored');
    expect((await intake.handle(m)).outcome).toBe('duplicate');
    expect(repos.messages.count()).toBe(1);
  });

  it('skips stale history and non-text messages but keeps them', async () => {
    expect((await intake.handle(msg({ sentAt: clock.now() - 11 * 60_000 }))).outcome).toBe('stale');
    expect((await intake.handle(msg({ kind: 'other', text: '[Image]' }))).outcome).toBe('non_text');
    expect(repos.messages.count()).toBe(2);
  });

  it('remembers a room by id, so a renamed group keeps its grid', async () => {
    answers.set('路灯坏了', { label: 'lighting', urgent: false, location: null, confidence: 0.95 });
    await intake.handle(msg({ text: '早' }));
    const r = await intake.handle(msg({ roomTopic: '红叶三期 改名了', text: '路灯坏了' }));
    expect(r.outcome).toBe('case_opened');
    expect(repos.cases.get(r.caseId!)!.grid).toBe('G2');
  });

  it('asks the grid worker instead of opening a case when unsure', async () => {
    answers.set('好像有点漏水', { label: 'water', urgent: false, location: null, confidence: 0.4 });
    const r = await intake.handle(msg({ text: '好像有点漏水' }));
    expect(r.outcome).toBe('suspected');
    expect(repos.cases.count()).toBe(0);
    const [q] = repos.outbox.all();
    expect(q).toMatchObject({ toId: 'wxid_qiu', kind: 'suspect' });
    expect(q!.text).toMatch(/疑似案件 Q\d+.*立案 Q\d+.*忽略 Q\d+/s);
  });

  it('opens an urgent case even when unsure: a missed emergency costs more than a false alarm', async () => {
    answers.set('闻到煤气味', { label: 'safety', urgent: true, location: null, confidence: 0.4 });
    expect((await intake.handle(msg({ text: '闻到煤气味' }))).outcome).toBe('case_opened');
  });

  it('survives a crash inside one message: recorded as failed, the next message goes on', async () => {
    const boom: Classifier = { classify: () => { throw new Error('model exploded'); } };
    const cases = new CaseService(repos, config, clock);
    const fragile = new Intake({ config, clock, repos, cases, classifier: boom, registry: buildRegistry(), log: createLogger('silent') });
    const m = msg({ text: '随便说点什么' });
    expect((await fragile.handle(m)).outcome).toBe('failed');
    expect(repos.messages.outcomeOf(m.id)).toBe('failed');
    expect((await intake.handle(msg({ text: '早' }))).outcome).toBe('ignored');
  });

  it('decides again, on restart, a message a crash left pending', async () => {
    const m = msg({ text: '路灯坏了' });
    answers.set('路灯坏了', { label: 'lighting', urgent: false, location: null, confidence: 0.95 });
    repos.messages.insert(m, clock.now()); // stored, then the process died
    expect(await intake.recoverPending()).toBe(1);
    expect(repos.messages.outcomeOf(m.id)).toBe('case_opened');
    expect(repos.cases.count()).toBe(1);
  });

  it('takes a 50 KB message without losing it', async () => {
    const big = '楼道灯坏了'.repeat(10_000);
    const r = await intake.handle(msg({ text: big }));
    expect(['ignored', 'case_opened', 'suspected']).toContain(r.outcome);
    expect(repos.db.prepare('SELECT length(text) n FROM messages').get()).toEqual({ n: big.length });
  });

  it('does not treat staff messages in groups as residents\' cases', async () => {
    answers.set('【通知】明天停水', { label: 'water', urgent: false, location: null, confidence: 0.9 });
    expect((await intake.handle(msg({ senderId: 'wxid_qiu', text: '【通知】明天停水' }))).outcome).toBe('ignored');
  });
});

describe('commands in groups', () => {
  it('count only when addressed, alone, or naming a case; talk that starts with a command word is talk', async () => {
    const staff = (text: string) => msg({ senderId: 'wxid_qiu', senderName: '裘丽娟', text });
    expect((await intake.handle(staff('查一下明天停不停水'))).outcome).toBe('ignored');
    expect((await intake.handle(staff('我的车被刮了'))).outcome).toBe('ignored');
    expect((await intake.handle(staff('查 C99'))).detail).toBe('show');
    expect((await intake.handle(staff('@一米 我的'))).detail).toBe('mine');
    expect((await intake.handle(staff('帮助'))).detail).toBe('help');
  });
});
