import type { Config } from '../config/schema.js';
import { inWindow, localMinuteOfDay, parseHhmm } from '../clock/zoned-time.js';

/**
 * When a non-urgent ping to a worker may go out: now, or the end of quiet hours.
 * Quiet hours hold the ping, never the clock.
 */
export function releaseTime(now: number, urgent: boolean, config: Config): number {
  if (urgent) return now;
  const start = parseHhmm(config.sla.quietHours.start);
  const end = parseHhmm(config.sla.quietHours.end);
  const minute = localMinuteOfDay(now, config.community.timeZone);
  if (!inWindow(minute, start, end)) return now;
  const wait = (end - minute + 1440) % 1440;
  const startOfMinute = now - (now % 60_000);
  return startOfMinute + wait * 60_000;
}
