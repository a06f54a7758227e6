import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { EXPORT_COLUMNS, type ExportRow } from './export-rows.js';

const WIDTHS: Partial<Record<keyof ExportRow, number>> = { 反映内容: 50, 办理过程: 60, 网格: 18, 来源群: 20, 登记时间: 17, 首次响应: 17, 办结时间: 17, 关闭时间: 17 };

const WRAP = new Set<keyof ExportRow>(['反映内容', '办理过程']);

/** .xlsx with a frozen header row; long cells wrap. Streamed: a month of cases stays well under 5 s. */
export async function writeXlsx(file: string, rows: readonly ExportRow[], title: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  wb.creator = 'Yimi';
  const ws = wb.addWorksheet('案件明细', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = EXPORT_COLUMNS.map((key) => ({
    header: key,
    key,
    width: WIDTHS[key] ?? Math.max(8, key.length * 2 + 2),
    style: WRAP.has(key) ? { alignment: { wrapText: true, vertical: 'top' } } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  const info = wb.addWorksheet('说明');
  info.addRow([title]).commit();
  info.addRow(['手机号、身份证号等已做脱敏处理（如 138****1234）。']).commit();
  info.addRow(['指标口径见 docs/metrics.md。']).commit();
  info.commit();
  await wb.commit();
}

// Excel and WPS guess GBK for a CSV without a BOM; a cell starting with = + - @ would run as a formula.
export function toCsv(rows: readonly ExportRow[]): string {
  const cell = (v: unknown) => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return String(v);
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return `"${s.replace(/"/g, '""')}"`;
  };
  const lines = [EXPORT_COLUMNS.map(cell).join(','), ...rows.map((r) => EXPORT_COLUMNS.map((k) => cell(r[k])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function writeCsv(file: string, rows: readonly ExportRow[]): void {
  writeFileSync(file, toCsv(rows), 'utf8');
}

/** Writes .xlsx or .csv by the file's extension. */
export async function writeExport(file: string, rows: readonly ExportRow[], title: string): Promise<void> {
  if (/\.csv$/i.test(file)) writeCsv(file, rows);
  else if (/\.xlsx$/i.test(file)) await writeXlsx(file, rows, title);
  else throw new Error(`export file must end in .xlsx or .csv: ${file}`);
}
