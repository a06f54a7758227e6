import type { Db } from '../store/database.js';
import type { Config } from '../config/schema.js';
import { LABEL_INFO, isCaseLabel } from '../classify/labels.js';
import { formatCaseNo, STATUS_ZH, type CaseStatus } from '../cases/case.js';
import { localTimeFormatter } from './local-time.js';
import { closedWithin24h, CLOSURE_WINDOW } from './metrics.js';
import type { CaseFact, Transition } from './case-facts.js';
import { maskPersonalNumbers } from './mask.js';

/** One spreadsheet row per case: its facts, reporters, timeline and the resident's rating. */
export interface ExportRow {
  编号: string;
  类别: string;
  大类: string;
  紧急: string;
  网格: string;
  地点: string;
  来源群: string;
  状态: string;
  负责人: string;
  登记时间: string;
  首次响应: string;
  办结时间: string;
  关闭时间: string;
  响应用时分钟: number | null;
  '24小时内办结': string;
  当前超时: string;
  重开次数: number;
  满意度: string;
  反映人: string;
  反映内容: string;
  办理过程: string;
}

export const EXPORT_COLUMNS: (keyof ExportRow)[] = [
  '编号', '类别', '大类', '紧急', '网格', '地点', '来源群', '状态', '负责人', '登记时间', '首次响应', '办结时间', '关闭时间',
  '响应用时分钟', '24小时内办结', '当前超时', '重开次数', '满意度', '反映人', '反映内容', '办理过程',
];

const EVENT_ZH: Record<string, string> = {
  opened: '登记', reported_again: '再次反映', assigned: '分派', claimed: '接单', resolved: '办结', closed: '关闭', reopened: '重新打开',
  dismissed: '不予立案', merged: '合并', transferred: '转派', noted: '备注', recategorised: '改类别', reminded: '提醒', escalated: '上报',
  breached: '超时', follow_up_asked: '回访', rated: '居民评价',
};
const RATING_ZH: Record<string, string> = { '5': '满意', '3': '基本满意', '1': '不满意', 'not fixed': '未解决' };

interface CaseRow {
  id: number; category: string; urgent: number; location: string | null; roomTopic: string | null; grid: string | null; status: CaseStatus;
  assigneeId: string | null; summary: string; createdAt: number; closureDueAt: number; firstResponseAt: number | null; resolvedAt: number | null;
  closedAt: number | null; reopenCount: number; satisfaction: number | null;
}
interface ReportRow { caseId: number; reporterName: string; text: string; at: number }
interface EventRow { caseId: number; at: number; actorId: string; type: string; detail: string | null }

/** Cases registered on local days [fromDate, toDate], as export rows (numbers masked). */
export function exportRows(db: Db, config: Config, from: number, to: number, asOf: number): ExportRow[] {
  const tz = config.community.timeZone;
  const names = new Map(config.workers.map((w) => [w.id, w.name]));
  const cases = db
    .prepare(
      `SELECT id, category, urgent, location, room_topic roomTopic, grid, status, assignee_id assigneeId, summary, created_at createdAt,
         closure_due_at closureDueAt, first_response_at firstResponseAt, resolved_at resolvedAt, closed_at closedAt, reopen_count reopenCount,
         satisfaction FROM cases WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id`,
    )
    .all(from, to) as CaseRow[];
  const reports = groupByCase(db.prepare(
    `SELECT r.case_id caseId, r.reporter_name reporterName, r.text, r.at FROM case_reports r
     WHERE r.case_id IN (SELECT id FROM cases WHERE created_at >= ? AND created_at < ?) ORDER BY r.case_id, r.at`,
  ).all(from, to) as ReportRow[]);
  const events = groupByCase(db.prepare(
    `SELECT e.case_id caseId, e.at, e.actor_id actorId, e.type, e.detail FROM case_events e
     WHERE e.case_id IN (SELECT id FROM cases WHERE created_at >= ? AND created_at < ?) ORDER BY e.case_id, e.at, e.id`,
  ).all(from, to) as EventRow[]);

  const format = localTimeFormatter(tz);
  const time = (ms: number | null) => (ms === null ? '' : format(ms));
  return cases.map((c) => {
    const ev = events.get(c.id) ?? [];
    const rep = reports.get(c.id) ?? [];
    const transitions: Transition[] = ev.filter((e) => e.type === 'resolved' || e.type === 'reopened').map((e) => ({ at: e.at, kind: e.type as Transition['kind'] }));
    if (transitions.length === 0 && c.resolvedAt !== null) transitions.push({ at: c.resolvedAt, kind: 'resolved' });
    const fact = { createdAt: c.createdAt, transitions } as Pick<CaseFact, 'createdAt' | 'transitions'> as CaseFact;
    const excluded = c.status === 'dismissed' || c.status === 'merged';
    const within = excluded ? '不计入' : c.createdAt + CLOSURE_WINDOW > asOf ? '未满24小时' : closedWithin24h(fact) ? '是' : '否';
    const active = c.status === 'open' || c.status === 'acknowledged' || c.status === 'reopened';
    const lastRating = [...ev].reverse().find((e) => e.type === 'rated');
    const who = (id: string) => names.get(id) ?? (id === 'system' ? '系统' : '居民');
    return {
      编号: formatCaseNo(c.id),
      类别: isCaseLabel(c.category) ? LABEL_INFO[c.category].zh : c.category,
      大类: isCaseLabel(c.category) ? (LABEL_INFO[c.category].macro ?? '其他') : '其他',
      紧急: c.urgent ? '是' : '否',
      网格: c.grid ? (config.grids.find((g) => g.id === c.grid)?.name ?? c.grid) : '',
      地点: c.location ?? '',
      来源群: c.roomTopic ?? '',
      状态: STATUS_ZH[c.status] ?? c.status,
      负责人: c.assigneeId ? (names.get(c.assigneeId) ?? c.assigneeId) : '',
      登记时间: time(c.createdAt),
      首次响应: time(c.firstResponseAt),
      办结时间: time(c.resolvedAt),
      关闭时间: time(c.closedAt),
      响应用时分钟: c.firstResponseAt === null ? null : Math.round((c.firstResponseAt - c.createdAt) / 60_000),
      '24小时内办结': within,
      当前超时: active && c.closureDueAt < asOf ? '是' : '否',
      重开次数: c.reopenCount,
      满意度: lastRating ? (RATING_ZH[(lastRating.detail ?? '').trim()] ?? lastRating.detail ?? '') : c.satisfaction !== null ? (RATING_ZH[String(c.satisfaction)] ?? String(c.satisfaction)) : '未回复',
      反映人: [...new Set(rep.map((r) => r.reporterName))].join('、'),
      反映内容: maskPersonalNumbers(rep.length > 0 ? rep.map((r) => `${r.reporterName}：${r.text}`).join('\n') : c.summary),
      办理过程: ev
        .filter((e) => e.type !== 'assigned' && e.type !== 'follow_up_asked')
        .map((e) => `${time(e.at)} ${eventZh(e)}（${who(e.actorId)}）${e.type === 'rated' ? `：${RATING_ZH[(e.detail ?? '').trim()] ?? ''}` : ''}`)
        .join('\n'),
    };
  });
}

function eventZh(e: EventRow): string {
  if (e.type === 'breached') return e.detail === 'response' ? '响应超时' : e.detail === 'closure' ? '办结超时' : '超时';
  return EVENT_ZH[e.type] ?? e.type;
}

function groupByCase<T extends { caseId: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    let list = out.get(r.caseId);
    if (!list) out.set(r.caseId, (list = []));
    list.push(r);
  }
  return out;
}
