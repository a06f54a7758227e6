import type { Example } from './corpus.js';

// Gold spans that contain a number are buildings or flats, which the location patterns
// already cover; the rest ("邻里食堂", "社区卫生服务站", an estate's name) are named places
// worth learning from the annotators.
export function learnPlaceNames(examples: readonly Example[]): string[] {
  const names = new Set<string>();
  for (const example of examples) {
    const location = example.location?.trim();
    if (location && location.length >= 2 && location.length <= 12 && !/[0-9]|单元/.test(location)) {
      names.add(location);
    }
  }
  return [...names].sort();
}
