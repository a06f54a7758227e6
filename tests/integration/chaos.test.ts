import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChaos } from '../../src/chaos/run-chaos.js';

// The small version of `npm run chaos`: real bot processes, real SIGKILLs, real SQLite file.
describe('crash safety under SIGKILL', () => {
  it('stores every message once, opens every case once, sends every queued message exactly once, fires every deadline', async () => {
    const lines: string[] = [];
    const report = await runChaos({ dir: mkdtempSync(join(tmpdir(), 'yimi-chaos-')), messages: 800, kills: 6, seed: 3, maxMessagesPerLife: 150, log: (l) => lines.push(l) });
    if (report.problems.length > 0) console.error(lines.slice(-30).join('\n'));
    expect(report.problems).toEqual([]);
    expect(report.kills).toBeGreaterThanOrEqual(5);
    expect(report.messages).toBe(800);
    expect(report.cases).toBeGreaterThan(30);
    expect(report.sent).toBeGreaterThan(report.cases);
  }, 240_000);
});
