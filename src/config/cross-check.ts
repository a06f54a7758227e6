import { join } from 'node:path';
import type { Config } from './schema.js';

/** Checks that span files: every reference must point at something that exists, ids are unique. */
export function crossCheck(config: Config, dir: string): string[] {
  const problems: string[] = [];
  const at = (file: string, path: string, msg: string) => problems.push(`${join(dir, file)}: ${path}: ${msg}`);

  const gridIds = new Set<string>();
  config.grids.forEach((grid, i) => {
    if (gridIds.has(grid.id)) at('community.yaml', `grids[${i}].id`, `duplicate grid id "${grid.id}"`);
    gridIds.add(grid.id);
  });

  const topics = new Set<string>();
  config.groups.forEach((group, i) => {
    if (topics.has(group.topic)) at('groups.yaml', `groups[${i}].topic`, `duplicate group topic "${group.topic}"`);
    topics.add(group.topic);
    if (!gridIds.has(group.grid)) at('groups.yaml', `groups[${i}].grid`, `unknown grid "${group.grid}"; expected one of ${[...gridIds].join(', ')}`);
  });

  const workerIds = new Set<string>();
  config.workers.forEach((worker, i) => {
    if (workerIds.has(worker.id)) at('workers.yaml', `workers[${i}].id`, `duplicate worker id "${worker.id}"`);
    workerIds.add(worker.id);
    worker.grids.forEach((grid, j) => {
      if (!gridIds.has(grid)) at('workers.yaml', `workers[${i}].grids[${j}]`, `unknown grid "${grid}"`);
    });
  });
  config.workers.forEach((worker, i) => {
    if (worker.backup && !workerIds.has(worker.backup)) at('workers.yaml', `workers[${i}].backup`, `unknown worker "${worker.backup}"`);
  });

  const hasRole = (role: string) => config.workers.some((w) => w.roles.includes(role as never));
  if (!hasRole('supervisor')) at('workers.yaml', 'workers', 'no worker has the role "supervisor"; every route must end at a supervisor');
  config.grids.forEach((grid, i) => {
    const owners = config.workers.filter((w) => w.roles.includes('grid_worker') && w.grids.includes(grid.id));
    if (owners.length === 0) at('community.yaml', `grids[${i}]`, `grid "${grid.id}" has no grid_worker in workers.yaml`);
  });

  config.routing.mediationRota.forEach((id, i) => {
    if (!workerIds.has(id)) at('routing.yaml', `routing.mediationRota[${i}]`, `unknown worker "${id}"`);
  });
  config.routing.dutyPosts.forEach((post, i) => {
    post.workers.forEach((id, j) => {
      if (!workerIds.has(id)) at('routing.yaml', `routing.dutyPosts[${i}].workers[${j}]`, `unknown worker "${id}"`);
    });
  });

  if (!isValidTimeZone(config.community.timeZone)) at('community.yaml', 'community.timeZone', `unknown time zone "${config.community.timeZone}"`);
  return problems;
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
