import { readFileSync } from 'node:fs';

export interface DemoPost {
  room: string | null;
  fromId: string;
  from: string;
  text: string;
}

/** The demo community's residents: what they say, in order (data/demo/residents.jsonl). */
export function loadDemoPosts(file = 'data/demo/residents.jsonl'): DemoPost[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DemoPost);
}
