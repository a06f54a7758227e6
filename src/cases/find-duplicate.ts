import type { Case } from './case.js';
import type { CaseLabel } from '../classify/labels.js';
import type { CaseRepository } from '../store/case-repository.js';

// Residents write the same place several ways: "3幢" "3栋" "3号楼".
function placeKey(location: string): string {
  return location
    .replace(/\s+/g, '')
    .replace(/(幢|栋|號樓|号楼|楼)/g, '幢')
    .replace(/号(?=\d)/g, '')
    .toLowerCase();
}

/**
 * The open case this report repeats: same category and same place, or, when the report
 * names no place, same category in the same room. Within the configured window.
 */
export function findDuplicate(
  cases: CaseRepository,
  input: { category: CaseLabel; location: string | null; roomId: string | null; reporterId: string },
  since: number,
): Case | null {
  // Compare a few columns of many candidates; load only the one that matches.
  const candidates = cases.duplicateCandidates(input.category, since);
  let match: (typeof candidates)[number] | undefined;
  if (input.location) {
    const key = placeKey(input.location);
    match = candidates.find((c) => c.location && (placeKey(c.location) === key || placeKey(c.location).includes(key) || key.includes(placeKey(c.location))));
    // The same resident saying it again without repeating the place precisely.
    match ??= candidates.find((c) => c.reporterId === input.reporterId && c.roomId === input.roomId && !c.location);
  } else {
    match = candidates.find((c) => c.roomId === input.roomId);
  }
  return match ? cases.get(match.id) : null;
}
