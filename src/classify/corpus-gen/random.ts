import { seededRandom } from '../../random/seeded-random.js';

/** Seeded picks so the generated corpus is reproducible byte for byte. */
export function createRandom(seed: number): { pick<T>(items: readonly T[]): T; chance(p: number): boolean } {
  const next = seededRandom(seed);
  return {
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}
