import type { App } from '../app/build-app.js';
import type { ManualClock } from '../clock/clock.js';
import type { MockCommunity, Outbound } from '../transport/wechaty/mock-community.js';
import type { TranscriptEvent } from './transcript.js';

export interface RecordedOutbound extends Outbound {
  at: number;
}

/**
 * Drives a real app on a ManualClock: jumps from wake-up to wake-up (timers, outbox,
 * cron) and from event to event, waiting for each message to be decided before going on.
 */
export class Simulation {
  readonly outbound: RecordedOutbound[] = [];
  private readonly waiting = new Map<string, () => void>();

  constructor(
    private readonly app: App,
    private readonly world: MockCommunity,
    private readonly clock: ManualClock,
  ) {
    world.onOutbound((o) => this.outbound.push({ ...o, at: clock.now() }));
  }

  /** Call from the app's onResult hook. */
  decided(messageId: string): void {
    this.waiting.get(messageId)?.();
    this.waiting.delete(messageId);
  }

  async start(): Promise<void> {
    await this.app.start({ tickIntervalMs: null });
    const loggedIn = new Promise<void>((resolve) => this.app.bot.once('login', () => resolve()));
    this.world.login();
    await loggedIn;
  }

  /** Fires everything due up to `until`, in time order, then sets the clock to `until`. */
  async runUntil(until: number): Promise<void> {
    for (let guard = 0; guard < 100_000; guard++) {
      const next = this.app.scheduler.nextWakeAt(until);
      if (next === null || next > until) break;
      if (next > this.clock.now()) this.clock.set(next);
      const before = this.clock.now();
      await this.app.scheduler.tick();
      await settle();
      // Nothing could be sent at this instant (rate limit): step a second to make progress.
      if (this.app.scheduler.nextWakeAt(until) === before) this.clock.set(before + 1_000);
    }
    if (until > this.clock.now()) this.clock.set(until);
  }

  async post(e: TranscriptEvent): Promise<void> {
    await this.runUntil(Math.max(e.at, this.clock.now()));
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      this.waiting.set(e.id, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.world.post({ room: e.room, fromId: e.fromId, from: e.from, text: e.text, at: e.at, id: e.id, kind: e.kind });
    await done;
    await this.app.scheduler.tick();
    await settle();
  }
}

/** Lets the puppet's asynchronous emits land. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
