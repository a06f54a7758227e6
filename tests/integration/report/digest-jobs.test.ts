import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestJobs } from '../../../src/report/digest-jobs.js';
import { world, H, M } from './history.js';

describe('digest jobs on a manual clock', () => {
  let w: ReturnType<typeof world>;
  let dir: string;
  afterEach(() => {
    w.repos.db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the daily digest once a day at 08:00 to each supervisor, the chart as a file', async () => {
    w = world('2025-11-19T07:00:00+08:00');
    dir = mkdtempSync(join(tmpdir(), 'yimi-digest-'));
    w.open('lighting');
    const jobs = digestJobs({ config: w.config, repos: w.repos, chartDir: dir });
    const daily = jobs.find((j) => j.name === 'digest-daily')!;
    await daily.tick(w.clock.now());
    let fired = 0;
    // Three days in 10-minute ticks, with a repeated tick each time (restarts, slow loops).
    for (let t = 0; t < 3 * 24 * 6; t++) {
      w.clock.advance(10 * M);
      fired += await daily.tick(w.clock.now());
      fired += await daily.tick(w.clock.now());
    }
    expect(fired).toBe(3);
    const sent = w.repos.outbox.all().filter((i) => i.kind === 'digest');
    const supervisors = w.config.workers.filter((x) => x.roles.includes('supervisor')).map((x) => x.id);
    const texts = sent.filter((i) => i.filePath === null);
    const charts = sent.filter((i) => i.filePath !== null);
    expect(texts).toHaveLength(3 * supervisors.length);
    expect(charts).toHaveLength(3 * supervisors.length);
    expect(new Set(texts.map((i) => i.toId))).toEqual(new Set(supervisors));
    // 11-19 08:00 reports 11-18 (no cases); 11-20 08:00 reports 11-19 with the case opened at 07:00.
    expect(texts[0]!.text).toContain('11月18日');
    expect(texts[0]!.text).toContain('没有新增案件');
    const second = texts.find((i) => i.text.includes('11月19日'))!;
    expect(second.text).toContain('新增案件 1 件');
    expect(new Date(second.createdAt).toISOString()).toBe('2025-11-20T00:00:00.000Z');
    expect(charts.map((i) => i.filePath)).toContain(join(dir, 'digest-day-2025-11-19.png'));
  });

  it('fires the weekly digest on Monday and the monthly on the 1st only', async () => {
    w = world('2025-11-29T07:00:00+08:00');
    dir = mkdtempSync(join(tmpdir(), 'yimi-digest-'));
    const jobs = digestJobs({ config: w.config, repos: w.repos, charts: false });
    for (const j of jobs) await j.tick(w.clock.now());
    const fired: Record<string, number> = {};
    for (let t = 0; t < 4 * 24; t++) {
      w.clock.advance(H);
      for (const j of jobs) fired[j.name] = (fired[j.name] ?? 0) + (await j.tick(w.clock.now()));
    }
    // Nov 29 07:00 → Dec 3 07:00: dailies on 29, 30, 1, 2; Monday Dec 1 weekly; Dec 1 monthly.
    expect(fired).toEqual({ 'digest-daily': 4, 'digest-weekly': 1, 'digest-monthly': 1 });
    const monthly = w.repos.outbox.all().find((i) => i.text.includes('月报'))!;
    expect(monthly.text).toContain('2025年11月');
  });
});
