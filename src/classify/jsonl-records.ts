import { readFileSync } from 'node:fs';
import { ALL_LABELS, type Label } from './labels.js';

/** One input line of the classify/eval contract; gold fields are present for eval. */
export interface InputRecord {
  line: number;
  id: string | null;
  text: string;
  group?: string;
  sender?: string;
  gold?: { label: Label; urgent: boolean; location: string | null };
}

export interface BadRecord {
  line: number;
  id: string | null;
  error: string;
}

/** Reads FILE, or standard input for "-". */
export function readInput(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

export function parseRecords(content: string): (InputRecord | BadRecord)[] {
  const out: (InputRecord | BadRecord)[] = [];
  const lines = content.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      out.push({ line, id: idFromBrokenLine(raw), error: 'invalid JSON' });
      return;
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      out.push({ line, id: null, error: 'line is not a JSON object' });
      return;
    }
    const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : null;
    if (typeof row.text !== 'string') {
      out.push({ line, id, error: 'missing string field "text"' });
      return;
    }
    const record: InputRecord = { line, id, text: row.text };
    if (typeof row.group === 'string') record.group = row.group;
    if (typeof row.sender === 'string') record.sender = row.sender;
    if (ALL_LABELS.includes(row.label as Label)) {
      record.gold = {
        label: row.label as Label,
        urgent: row.urgent === true,
        location: typeof row.location === 'string' ? row.location : null,
      };
    }
    out.push(record);
  });
  return out;
}

export function isBad(record: InputRecord | BadRecord): record is BadRecord {
  return 'error' in record;
}

// Best effort: a truncated line often still shows its id.
function idFromBrokenLine(raw: string): string | null {
  return raw.match(/"id"\s*:\s*"([^"]{1,64})"/)?.[1] ?? null;
}
