import cron from 'node-cron';
import type { KvRepository } from '../store/kv-repository.js';

const MINUTE = 60_000;

/**
 * A node-cron expression fired by our own tick on the injected clock, so a replay or a test
 * drives it exactly like production. The last fired minute is persisted: a restart or a
 * re-run tick never fires the same minute twice.
 */
export class CronJob {
  private readonly task;

  constructor(
    readonly name: string,
    readonly expression: string,
    timeZone: string,
    private readonly run: (at: number) => Promise<void> | void,
    private readonly kv: KvRepository,
  ) {
    if (!cron.validate(expression)) throw new Error(`invalid cron expression for ${name}: "${expression}"`);
    // Created, never started: node-cron parses and matches, our clock decides when.
    this.task = cron.createTask(expression, () => undefined, { timezone: timeZone, name });
  }

  /** Fires for every matching minute in (last fired, now]; returns how many fired. */
  async tick(now: number): Promise<number> {
    const key = `cron:${this.name}:last`;
    const stored = this.kv.get(key);
    const currentMinute = now - (now % MINUTE);
    // First run ever: start from now, do not replay the past.
    let from = stored === null ? currentMinute - MINUTE : Number(stored);
    if (currentMinute - from > 40 * 24 * 60 * MINUTE) from = currentMinute - 40 * 24 * 60 * MINUTE;
    let fired = 0;
    for (let m = from + MINUTE; m <= currentMinute; m += MINUTE) {
      if (!this.task.match(new Date(m))) continue;
      this.kv.set(key, String(m));
      await this.run(m);
      fired++;
    }
    this.kv.set(key, String(currentMinute));
    return fired;
  }

  /** The next matching minute after `now`, searched up to `horizonMs` ahead. */
  nextAt(now: number, horizonMs = 48 * 3_600_000): number | null {
    const start = now - (now % MINUTE) + MINUTE;
    for (let m = start; m <= now + horizonMs; m += MINUTE) if (this.task.match(new Date(m))) return m;
    return null;
  }
}
