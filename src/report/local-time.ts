import { zoneOffsetMinutes } from '../clock/zoned-time.js';

const QUARTER_HOUR = 900_000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "YYYY-MM-DD HH:mm" in the zone, fast: Intl is asked for the offset once per quarter hour
 * (every zone changes offset on a quarter-hour boundary), not once per timestamp. Exports
 * format ~100,000 timestamps a month.
 */
export function localTimeFormatter(timeZone: string): (ms: number) => string {
  const offsets = new Map<number, number>();
  return (ms) => {
    const bucket = Math.floor(ms / QUARTER_HOUR);
    let off = offsets.get(bucket);
    if (off === undefined) offsets.set(bucket, (off = zoneOffsetMinutes(ms, timeZone)));
    const d = new Date(ms + off * 60_000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  };
}
