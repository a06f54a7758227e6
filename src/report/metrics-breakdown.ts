import type { Config } from '../config/schema.js';
import { LABEL_INFO, isCaseLabel } from '../classify/labels.js';
import type { ActiveCase, CaseFact } from './case-facts.js';
import { computeMetrics, type Metrics } from './metrics.js';

export type Dimension = 'category' | 'macro' | 'grid' | 'worker';

export interface BreakdownRow {
  key: string;
  label: string;
  metrics: Metrics;
}

const NONE = '-';

type Keyed = { category: string; grid: string | null; assigneeId: string | null };

export function dimensionKey(dim: Dimension, c: Keyed): string {
  switch (dim) {
    case 'category':
      return c.category;
    case 'macro':
      return isCaseLabel(c.category) ? (LABEL_INFO[c.category].macro ?? '其他') : '其他';
    case 'grid':
      return c.grid ?? NONE;
    case 'worker':
      return c.assigneeId ?? NONE;
  }
}

export function dimensionLabel(dim: Dimension, key: string, config: Config): string {
  if (key === NONE) return dim === 'worker' ? '未分派' : '未知网格';
  if (dim === 'category') return isCaseLabel(key) ? LABEL_INFO[key].zh : key;
  if (dim === 'grid') return config.grids.find((g) => g.id === key)?.name ?? key;
  if (dim === 'worker') return config.workers.find((w) => w.id === key)?.name ?? key;
  return key;
}

function groupBy<T extends Keyed>(dim: Dimension, rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = dimensionKey(dim, r);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(r);
  }
  return out;
}

/**
 * The metrics of each category, macro group, grid or worker. A worker's cases are the ones
 * they hold now (the current assignee). Per-household rates need households per group,
 * which we do not have, so they are left null below the community level.
 */
export function metricsBy(dim: Dimension, cohort: readonly CaseFact[], active: readonly ActiveCase[], asOf: number, config: Config): BreakdownRow[] {
  const byCohort = groupBy(dim, cohort);
  const byActive = groupBy(dim, active);
  const keys = new Set([...byCohort.keys(), ...byActive.keys()]);
  const rows = [...keys].map((key) => ({
    key,
    label: dimensionLabel(dim, key, config),
    metrics: computeMetrics(byCohort.get(key) ?? [], byActive.get(key) ?? [], asOf, null),
  }));
  return rows.sort((a, b) => b.metrics.cases - a.metrics.cases || b.metrics.backlog - a.metrics.backlog || a.key.localeCompare(b.key));
}
