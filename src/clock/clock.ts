/** The only source of "now" in the domain; tests and replays pass a ManualClock. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export class ManualClock implements Clock {
  constructor(private current: number) {}
  now(): number {
    return this.current;
  }
  set(ms: number): void {
    if (ms < this.current) throw new Error('a clock does not go backwards');
    this.current = ms;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
