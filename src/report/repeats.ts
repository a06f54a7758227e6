import type { CaseFact } from './case-facts.js';
import { EXCLUDED_STATUSES } from './case-facts.js';

export const REPEAT_MIN = 3;
export const REPEAT_WINDOW_DAYS = 14;

export interface RepeatPlace {
  location: string;
  category: string;
  grid: string | null;
  count: number;
  caseIds: number[];
}

const normalise = (place: string) => place.replace(/\s+/g, '').toLowerCase();

/**
 * Places where the same problem came back: separate cases (merged duplicates and dismissed
 * ones left out) of one category at one named place. Cases without a place are skipped,
 * since "somewhere in grid G1" is not the same place.
 */
export function repeatPlaces(cases: readonly CaseFact[], from: number, to: number, min = REPEAT_MIN): RepeatPlace[] {
  const groups = new Map<string, RepeatPlace>();
  for (const c of cases) {
    if (c.createdAt < from || c.createdAt >= to || !c.location || EXCLUDED_STATUSES.includes(c.status)) continue;
    const key = `${normalise(c.location)}\u0000${c.category}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { location: c.location.trim(), category: c.category, grid: c.grid, count: 0, caseIds: [] }));
    g.count++;
    g.caseIds.push(c.id);
  }
  return [...groups.values()].filter((g) => g.count >= min).sort((a, b) => b.count - a.count || a.location.localeCompare(b.location));
}
