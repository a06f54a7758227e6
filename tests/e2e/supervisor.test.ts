import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from './harness.js';

const SUP = 'wxid_jiangh';

// 2026-11-18 is a Wednesday: the rota's mediator is wxid_guojp (郭建平).
describe('supervisor commands (real Wechaty + mock puppet)', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ start: '2026-11-18T10:00:00+08:00' });
  });
  afterEach(async () => bot.stop());

  it('排班 changes who mediates today; others are refused and the refusal is answered', async () => {
    await bot.post(null, 'wxid_guojp', '郭建平', '排班 周三 何雪梅');
    expect(bot.sentTo('wxid_guojp').at(-1)!.text).toContain('岗位不能使用');
    await bot.post(null, SUP, '蒋红', '排班 周三 何雪梅');
    expect(bot.sentTo(SUP).at(-1)!.text).toMatch(/已调整.*周三 何雪梅/s);
    await bot.post('乐山红叶7-14号楼', 'wxid_r10', '10号楼', '楼上天天晚上十一点还在装修电钻响，能不能管管');
    expect(bot.app.repos.cases.get(1)).toMatchObject({ category: 'noise', assigneeId: 'wxid_hexm' });
    await bot.post(null, SUP, '蒋红', '排班 恢复');
    await bot.post('乐山红叶1-6号楼', 'wxid_r3', '3号楼', '3号楼下面有人把车停在消防通道上，堵了一上午了');
    expect(bot.app.repos.cases.get(2)).toMatchObject({ category: 'parking', assigneeId: 'wxid_guojp' });
  });

  it('日报 answers a supervisor with the digest and a worker with a refusal', async () => {
    await bot.post('乐山红叶3期业主群', 'wxid_li5', '李阿姨', '3幢门口的路灯坏了好几天了，晚上黑乎乎的');
    await bot.advance(24 * 3_600_000);
    await bot.post(null, SUP, '蒋红', '日报 2026-11-18');
    expect(bot.sentTo(SUP).at(-1)!.text).toMatch(/日报[\s\S]*新增案件 1 件/);
    await bot.post(null, 'wxid_qiu', '裘丽娟', '日报');
    expect(bot.sentTo('wxid_qiu').at(-1)!.text).toContain('岗位不能使用');
  });

  it('sends the 08:00 daily digest to every supervisor by itself, once', async () => {
    await bot.post('乐山红叶3期业主群', 'wxid_li5', '李阿姨', '3幢门口的路灯坏了好几天了，晚上黑乎乎的');
    await bot.advance(23 * 3_600_000); // to 09:00 next day, past 08:00
    for (const s of [SUP, 'wxid_jinwm']) {
      const digests = bot.sentTo(s).filter((o) => o.text.includes('日报'));
      expect(digests).toHaveLength(1);
      // Queued at 08:00; the outbox's rate limit and jitter may add a few seconds.
      expect(digests[0]!.at - Date.parse('2026-11-19T08:00:00+08:00')).toBeGreaterThanOrEqual(0);
      expect(digests[0]!.at - Date.parse('2026-11-19T08:00:00+08:00')).toBeLessThan(60_000);
    }
  });
});
