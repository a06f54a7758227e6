import type { Logger } from 'pino';
import type { Clock } from '../clock/clock.js';
import type { SlaTicker } from '../sla/sla-ticker.js';
import type { OutboxDispatcher } from '../outbox/dispatcher.js';
import type { CronJob } from './cron-job.js';

/**
 * One tick does everything time-driven: fire due SLA timers and cron jobs, then drain the
 * outbox. Production ticks every second on the system clock; replays and tests tick a
 * ManualClock from wake-up to wake-up.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly sla: SlaTicker,
    private readonly outbox: OutboxDispatcher,
    private readonly jobs: CronJob[],
    private readonly log: Logger,
  ) {}

  async tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        this.sla.tick();
        for (const job of this.jobs) {
          try {
            await job.tick(this.clock.now());
          } catch (err) {
            this.log.error({ err, job: job.name }, 'scheduled job failed');
          }
        }
        await this.outbox.flush();
      } catch (err) {
        this.log.error({ err }, 'scheduler tick failed');
      }
    })();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  /** The earliest instant at which a tick would have something to do. */
  nextWakeAt(horizon: number): number | null {
    const now = this.clock.now();
    const candidates = [this.sla.nextDueAt(), this.outbox.nextWakeAt(), ...this.jobs.map((j) => j.nextAt(now, Math.max(0, horizon - now)))];
    const times = candidates.filter((t): t is number => t !== null);
    return times.length > 0 ? Math.max(now, Math.min(...times)) : null;
  }

  start(intervalMs = 1_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.running) await this.running;
  }
}
