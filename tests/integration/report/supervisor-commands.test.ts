import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { supervisorCommands } from '../../../src/commands/list/supervisor/index.js';
import { buildRegistry } from '../../../src/commands/all-commands.js';
import type { CommandContext } from '../../../src/commands/command.js';
import { world, H } from './history.js';

function ctxFor(w: ReturnType<typeof world>, text: string): CommandContext {
  const worker = w.config.workers.find((x) => x.roles.includes('supervisor'))!;
  return {
    config: w.config,
    clock: w.clock,
    repos: w.repos,
    cases: w.cases,
    classifier: null as never,
    message: { id: `msg-${text}`, roomId: null, roomTopic: null, senderId: worker.id, senderName: worker.name, kind: 'text', text, sentAt: w.clock.now(), quotedText: null, mentions: [] },
    worker,
    services: {},
  };
}

async function say(w: ReturnType<typeof world>, text: string): Promise<string> {
  const hit = buildRegistry(supervisorCommands).match(text);
  if (!hit) throw new Error(`no command for ${text}`);
  return (await hit.command.run(ctxFor(w, text), hit.args)).text;
}

describe('supervisor commands', () => {
  let w: ReturnType<typeof world>;
  afterEach(() => {
    if (w?.repos.db.open) w.repos.db.close();
  });

  it('register without clashing, Chinese name first, supervisors only', () => {
    expect(() => buildRegistry(supervisorCommands)).not.toThrow();
    expect(supervisorCommands.map((c) => c.names.join('/'))).toEqual(['日报/digest', '周报/weekly', '月报/monthly', '超时/overdue', '统计/stats', '导出/export', '排班/rota']);
    for (const c of supervisorCommands) expect(c.audience).toEqual(['supervisor']);
  });

  it('超时 lists overdue cases with who holds them; 统计 splits by grid', async () => {
    w = world('2025-11-20T09:00:00+08:00');
    w.open('water', '停水了', '3号楼', 'G2');
    w.at(30 * H);
    expect(await say(w, '超时')).toMatch(/超时未办结 1 件[\s\S]*C1 供排水（3号楼） 乐山红叶第二网格 裘丽娟 超时6\.0小时/);
    expect(await say(w, '统计 网格')).toMatch(/乐山红叶第二网格：1件 24h办结0%/);
    expect(await say(w, 'stats 星座')).toContain('请写');
  });

  it('日报 takes a date and refuses one it cannot read', async () => {
    w = world('2025-11-20T09:00:00+08:00');
    w.open('lighting');
    w.at(24 * H);
    expect(await say(w, '日报 11月20日')).toContain('新增案件 1 件');
    expect(await say(w, '日报 明年')).toContain('看不懂日期');
    expect(await say(w, '周报')).toContain('11月10日—11月16日');
  });

  it('导出 writes the spreadsheet and queues it privately as a file', async () => {
    w = world('2025-11-20T09:00:00+08:00');
    w.open('lighting');
    const reply = await say(w, '导出 2025-11-01 2025-11-20');
    expect(reply).toContain('共 1 件');
    const file = w.repos.outbox.all().find((i) => i.filePath?.endsWith('.xlsx'))!;
    expect(file.toId).toBe(w.config.workers.find((x) => x.roles.includes('supervisor'))!.id);
    expect(existsSync(file.filePath!)).toBe(true);
  });
});
