import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from './harness.js';

const ROOM = '乐山红叶3期业主群'; // grid G2: wxid_qiu, backup wxid_linht
const QIU = 'wxid_qiu';
const MIN = 60_000;

describe('the closed loop (real Wechaty + mock puppet, simulated clock)', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ start: '2026-11-18T10:00:00+08:00' });
  });
  afterEach(async () => {
    await bot.stop();
  });

  const report = () => bot.post(ROOM, 'wxid_li5', '5号楼李阿姨', '3幢门口的路灯坏了好几天了，晚上黑乎乎的');

  it('claim → resolve → the resident confirms: closed with satisfaction', async () => {
    await report();
    await bot.post(null, QIU, '裘丽娟', '接单 C1');
    expect(bot.app.repos.cases.get(1)).toMatchObject({ status: 'acknowledged' });
    expect(bot.sentTo(QIU).at(-1)!.text).toContain('已接单 C1');
    await bot.advance(60 * MIN);
    await bot.post(null, QIU, '裘丽娟', '办结 C1 已更换灯泡');
    expect(bot.app.repos.cases.get(1)).toMatchObject({ status: 'resolved', resolutionNote: '已更换灯泡' });
    const ask = bot.saidIn(ROOM).at(-1)!;
    expect(ask.text).toMatch(/@5号楼李阿姨.*C1.*满意/);
    await bot.post(ROOM, 'wxid_li5', '5号楼李阿姨', '满意，谢谢');
    expect(bot.app.repos.cases.get(1)).toMatchObject({ status: 'closed', satisfaction: 5 });
    const types = bot.app.repos.cases.events(1).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['opened', 'assigned', 'claimed', 'resolved', 'follow_up_asked', 'rated', 'closed']));
  });

  it('不满意 reopens the case and tells the worker and a supervisor', async () => {
    await report();
    await bot.post(null, QIU, '裘丽娟', '接单');
    await bot.post(null, QIU, '裘丽娟', '办结 C1 已报修');
    await bot.post(ROOM, 'wxid_li5', '5号楼李阿姨', '不满意，晚上还是不亮');
    expect(bot.app.repos.cases.get(1)).toMatchObject({ status: 'reopened', reopenCount: 1 });
    expect(bot.sentTo(QIU).some((o) => o.text.includes('重新打开'))).toBe(true);
    expect(bot.sentTo('wxid_jiangh').some((o) => o.text.includes('重新打开'))).toBe(true);
  });

  it('escalates when nobody answers: reminder, backup, then supervisors at breach — once each', async () => {
    await report();
    await bot.advance(16 * MIN);
    expect(bot.sentTo(QIU).some((o) => o.text.includes('【提醒】'))).toBe(true);
    await bot.advance(8 * MIN);
    expect(bot.sentTo('wxid_linht').some((o) => o.text.includes('代办提醒'))).toBe(true);
    expect(bot.sentTo('wxid_jiangh').some((o) => o.text.includes('超时未响应'))).toBe(false);
    await bot.advance(10 * MIN);
    expect(bot.sentTo('wxid_jiangh').filter((o) => o.text.includes('超时未响应'))).toHaveLength(1);
    // Re-running the scheduler sends nothing twice.
    await bot.app.scheduler.tick();
    await bot.advance(5 * MIN);
    expect(bot.sentTo('wxid_jiangh').filter((o) => o.text.includes('超时未响应'))).toHaveLength(1);
    expect(bot.sentTo(QIU).filter((o) => o.text.includes('【提醒】'))).toHaveLength(1);
  });

  it('refuses a resident who tries a worker command, politely', async () => {
    await report();
    await bot.post(ROOM, 'wxid_li5', '5号楼李阿姨', '办结 C1');
    await bot.post(null, 'wxid_imposter', '裘丽娟', '接单 C1');
    expect(bot.app.repos.cases.get(1)).toMatchObject({ status: 'open' });
    expect(bot.saidIn(ROOM).at(-1)!.text).toContain('只有社区工作人员');
    expect(bot.sentTo('wxid_imposter').at(-1)!.text).toContain('只有社区工作人员');
  });

  it('answers an unknown case number, a typo and an unknown command clearly', async () => {
    await bot.post(null, QIU, '裘丽娟', '接单 C999');
    expect(bot.sentTo(QIU).at(-1)!.text).toContain('没有 C999');
    await bot.post(null, QIU, '裘丽娟', '接但 C1');
    expect(bot.sentTo(QIU).at(-1)!.text).toContain('接单');
    await bot.post(null, QIU, '裘丽娟', '帮助');
    expect(bot.sentTo(QIU).at(-1)!.text).toMatch(/接单.*\n.*办结/s);
  });

  it('joins a second report of the same problem to the case, and 合并 fixes what it missed', async () => {
    await report();
    await bot.post(ROOM, 'wxid_zhao7', '7幢赵姐', '3幢那边路灯确实不亮，昨晚差点摔跤');
    let cases = bot.app.repos.cases.all();
    expect(cases).toHaveLength(1);
    expect(bot.app.repos.cases.reporterIds(1).sort()).toEqual(['wxid_li5', 'wxid_zhao7']);
    // A report the bot could not tie to C1 (different wording, different room) is merged by hand.
    await bot.post('乐山红叶2期业主群', 'wxid_sun', '孙先生', '路灯一直是黑的，晚上都不敢出门了');
    cases = bot.app.repos.cases.all();
    expect(cases).toHaveLength(2);
    await bot.post(null, QIU, '裘丽娟', '合并 C2 C1');
    expect(bot.app.repos.cases.get(2)).toMatchObject({ status: 'merged', mergedInto: 1 });
    expect(bot.app.repos.cases.reporterIds(1)).toContain('wxid_sun');
  });

  it('answers "进度 C1" and a follow-up like "还没修好吗" with the case status', async () => {
    await report();
    await bot.post(ROOM, 'wxid_other', '路人甲', '进度 C1');
    expect(bot.saidIn(ROOM).at(-1)!.text).toContain('C1');
    expect(bot.saidIn(ROOM).at(-1)!.text).toContain('待接单');
    await bot.post(ROOM, 'wxid_li5', '5号楼李阿姨', '还没修好吗');
    expect(bot.saidIn(ROOM).at(-1)!.text).toContain('C1');
    expect(bot.app.repos.cases.count()).toBe(1);
  });

  it('立案 from a quoted message the bot missed, and 改类 / 不是案件 feed the classifier corrections', async () => {
    const missed = '今天晚上小区里好黑啊';
    await bot.post(ROOM, 'wxid_li5', '5号楼李阿姨', missed);
    expect(bot.app.repos.cases.count()).toBe(0);
    // WeChat delivers a quoted reply as text: the quote, a dashed line, then the reply.
    await bot.post(ROOM, QIU, '裘丽娟', `「5号楼李阿姨：${missed}」\n- - - - - - - - - - - - - - -\n@一米 立案 路灯照明`);
    expect(bot.app.repos.cases.get(1)).toMatchObject({ category: 'lighting', reporterId: 'wxid_li5', assigneeId: QIU });
    expect(bot.saidIn(ROOM).at(-1)!.text).toMatch(/@裘丽娟 已立案 C1/);
    await bot.post(null, QIU, '裘丽娟', '改类 C1 公共设施');
    expect(bot.app.repos.cases.get(1)!.category).toBe('facility');
    await bot.post(null, QIU, '裘丽娟', '不是案件 C1');
    expect(bot.app.repos.cases.get(1)!.status).toBe('dismissed');
    const corrections = bot.app.db.prepare('SELECT label FROM classifier_corrections ORDER BY id').all() as { label: string }[];
    expect(corrections.map((c) => c.label)).toEqual(['lighting', 'facility', 'none']);
  });
});
