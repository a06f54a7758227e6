import type { ActiveCase, CaseFact } from '../../../src/report/case-facts.js';

export const H = 3_600_000;
export const M = 60_000;
export const T0 = Date.parse('2025-11-20T09:00:00+08:00');

/** A hand-built case opened at T0 + offset; times in the patch are offsets from its opening. */
export function fact(id: number, patch: Partial<Omit<CaseFact, 'transitions'>> & { resolved?: number[]; reopened?: number[] } = {}): CaseFact {
  const createdAt = patch.createdAt ?? T0;
  const transitions = [
    ...(patch.resolved ?? []).map((o) => ({ at: createdAt + o, kind: 'resolved' as const })),
    ...(patch.reopened ?? []).map((o) => ({ at: createdAt + o, kind: 'reopened' as const })),
  ].sort((a, b) => a.at - b.at);
  return {
    id,
    category: 'lighting',
    grid: 'G1',
    location: null,
    assigneeId: 'wxid_zhou',
    status: 'closed',
    firstResponseAt: null,
    ratings: [],
    ...patch,
    createdAt,
    transitions,
  };
}

export function active(id: number, createdAt: number, closureDueAt: number, patch: Partial<ActiveCase> = {}): ActiveCase {
  return { id, category: 'water', grid: 'G2', location: null, assigneeId: 'wxid_qiu', summary: '', createdAt, closureDueAt, ...patch };
}
