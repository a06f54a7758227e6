// Every sentence the bot says about cases, in one place, so tone stays consistent.
import type { Case } from './case.js';
import { formatCaseNo, STATUS_ZH } from './case.js';
import { LABEL_INFO } from '../classify/labels.js';
import { toChatTime } from '../clock/zoned-time.js';

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max)}…` : text);

export function caseCard(c: Case, tz: string, residentText: string, extra?: string): string {
  const lines = [
    `【新案件 ${formatCaseNo(c.id)}】${LABEL_INFO[c.category].zh}${c.urgent ? '（紧急）' : ''}`,
    `地点：${c.location ?? '未说明'}${c.roomTopic ? `（${c.roomTopic}）` : ''}`,
    `居民：${c.reporterName}`,
    `原话：${clip(residentText)}`,
    `请于 ${toChatTime(c.responseDueAt, tz)} 前接单，${toChatTime(c.closureDueAt, tz)} 前办结。`,
    `回复「接单 ${formatCaseNo(c.id)}」接单，「办结 ${formatCaseNo(c.id)} 处理说明」办结。`,
  ];
  if (extra) lines.push(extra);
  return lines.join('\n');
}

export function acknowledgement(c: Case, reporterName: string, urgent: boolean): string {
  const who = reporterName ? `@${reporterName} ` : '';
  return urgent
    ? `${who}已收到，紧急情况已立案 ${formatCaseNo(c.id)}，已通知网格员和安全员马上处理。如有危险请先拨打110/119。`
    : `${who}收到，已登记为 ${formatCaseNo(c.id)}（${LABEL_INFO[c.category].zh}），网格员会尽快处理。查询进度请回复「进度 ${formatCaseNo(c.id)}」。`;
}

export function attachedAck(c: Case, reporterName: string): string {
  return `@${reporterName} 收到，这个问题已在办理中（${formatCaseNo(c.id)}，${STATUS_ZH[c.status]}），已把您的情况补充给网格员。`;
}

export function statusLine(c: Case, tz: string, assigneeName: string | null): string {
  const parts = [`${formatCaseNo(c.id)} ${LABEL_INFO[c.category].zh}${c.location ? `（${c.location}）` : ''}：${STATUS_ZH[c.status]}`];
  if (assigneeName) parts.push(`负责人 ${assigneeName}`);
  parts.push(`${toChatTime(c.createdAt, tz)} 登记`);
  if (c.resolvedAt) parts.push(`${toChatTime(c.resolvedAt, tz)} 办结${c.resolutionNote ? `：${clip(c.resolutionNote, 40)}` : ''}`);
  return parts.join('，');
}

export function suspectQuestion(messageRef: string, roomTopic: string, senderName: string, text: string, guess: string): string {
  return [
    `【疑似案件 ${messageRef}】${roomTopic} · ${senderName}`,
    `原话：${clip(text)}`,
    `机器判断：${guess}，把握不大。`,
    `回复「立案 ${messageRef}」或「忽略 ${messageRef}」。`,
  ].join('\n');
}
