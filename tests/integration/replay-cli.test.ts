import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';

interface Summary {
  cases: { id: string; category: string; urgent: boolean; location: string | null; reporterIds: string[]; assigneeId: string; status: string; createdAt: string; firstResponseAt: string | null; resolvedAt: string | null; closedAt: string | null; satisfaction: number | null; mergedInto?: string }[];
  outbound: { at: string; toId: string | null; room: string | null; text: string }[];
  metrics: Record<string, number | null>;
}

/** Runs the CLI exactly as the contract says and parses the last line of stdout. */
function replay(file: string, ...args: string[]): Summary {
  const out = execFileSync('node_modules/.bin/tsx', ['src/cli/replay.ts', `tests/fixtures/replay/${file}`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = out.trim().split('\n');
  return JSON.parse(lines.at(-1)!) as Summary;
}

const sent = (s: Summary, toId: string, pattern: RegExp) => s.outbound.filter((o) => o.toId === toId && pattern.test(o.text));

describe('npm run replay (contract: ../shared/contracts.md)', () => {
  it('closed loop: report → card and ack → claim → resolve → resident confirms', () => {
    const s = replay('closed-loop.jsonl');
    expect(s.cases).toEqual([
      expect.objectContaining({
        id: 'C1', category: 'lighting', location: '3幢', reporterIds: ['wxid_li5'], assigneeId: 'wxid_qiu', status: 'closed',
        createdAt: '2026-11-18T08:03:00+08:00', firstResponseAt: '2026-11-18T08:12:00+08:00',
        resolvedAt: '2026-11-18T14:40:00+08:00', closedAt: '2026-11-18T15:02:00+08:00', satisfaction: 5,
      }),
    ]);
    expect(s.metrics).toMatchObject({ cases: 1, resolved: 1, closureRate24h: 1, responseRate30m: 1, escalations: 0 });
    expect(sent(s, 'wxid_qiu', /新案件 C1/)).toHaveLength(1);
    expect(s.outbound.filter((o) => o.room === '乐山红叶3期业主群').map((o) => o.text)).toEqual([
      expect.stringContaining('C1'),
      expect.stringMatching(/已办结.*满意/),
      expect.stringContaining('谢谢'),
    ]);
  }, 60_000);

  it('reopen: 不满意 reopens, the worker and a supervisor are told, the second resolution closes', () => {
    const s = replay('reopen.jsonl');
    expect(s.cases[0]).toMatchObject({ category: 'sanitation', status: 'closed', satisfaction: 3, resolvedAt: '2026-11-19T08:30:00+08:00' });
    expect(s.metrics).toMatchObject({ reopened: 1, closureRate24h: 1 });
    expect(sent(s, 'wxid_chen', /重新打开/)).toHaveLength(1);
    expect(sent(s, 'wxid_jiangh', /重新打开/)).toHaveLength(1);
  }, 60_000);

  it('escalation: reminder at 15 min, backup at 22.5, supervisors at 30; closure reminder and breach', () => {
    const s = replay('escalation.jsonl');
    expect(s.cases).toHaveLength(1);
    expect(s.cases[0]).toMatchObject({ assigneeId: 'wxid_zhaoxy', status: 'open', firstResponseAt: null, reporterIds: ['wxid_r11'] });
    expect(sent(s, 'wxid_zhaoxy', /【提醒】/).map((o) => o.at)).toEqual(['2026-11-18T10:15:00+08:00']);
    expect(sent(s, 'wxid_zhengxh', /代办提醒/).map((o) => o.at)).toEqual(['2026-11-18T10:22:30+08:00']);
    expect(sent(s, 'wxid_jiangh', /超时未响应/).map((o) => o.at)).toEqual(['2026-11-18T10:30:00+08:00']);
    expect(sent(s, 'wxid_zhaoxy', /办结提醒/).map((o) => o.at)).toEqual(['2026-11-19T07:00:00+08:00']);
    expect(sent(s, 'wxid_jiangh', /超时未办结/)).toHaveLength(1);
    // "还没人来吗" answered in the group with the status, not a second case.
    expect(s.outbound.some((o) => o.room === '翠竹苑9-16幢' && /待接单/.test(o.text))).toBe(true);
    expect(s.metrics).toMatchObject({ cases: 1, closureRate24h: 0, responseRate30m: 0, escalations: 3 });
  }, 60_000);

  it('duplicates: a second resident joins the case; 合并 folds in the one the bot missed', () => {
    const s = replay('duplicates.jsonl', '--drain', '0');
    expect(s.cases.map((c) => [c.id, c.status, c.reporterIds.length])).toEqual([
      ['C1', 'acknowledged', 3],
      ['C2', 'merged', 1],
    ]);
    expect(s.cases[1]!.mergedInto).toBe('C1');
    expect(s.metrics).toMatchObject({ cases: 1, merged: 1 });
  }, 60_000);

  it('routing: leave → backup, mediation rota, missing person to everyone, quiet hours hold the card', () => {
    const s = replay('routing.jsonl', '--drain', '12');
    const byId = Object.fromEntries(s.cases.map((c) => [c.id, c]));
    expect(byId.C1).toMatchObject({ category: 'lighting', assigneeId: 'wxid_linht' });
    expect(byId.C2).toMatchObject({ category: 'noise', assigneeId: 'wxid_guojp' });
    expect(byId.C3).toMatchObject({ category: 'missing_person', urgent: true });
    for (const id of ['wxid_sunw', 'wxid_shenlj', 'wxid_jiangh', 'wxid_jinwm']) expect(sent(s, id, /新案件 C3/)).toHaveLength(1);
    // 23:30: the night-duty worker hears at once; the grid worker's card waits for 07:00.
    expect(sent(s, 'wxid_caoj', /新案件 C4/).map((o) => o.at)).toEqual(['2026-11-18T23:30:00+08:00']);
    expect(sent(s, 'wxid_ligq', /新案件 C4/).map((o) => o.at)).toEqual(['2026-11-19T07:00:00+08:00']);
    expect(sent(s, 'wxid_r12', /只有社区工作人员/)).toHaveLength(1);
  }, 60_000);
});
