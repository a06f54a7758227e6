import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePuppet } from '../../src/transport/wechaty/choose-puppet.js';
import { startTestBot, type TestBot } from './harness.js';
import { LoopbackPuppetServer } from './loopback-server.js';

/**
 * The production path: the bot runs on wechaty-puppet-service and talks gRPC over loopback
 * to a PuppetServer that serves the mock puppet, exactly as it would to a hosted provider.
 */
describe('the bot over wechaty-puppet-service (gRPC on 127.0.0.1)', () => {
  const server = new LoopbackPuppetServer();
  let bot: TestBot;

  beforeAll(async () => {
    await server.start();
    const puppet = await choosePuppet({ WECHATY_PUPPET_SERVICE_TOKEN: server.token, WECHATY_PUPPET_SERVICE_ENDPOINT: server.endpoint });
    expect(puppet.kind).toBe('service');
    bot = await startTestBot({ puppet, mocker: server.mocker });
  }, 90_000);

  afterAll(async () => {
    await bot?.stop();
    await server.stop();
  }, 60_000);

  it('turns a group complaint into a case, a private card and a group acknowledgement', async () => {
    await bot.post('乐山红叶3期业主群', 'wxid_li5', '5号楼李阿姨', '3幢门口的路灯坏了好几天了，晚上黑乎乎的');
    // Sends cross gRPC asynchronously: give them a moment of real time.
    for (let i = 0; i < 50 && bot.outbound.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      await bot.advance(2_000);
    }
    expect(bot.app.repos.cases.all()).toMatchObject([{ category: 'lighting', assigneeId: 'wxid_qiu' }]);
    expect(bot.sentTo('wxid_qiu')[0]!.text).toContain('C1');
    expect(bot.saidIn('乐山红叶3期业主群')[0]!.text).toContain('C1');
  }, 60_000);
});
