import { afterEach, describe, expect, it } from 'vitest';
import { SqliteReportSource } from '../../../src/report/sqlite-report-source.js';
import { computeMetrics } from '../../../src/report/metrics.js';
import { makeDigest } from '../../../src/report/digest.js';
import { world, H, M } from './history.js';

describe('report rows from the real case lifecycle', () => {
  let w: ReturnType<typeof world>;
  afterEach(() => w.repos.db.close());

  it('keeps a reopened case honest although resolved_at was cleared', () => {
    w = world('2025-11-20T09:00:00+08:00');
    const t0 = w.clock.now();
    const quick = w.open('lighting');
    const reopened = w.open('water', '停水了', '3号楼');
    const late = w.open('elevator', '电梯坏了', '5号楼');
    const stuck = w.open('sanitation', '垃圾没人收', null);
    const dismissed = w.open('inquiry', '随便问问', null);
    w.at(10 * M);
    for (const c of [quick, reopened, late, stuck]) w.cases.claim(c.id, 'wxid_zhou');
    w.cases.dismiss(dismissed.id, 'wxid_zhou', '不是案件');
    w.at(2 * H);
    w.cases.resolve(quick.id, 'wxid_zhou', '换了灯泡');
    w.cases.resolve(reopened.id, 'wxid_zhou', '修好了');
    w.at(H);
    w.cases.feedback(w.repos.cases.get(quick.id)!, 'wxid_r1', { kind: 'rating', score: 5 });
    w.cases.feedback(w.repos.cases.get(reopened.id)!, 'wxid_r2', { kind: 'not_fixed' });
    expect(w.repos.cases.get(reopened.id)!.resolvedAt).toBeNull();
    w.clock.set(t0 + 24 * H + M);
    w.cases.resolve(late.id, 'wxid_zhou', '厂家来修了');
    w.clock.set(t0 + 3 * 24 * H);

    const source = new SqliteReportSource(w.repos.db);
    const now = w.clock.now();
    const facts = source.cohort(t0 - H, t0 + H, now);
    expect(facts.find((f) => f.id === reopened.id)!.transitions.map((t) => t.kind)).toEqual(['resolved', 'reopened']);
    const m = computeMetrics(facts, source.active(now), now, w.config.community.households);
    expect(m.cases).toBe(4);
    expect(m.dismissed).toBe(1);
    expect(m.closure24h).toEqual({ hits: 1, total: 4, rate: 0.25 });
    expect(m.reopen).toEqual({ hits: 1, total: 3, rate: 1 / 3 });
    expect(m.satisfaction).toEqual({ hits: 1, total: 2, rate: 0.5 });
    expect(m.response30m).toEqual({ hits: 4, total: 4, rate: 1 });
    expect(m.backlog).toBe(2);
    expect(m.overdue).toBe(2);
  });

  it('reconstructs what was active at a past instant', () => {
    w = world('2025-11-20T09:00:00+08:00');
    const c = w.open('lighting');
    w.at(30 * H);
    const before = w.clock.now();
    w.at(H);
    w.cases.resolve(c.id, 'wxid_zhou', '修好了');
    const source = new SqliteReportSource(w.repos.db);
    expect(source.active(before).map((a) => a.id)).toEqual([c.id]);
    expect(source.active(w.clock.now())).toEqual([]);
  });

  it('a day with no cases says so and does not crash', () => {
    w = world('2025-11-20T09:00:00+08:00');
    const d = makeDigest(w.repos.db, w.config, 'day', '2025-11-19', w.clock.now());
    expect(d.text).toContain('没有新增案件');
    expect(d.text).toContain('当前没有积压案件');
    expect(d.data.metrics.closure24h.rate).toBeNull();
  });

  it('the daily digest names the overdue case, its worker and the repeated place, on one screen', () => {
    w = world('2025-11-18T09:00:00+08:00');
    for (let i = 0; i < 3; i++) {
      w.open('lighting', '东门路灯又不亮了', '东门');
      w.at(12 * H);
    }
    w.clock.set(Date.parse('2025-11-21T08:00:00+08:00'));
    const d = makeDigest(w.repos.db, w.config, 'day', '2025-11-20', w.clock.now());
    expect(d.text).toMatch(/超时 3 件/);
    expect(d.text).toContain('周敏');
    expect(d.text).toMatch(/东门 路灯照明 3次/);
    expect(d.text.split('\n').length).toBeLessThanOrEqual(24);
  });
});
