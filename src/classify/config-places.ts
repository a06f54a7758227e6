import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Place names from bot-config/community.yaml (`places`, and each grid's `estate`), read
 * leniently: the config module validates that file; the classifier only wants names and
 * works without them.
 */
export function readConfigPlaces(configDir = 'bot-config'): string[] {
  const file = join(configDir, 'community.yaml');
  if (!existsSync(file)) return [];
  try {
    const doc = parse(readFileSync(file, 'utf8')) as {
      places?: unknown;
      grids?: { estate?: unknown }[];
    } | null;
    const places = Array.isArray(doc?.places) ? doc.places : [];
    const estates = Array.isArray(doc?.grids) ? doc.grids.map((grid) => grid?.estate) : [];
    return [...new Set([...places, ...estates].filter((p): p is string => typeof p === 'string' && p.length > 0))];
  } catch {
    return [];
  }
}

/**
 * The same list from a validated config. Every caller of loadClassifier passes this (or the
 * lenient read above, which equals it for a valid config), so they share one model cache.
 */
export function placesFromConfig(config: { places: string[]; grids: { estate: string }[] }): string[] {
  return [...new Set([...config.places, ...config.grids.map((g) => g.estate)].filter((p) => p.length > 0))];
}
