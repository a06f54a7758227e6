import { WechatyBuilder, type Wechaty, type Message } from 'wechaty';
import qrcodeTerminal from 'qrcode-terminal';
import type { Logger } from 'pino';
import type { InboundMessage } from '../../intake/inbound-message.js';
import { toInbound } from './to-inbound.js';
import type { PuppetChoice } from './choose-puppet.js';

export interface BotHooks {
  onMessage(msg: InboundMessage): Promise<unknown>;
  onLogin?(userId: string): void;
  onLogout?(): void;
}

/**
 * Builds the Wechaty bot on the chosen puppet and feeds every message but the bot's own into
 * the hooks. The age cutoff and dedup live in intake, which has the clock and the store.
 */
export function buildBot(choice: PuppetChoice, name: string, hooks: BotHooks, log: Logger): Wechaty {
  const bot = WechatyBuilder.build({ name, puppet: choice.puppet as never });
  bot.on('scan', (qrcode, status) => {
    log.info({ status }, 'scan the QR code with the WeChat account the bot will use');
    qrcodeTerminal.generate(qrcode, { small: true });
  });
  bot.on('login', (user) => {
    log.info({ user: user.id }, 'logged in');
    hooks.onLogin?.(user.id);
  });
  bot.on('logout', (user) => {
    log.warn({ user: user.id }, 'logged out');
    hooks.onLogout?.();
  });
  bot.on('error', (err) => log.error({ err }, 'wechaty error'));
  bot.on('message', async (message: Message) => {
    try {
      if (message.self()) return;
      await hooks.onMessage(await toInbound(message));
    } catch (err) {
      log.error({ err, msgId: message.id }, 'could not take message');
    }
  });
  return bot;
}

