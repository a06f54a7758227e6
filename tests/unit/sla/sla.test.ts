import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { deadlinesFor, ladderFor } from '../../../src/sla/deadlines.js';
import { releaseTime } from '../../../src/sla/quiet-hours.js';

const config = loadConfig('bot-config');
const MIN = 60_000;
const t0 = Date.parse('2026-11-18T10:00:00+08:00');

describe('SLA deadlines', () => {
  it('30 minutes to respond, 24 hours to close; urgent 10 minutes; per-category overrides', () => {
    expect(deadlinesFor('lighting', false, t0, config)).toEqual({ responseDueAt: t0 + 30 * MIN, closureDueAt: t0 + 24 * 60 * MIN });
    expect(deadlinesFor('safety', true, t0, config).responseDueAt).toBe(t0 + 10 * MIN);
    expect(deadlinesFor('elevator', false, t0, config).closureDueAt).toBe(t0 + 48 * 60 * MIN);
    expect(deadlinesFor('inquiry', false, t0, config).responseDueAt).toBe(t0 + 60 * MIN);
  });

  it('ladder: half, backup, breach; closure reminder at 20 h and breach at 24 h', () => {
    const ladder = ladderFor(t0, deadlinesFor('lighting', false, t0, config), config);
    expect(ladder.map((s) => [s.kind, (s.dueAt - t0) / MIN])).toEqual([
      ['response_half', 15],
      ['response_backup', 22.5],
      ['response_breach', 30],
      ['closure_reminder', 20 * 60],
      ['closure_breach', 24 * 60],
    ]);
  });
});

describe('quiet hours', () => {
  it('hold non-urgent pings until 07:00, never urgent ones', () => {
    const night = Date.parse('2026-11-18T23:10:00+08:00');
    expect(releaseTime(night, false, config)).toBe(Date.parse('2026-11-19T07:00:00+08:00'));
    expect(releaseTime(night, true, config)).toBe(night);
    const early = Date.parse('2026-11-19T06:59:00+08:00');
    expect(releaseTime(early, false, config)).toBe(Date.parse('2026-11-19T07:00:00+08:00'));
    expect(releaseTime(t0, false, config)).toBe(t0);
  });
});
