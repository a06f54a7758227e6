import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from './harness.js';

const ROOM = '乐山红叶3期业主群'; // grid G2, grid worker wxid_qiu

describe('a group message becomes an assigned case (real Wechaty + mock puppet)', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('opens one case for a complaint, pings the grid worker privately and acknowledges the resident', async () => {
    await bot.post(ROOM, 'wxid_li5', '5号楼李阿姨', '3幢门口的路灯坏了好几天了，晚上黑乎乎的，麻烦物业来修一下');
    const cases = bot.app.repos.cases.all();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ category: 'lighting', assigneeId: 'wxid_qiu', status: 'open', roomTopic: ROOM, reporterId: 'wxid_li5' });
    const card = bot.sentTo('wxid_qiu');
    expect(card).toHaveLength(1);
    expect(card[0]!.text).toContain('C1');
    expect(card[0]!.text).toContain('路灯照明');
    expect(card[0]!.text).toContain('3幢');
    const ack = bot.saidIn(ROOM);
    expect(ack).toHaveLength(1);
    expect(ack[0]!.text).toMatch(/@5号楼李阿姨.*C1/);
  });

  it('opens nothing for chit-chat', async () => {
    await bot.post(ROOM, 'wxid_a', '小王', '今晚路灯下散步好舒服呀');
    await bot.post(ROOM, 'wxid_b', '老张', '早上好各位邻居');
    await bot.post(ROOM, 'wxid_c', '小美', '收到，谢谢');
    expect(bot.app.repos.cases.count()).toBe(0);
    expect(bot.outbound).toHaveLength(0);
    expect(bot.app.repos.messages.count()).toBe(3);
  });

  it('opens one case when WeChat delivers the same message twice', async () => {
    await bot.post(ROOM, 'wxid_li5', '李阿姨', '5号楼2单元电梯坏了，停在三楼不动', 'same-id');
    await bot.post(ROOM, 'wxid_li5', '李阿姨', '5号楼2单元电梯坏了，停在三楼不动', 'same-id');
    expect(bot.app.repos.cases.count()).toBe(1);
    expect(bot.app.repos.messages.count()).toBe(1);
    expect(bot.saidIn(ROOM)).toHaveLength(1);
  });

  it('ignores a room that is not in the configuration, but stores the message', async () => {
    const id = await bot.post('隔壁小区吃喝群', 'wxid_x', '路人', '3幢的路灯坏了，快来修');
    expect(bot.app.repos.cases.count()).toBe(0);
    expect(bot.outbound).toHaveLength(0);
    expect(bot.app.repos.messages.outcomeOf(id)).toBe('unknown_room');
  });

  it('sends an urgent case to the safety officer too', async () => {
    await bot.post('翠竹苑1-8幢', 'wxid_w6', '6幢王先生', '6幢2单元电梯卡在4楼了，里面有人被困，快来人！');
    const [c] = bot.app.repos.cases.all();
    expect(c).toMatchObject({ category: 'elevator', urgent: true, assigneeId: 'wxid_ligq' });
    expect(bot.sentTo('wxid_shenlj').length).toBeGreaterThan(0);
  });
});
