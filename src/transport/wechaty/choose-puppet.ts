import { PuppetMock, mock } from 'wechaty-puppet-mock';
import type * as PUPPET from 'wechaty-puppet';

export type PuppetChoice =
  | { kind: 'mock'; puppet: PuppetMock; mocker: mock.Mocker }
  | { kind: 'service'; puppet: PUPPET.impls.PuppetInterface; endpoint: string | null };

/**
 * The puppet comes from the environment: with WECHATY_PUPPET_SERVICE_TOKEN (or
 * WECHATY_PUPPET=wechaty-puppet-service) the bot connects to a real account through a
 * puppet service; otherwise it runs on the mock puppet (demo, replay, tests).
 */
export async function choosePuppet(env: NodeJS.ProcessEnv = process.env): Promise<PuppetChoice> {
  const token = env.WECHATY_PUPPET_SERVICE_TOKEN;
  const wanted = env.WECHATY_PUPPET;
  if (token || wanted === 'wechaty-puppet-service') {
    if (!token) throw new Error('WECHATY_PUPPET=wechaty-puppet-service needs WECHATY_PUPPET_SERVICE_TOKEN');
    const { PuppetService } = await import('wechaty-puppet-service');
    const endpoint = env.WECHATY_PUPPET_SERVICE_ENDPOINT ?? null;
    const puppet = new PuppetService({ token, ...(endpoint ? { endpoint } : {}) });
    return { kind: 'service', puppet: puppet as unknown as PUPPET.impls.PuppetInterface, endpoint };
  }
  if (wanted && wanted !== 'wechaty-puppet-mock') {
    throw new Error(`WECHATY_PUPPET="${wanted}" is not supported; use wechaty-puppet-service (with a token) or wechaty-puppet-mock`);
  }
  const mocker = new mock.Mocker();
  return { kind: 'mock', puppet: new PuppetMock({ mocker }), mocker };
}
