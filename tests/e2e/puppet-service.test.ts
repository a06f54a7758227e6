import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { PuppetServer } from 'wechaty-puppet-service';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { choosePuppet } from '../../src/transport/wechaty/choose-puppet.js';
import { startTestBot, type TestBot } from './harness.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * The production path: the bot runs on wechaty-puppet-service and talks gRPC over loopback
 * to a PuppetServer that serves the mock puppet, exactly as it would to a hosted provider.
 */
describe('the bot over wechaty-puppet-service (gRPC on 127.0.0.1)', () => {
  let server: PuppetServer;
  let bot: TestBot;
  const token = `insecure_yimi_${process.pid}`;

  beforeAll(async () => {
    process.env.WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_SERVER = 'true';
    process.env.WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT = 'true';
    const port = await freePort();
    const mocker = new mock.Mocker();
    server = new PuppetServer({ endpoint: `127.0.0.1:${port}`, puppet: new PuppetMock({ mocker }), token });
    await server.start();
    const puppet = await choosePuppet({ WECHATY_PUPPET_SERVICE_TOKEN: token, WECHATY_PUPPET_SERVICE_ENDPOINT: `127.0.0.1:${port}` });
    expect(puppet.kind).toBe('service');
    bot = await startTestBot({ puppet, mocker });
  }, 90_000);

  afterAll(async () => {
    await bot?.stop();
    await server?.stop();
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
