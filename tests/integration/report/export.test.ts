import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCases } from '../../../src/report/export-cases.js';
import { world, H, M } from './history.js';

describe('export', () => {
  let w: ReturnType<typeof world>;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yimi-export-'));
    w = world('2025-11-20T09:00:00+08:00');
    const a = w.open('lighting', '东门路灯坏了，电话13812341234', '东门');
    w.open('parking', '车挡住消防通道，身份证330106194512123456的那位', '北门');
    w.at(10 * M);
    w.cases.claim(a.id, 'wxid_zhou');
    w.at(H);
    w.cases.resolve(a.id, 'wxid_zhou', '换了灯泡');
    w.at(H);
    w.cases.feedback(w.repos.cases.get(a.id)!, 'wxid_r1', { kind: 'rating', score: 3 });
    w.at(2 * 24 * H);
  });
  afterEach(() => {
    w.repos.db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips through xlsx with the timeline, masked numbers and the rating', async () => {
    const file = join(dir, 'cases.xlsx');
    const n = await exportCases(w.repos.db, w.config, '2025-11-20', '2025-11-20', file, w.clock.now());
    expect(n).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('案件明细')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('办理过程');
    const col = (name: string) => header.indexOf(name) + 1;
    const first = ws.getRow(2);
    expect(ws.rowCount).toBe(3);
    expect(first.getCell(col('编号')).value).toBe('C1');
    expect(first.getCell(col('类别')).value).toBe('路灯照明');
    expect(first.getCell(col('负责人')).value).toBe('周敏');
    expect(first.getCell(col('满意度')).value).toBe('基本满意');
    expect(first.getCell(col('24小时内办结')).value).toBe('是');
    expect(first.getCell(col('响应用时分钟')).value).toBe(10);
    expect(String(first.getCell(col('反映内容')).value)).toContain('138****1234');
    expect(String(first.getCell(col('办理过程')).value)).toMatch(/接单（周敏）[\s\S]*办结（周敏）/);
    const second = ws.getRow(3);
    expect(String(second.getCell(col('反映内容')).value)).toContain('330106********3456');
    expect(second.getCell(col('当前超时')).value).toBe('是');
    const all = JSON.stringify(ws.getSheetValues());
    expect(all).not.toContain('13812341234');
    expect(all).not.toContain('194512');
  });

  it('writes CSV with a UTF-8 BOM for Excel and WPS', async () => {
    const file = join(dir, 'cases.csv');
    await exportCases(w.repos.db, w.config, '2025-11-20', '2025-11-20', file, w.clock.now());
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toContain('"编号","类别"');
    expect(text).toContain('138****1234');
  });

  it('an empty range writes a header-only sheet', async () => {
    const file = join(dir, 'empty.xlsx');
    expect(await exportCases(w.repos.db, w.config, '2025-10-01', '2025-10-02', file, w.clock.now())).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('案件明细')!.rowCount).toBe(1);
  });
});
