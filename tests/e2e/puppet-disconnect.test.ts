import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as PUPPET from 'wechaty-puppet';
import { choosePuppet } from '../../src/transport/wechaty/choose-puppet.js';
import { loadConfig } from '../../src/config/load-config.js';
import { startTestBot, type TestBot } from './harness.js';
import { LoopbackPuppetServer } from './loopback-server.js';

const ROOM = '乐山红叶3期业主群';
const MIN = 60_000;

async function until(cond: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * An honest disconnect: the loopback PuppetServer the bot reaches through
 * wechaty-puppet-service is stopped and started again. Meanwhile pings queue and residents
 * keep posting; afterwards nothing is lost and nothing is sent twice.
 */
describe('puppet trouble: the link drops and comes back', () => {
  const server = new LoopbackPuppetServer();
  let bot: TestBot;

  beforeAll(async () => {
    await server.start();
    const puppet = await choosePuppet({ WECHATY_PUPPET_SERVICE_TOKEN: server.token, WECHATY_PUPPET_SERVICE_ENDPOINT: server.endpoint });
    // Any outage longer than ~0.1 s counts as long here, so the supervisors' alert is exercised.
    const base = loadConfig('bot-config');
    const config = { ...base, connection: { ...base.connection, offlineAlertMinutes: 0.002 } };
    bot = await startTestBot({ config, puppet, mocker: server.mocker, connection: { probeMs: 200, timeoutMs: 5_000, backoffMs: 200, maxBackoffMs: 1_000 } });
  }, 90_000);

  afterAll(async () => {
    await bot?.stop();
    await server.stop();
  }, 60_000);

  it('queues while offline, reconnects with backoff, drains once on login, loses no message', async () => {
    const first = await bot.post(ROOM, 'wxid_li5', '5号楼李阿姨', '3幢门口的路灯坏了好几天了，晚上黑乎乎的');
    await until(() => bot.sentTo('wxid_qiu').length === 1, 'the first card');

    await server.stop();
    await until(() => bot.app.monitor!.online === false, 'the bot to notice');

    // The SLA clock runs on: the half-time reminder is due while the link is down.
    await bot.advance(16 * MIN);
    const pending = bot.app.repos.outbox.all().filter((o) => o.status !== 'sent');
    expect(pending.map((o) => o.text).join('\n')).toContain('【提醒】');
    expect(bot.sentTo('wxid_qiu').filter((o) => o.text.includes('【提醒】'))).toHaveLength(0);

    // Residents keep posting; the provider keeps these and hands them over after reconnecting.
    const roomId = server.mocker.cacheRoomPayload.size ? [...server.mocker.cacheRoomPayload.values()].find((r) => r.topic === '翠竹苑9-16幢')!.id : '';
    const during = 'outage-msg-1';
    bot.world.contact('wxid_r11', '11幢住户');
    server.mocker.MessageMock.create({ id: during, talkerId: 'wxid_r11', roomId, timestamp: bot.clock.now(), type: PUPPET.types.Message.Text, text: '11幢2单元的单元门坏了关不上，门禁也刷不开', mentionIdList: [] } as PUPPET.payloads.Message);

    await server.start();
    // The account logs in again once the provider is back; until the bot's reconnect has
    // re-opened the stream the login event has nobody to reach, so the phone "retries".
    const deadline = Date.now() + 60_000;
    while (!bot.app.monitor!.online) {
      if (Date.now() > deadline) throw new Error('never came back online');
      if (server.puppet.isLoggedIn) await server.puppet.logout().catch(() => undefined);
      bot.world.login();
      await until(() => bot.app.monitor!.online, 'online again', 2_000).catch(() => undefined);
    }

    // History replay after reconnect: the outage message and, again, one already handled.
    await bot.post(ROOM, 'x', 'x', '', during);
    await bot.post(ROOM, 'wxid_li5', '5号楼李阿姨', '3幢门口的路灯坏了好几天了，晚上黑乎乎的', first);
    await until(() => bot.sentTo('wxid_qiu').some((o) => o.text.includes('【提醒】')), 'the queued reminder');
    await bot.advance(MIN);

    expect(bot.app.repos.cases.all().map((c) => c.category)).toEqual(['lighting', 'facility']);
    expect(bot.sentTo('wxid_qiu').filter((o) => o.text.includes('【提醒】'))).toHaveLength(1);
    expect(bot.sentTo('wxid_qiu').filter((o) => o.text.includes('新案件 C1'))).toHaveLength(1);
    expect(bot.app.repos.outbox.all().filter((o) => o.status === 'failed')).toHaveLength(0);
    expect(bot.app.repos.messages.count()).toBe(2);
    // The supervisors hear how long the bot was deaf, once each.
    for (const s of ['wxid_jiangh', 'wxid_jinwm']) expect(bot.sentTo(s).filter((o) => o.text.includes('一米离线提醒'))).toHaveLength(1);
  }, 90_000);
});
