import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { CONFIG_FILES, type Config } from './schema.js';
import { crossCheck } from './cross-check.js';

const MAX_FILE_BYTES = 1_000_000;

/** Thrown at start-up; `problems` are lines like `bot-config/workers.yaml: workers[3].grids[0]: unknown grid "G9"`. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Renders a zod/yaml path the way an operator reads it: workers[3].grids[0]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

function readYaml(file: string, label: string, problems: string[]): unknown {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    problems.push(`${label}: file is missing`);
    return undefined;
  }
  if (size > MAX_FILE_BYTES) {
    problems.push(`${label}: file is ${size} bytes; expected at most ${MAX_FILE_BYTES}`);
    return undefined;
  }
  // Aliases are capped so a "billion laughs" file cannot exhaust memory; duplicate keys are errors.
  const doc = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const where = err.linePos?.[0] ? `line ${err.linePos[0].line}, column ${err.linePos[0].col}` : 'YAML';
      problems.push(`${label}: ${where}: ${err.message.split('\n')[0]}`);
    }
    return undefined;
  }
  try {
    return doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    problems.push(`${label}: ${(err as Error).message}`);
    return undefined;
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type') {
    return issue.message.includes('received undefined') ? `missing; expected ${issue.expected}` : `expected ${issue.expected}; ${issue.message}`;
  }
  return issue.message;
}

/** Loads and validates every file of a bot-config directory; throws ConfigError listing all problems. */
export function loadConfig(dir: string): Config {
  const problems: string[] = [];
  const merged: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(CONFIG_FILES)) {
    const label = join(dir, name);
    const raw = readYaml(label, label, problems);
    if (raw === undefined) continue;
    const parsed = (schema as z.ZodType).safeParse(raw ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${label}: ${formatPath(issue.path)}: ${describeIssue(issue)}`);
      continue;
    }
    Object.assign(merged, parsed.data);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const config = merged as Config;
  const crossProblems = crossCheck(config, dir);
  if (crossProblems.length > 0) throw new ConfigError(crossProblems);
  return config;
}
