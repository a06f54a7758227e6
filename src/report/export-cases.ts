import type { Db } from '../store/database.js';
import type { Config } from '../config/schema.js';
import { startOfLocalDay } from '../clock/zoned-time.js';
import { addDays } from './period.js';
import { exportRows } from './export-rows.js';
import { writeExport } from './export-file.js';

/** Writes the cases registered on local days fromDate..toDate (inclusive) to an .xlsx or .csv file. */
export async function exportCases(db: Db, config: Config, fromDate: string, toDate: string, file: string, now: number): Promise<number> {
  const tz = config.community.timeZone;
  const rows = exportRows(db, config, startOfLocalDay(fromDate, tz), startOfLocalDay(addDays(toDate, 1), tz), now);
  await writeExport(file, rows, `${config.community.name} 案件明细 ${fromDate} 至 ${toDate}（共 ${rows.length} 件）`);
  return rows.length;
}
