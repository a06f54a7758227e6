import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { startTestBot, type TestBot } from './harness.js';

// A copy of the shipped community where the G2 grid worker's WeChat id is not known yet.
function configWithUnboundQiu() {
  const config = loadConfig('bot-config');
  const workers = config.workers.map((w) => (w.id === 'wxid_qiu' ? { ...w, id: 'unbound:qiu' } : w));
  return { ...config, workers };
}

/** A six-digit code that is certainly not `code`. */
const wrongCode = (code: string) => code.slice(0, 5) + ((Number(code[5]) + 1) % 10);

describe('identity: roles follow contact ids, never names', () => {
  let bot: TestBot;
  afterEach(async () => bot?.stop());

  it('a resident renamed to a worker\'s name gets no worker powers', async () => {
    bot = await startTestBot();
    await bot.post('乐山红叶3期业主群', 'wxid_li5', '李阿姨', '3幢门口的路灯坏了好几天了，晚上黑乎乎的');
    await bot.post('乐山红叶3期业主群', 'wxid_fake', '裘丽娟', '接单 C1');
    await bot.post(null, 'wxid_fake', '裘丽娟', '办结 C1 修好了');
    await bot.post(null, 'wxid_fake', '裘丽娟', '日报');
    expect(bot.app.repos.cases.get(1)).toMatchObject({ status: 'open', firstResponseAt: null });
    expect(bot.sentTo('wxid_fake').every((o) => /只有社区工作人员|没看懂|帮助/.test(o.text))).toBe(true);
  });

  it('an unbound worker binds with a supervisor\'s one-time code, then gets the cards', async () => {
    bot = await startTestBot({ config: configWithUnboundQiu() });
    // Before binding, G2's cases go to the backup: nobody could read a card sent to "unbound:qiu".
    await bot.post('乐山红叶3期业主群', 'wxid_li5', '李阿姨', '3幢门口的路灯坏了好几天了，晚上黑乎乎的');
    expect(bot.app.repos.cases.get(1)!.assigneeId).toBe('wxid_linht');

    await bot.post(null, 'wxid_jiangh', '蒋红', '绑定码 裘丽娟');
    const code = /绑定码：(\d{6})/.exec(bot.sentTo('wxid_jiangh').at(-1)!.text)![1]!;
    await bot.post(null, 'wxid_new_qiu', '小裘', `绑定 ${wrongCode(code)}`);
    expect(bot.sentTo('wxid_new_qiu').at(-1)!.text).toContain('不对');
    await bot.post(null, 'wxid_new_qiu', '小裘', `绑定 ${code}`);
    expect(bot.sentTo('wxid_new_qiu').at(-1)!.text).toContain('绑定成功');
    await bot.post(null, 'wxid_thief', '路人', `绑定 ${code}`);
    expect(bot.sentTo('wxid_thief').at(-1)!.text).toContain('用过');

    await bot.post('乐山红叶7-14号楼', 'wxid_r12', '12号楼', '12号楼2单元的楼道灯全坏了，晚上伸手不见五指');
    const c2 = bot.app.repos.cases.get(2)!;
    expect(c2.assigneeId).toBe('unbound:qiu');
    expect(bot.sentTo('wxid_new_qiu').some((o) => o.text.includes('新案件 C2'))).toBe(true);
    await bot.post(null, 'wxid_new_qiu', '小裘', '接单 C2');
    expect(bot.app.repos.cases.get(2)!.status).toBe('acknowledged');
  });
});
