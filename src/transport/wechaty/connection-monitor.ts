import type { Wechaty } from 'wechaty';
import type { Logger } from 'pino';

export interface ConnectionOptions {
  /** How often to ding the puppet when all is quiet. */
  probeMs: number;
  /** No sign of life for this long means the connection is dead, even if nobody said so. */
  timeoutMs: number;
  /** Reconnect backoff: first wait, doubled each failure up to the max. */
  backoffMs: number;
  maxBackoffMs: number;
}

export interface ConnectionHooks {
  onOffline?(since: number): void;
  onOnline?(offlineSince: number | null): void;
}

/**
 * puppet-service connections drop silently: the gRPC stream ends, `isLoggedIn` stays true
 * and nothing arrives any more. This watches the heartbeat, dings the puppet when quiet,
 * and restarts the puppet with backoff until it hears from it again. The outbox asks
 * `online` before sending, so everything queues meanwhile.
 */
export class ConnectionMonitor {
  private lastSeen = Date.now();
  private offlineSince: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reconnecting = false;
  private backoff: number;
  private stopped = false;

  constructor(
    private readonly bot: Wechaty,
    private readonly opts: ConnectionOptions,
    private readonly log: Logger,
    private readonly hooks: ConnectionHooks = {},
  ) {
    this.backoff = opts.backoffMs;
    const alive = () => this.sawLife();
    bot.on('heartbeat', alive);
    bot.on('dong', alive);
    bot.on('message', alive);
    bot.on('login', alive);
    bot.on('logout', () => this.goOffline('logout'));
    bot.on('error', (err: Error) => {
      // gRPC codes 1 CANCELLED, 4 DEADLINE_EXCEEDED, 14 UNAVAILABLE: the link to the puppet is gone.
      if (/^\s*(?:Error: )?(1|4|14) [A-Z_]+:/.test(String(err?.message ?? err)) || /UNAVAILABLE|CANCELLED|ECONNREFUSED/.test(String(err))) {
        this.goOffline('connection error');
      }
    });
  }

  get online(): boolean {
    return this.offlineSince === null && this.bot.isLoggedIn;
  }

  get offlineFor(): number {
    return this.offlineSince === null ? 0 : Date.now() - this.offlineSince;
  }

  start(): void {
    if (this.timer) return;
    this.stopped = false;
    this.timer = setInterval(() => void this.check(), this.opts.probeMs);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private sawLife(): void {
    this.lastSeen = Date.now();
    if (this.offlineSince !== null && this.bot.isLoggedIn) {
      const since = this.offlineSince;
      this.offlineSince = null;
      this.backoff = this.opts.backoffMs;
      this.log.info({ offlineMs: Date.now() - since }, 'puppet connection is back');
      this.hooks.onOnline?.(since);
    }
  }

  private goOffline(why: string): void {
    if (this.stopped) return;
    if (this.offlineSince === null) {
      this.offlineSince = Date.now();
      this.log.warn({ why }, 'puppet connection lost; queuing until it is back');
      this.hooks.onOffline?.(this.offlineSince);
    }
    void this.reconnect();
  }

  private async check(): Promise<void> {
    if (this.stopped) return;
    if (Date.now() - this.lastSeen > this.opts.timeoutMs) {
      this.goOffline('no heartbeat');
      return;
    }
    try {
      this.bot.ding('yimi-probe');
    } catch {
      this.goOffline('ding failed');
    }
  }

  private async reconnect(): Promise<void> {
    if (this.reconnecting || this.stopped) return;
    this.reconnecting = true;
    try {
      while (!this.stopped && this.offlineSince !== null) {
        await new Promise((r) => setTimeout(r, this.backoff));
        if (this.stopped) break;
        this.log.info({ backoffMs: this.backoff }, 'reconnecting to the puppet');
        const before = this.lastSeen;
        try {
          await this.bot.puppet.stop().catch(() => undefined);
          await this.bot.puppet.start();
          this.bot.ding('yimi-reconnect');
        } catch (err) {
          this.log.warn({ err }, 'reconnect failed');
        }
        await new Promise((r) => setTimeout(r, Math.min(this.backoff, 2_000)));
        if (this.lastSeen > before && this.bot.isLoggedIn) this.sawLife();
        // Heard from the puppet but not logged in: waiting for the account to log in again.
        if (this.lastSeen > before) break;
        this.backoff = Math.min(this.backoff * 2, this.opts.maxBackoffMs);
      }
    } finally {
      this.reconnecting = false;
    }
  }
}
