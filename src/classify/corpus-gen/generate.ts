// Writes data/corpus/generated.jsonl from the templates. Deterministic: the same code
// gives the same file, so the model cache hash only changes when templates change.
// Run: npx tsx src/classify/corpus-gen/generate.ts
import { writeFileSync } from 'node:fs';
import type { Label } from '../labels.js';
import { createRandom } from './random.js';
import { NONE_TEMPLATES, TEMPLATES, type Template } from './templates.js';
import { BUILDINGS, CLOSERS, ESTATES, OPENERS, PLACES } from './vocab.js';

const PER_CASE_LABEL = 260;
const PER_NONE_TEMPLATE = 150;
const OUTPUT = 'data/corpus/generated.jsonl';

const random = createRandom(20_241_121);

function fill(template: Template): string {
  const raw = template.slots.map((slot) => random.pick(slot)).join('');
  const text = raw
    .replace(/\{L\}/g, () => (random.chance(0.5) ? random.pick(BUILDINGS) : random.pick(PLACES)))
    .replace(/\{B\}/g, () => random.pick(BUILDINGS))
    .replace(/\{E\}/g, () => random.pick(ESTATES))
    .replace(/\s+/g, ' ')
    .trim();
  // Requests get the openers and stickers residents add; notices stay formal.
  if (template.label === 'none' && /^【|^各位|^通知/.test(text)) return text;
  return `${random.pick(OPENERS)}${text}${random.pick(CLOSERS)}`.trim();
}

function generate(templates: readonly Template[], count: number, seen: Set<string>): { text: string; label: Label }[] {
  const rows: { text: string; label: Label }[] = [];
  for (let attempt = 0; rows.length < count && attempt < count * 20; attempt += 1) {
    const template = templates[attempt % templates.length]!;
    const text = fill(template);
    if (text.length < 2 || seen.has(text)) continue;
    seen.add(text);
    rows.push({ text, label: template.label });
  }
  return rows;
}

const seen = new Set<string>();
const rows = [
  ...[...new Set(TEMPLATES.map((t) => t.label))].flatMap((label) =>
    generate(TEMPLATES.filter((t) => t.label === label), PER_CASE_LABEL, seen),
  ),
  ...NONE_TEMPLATES.flatMap((t) => generate([t], PER_NONE_TEMPLATE, seen)),
];
writeFileSync(OUTPUT, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
process.stderr.write(`wrote ${rows.length} examples to ${OUTPUT}\n`);
