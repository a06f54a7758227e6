import { createServer } from 'node:net';
import { PuppetServer } from 'wechaty-puppet-service';
import { PuppetMock, mock } from 'wechaty-puppet-mock';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** A PuppetServer serving the mock puppet on 127.0.0.1, as a hosted puppet provider would. */
export class LoopbackPuppetServer {
  readonly mocker = new mock.Mocker();
  readonly puppet = new PuppetMock({ mocker: this.mocker });
  readonly token = `insecure_yimi_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  private server: PuppetServer | null = null;
  endpoint = '';

  async start(): Promise<void> {
    process.env.WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_SERVER = 'true';
    process.env.WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT = 'true';
    if (!this.endpoint) this.endpoint = `127.0.0.1:${await freePort()}`;
    this.server = new PuppetServer({ endpoint: this.endpoint, puppet: this.puppet, token: this.token });
    await this.server.start();
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = null;
  }
}
