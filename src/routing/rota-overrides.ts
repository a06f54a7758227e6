import type { Config } from '../config/schema.js';
import type { KvRepository } from '../store/kv-repository.js';

/** Rota changes a supervisor makes in chat (排班), on top of routing.yaml. */
export interface RotaOverrides {
  /** weekday 0 (Monday) .. 6 → worker id on mediation duty */
  mediation: Record<string, string>;
  /** duty post name → worker id holding it */
  posts: Record<string, string>;
}

const KEY = 'rota:overrides';

export function readRotaOverrides(kv: KvRepository): RotaOverrides {
  const raw = kv.get(KEY);
  if (!raw) return { mediation: {}, posts: {} };
  try {
    const parsed = JSON.parse(raw) as Partial<RotaOverrides>;
    return { mediation: parsed.mediation ?? {}, posts: parsed.posts ?? {} };
  } catch {
    return { mediation: {}, posts: {} };
  }
}

export function writeRotaOverrides(kv: KvRepository, overrides: RotaOverrides): void {
  kv.set(KEY, JSON.stringify(overrides));
}

/** The routing config with today's chat-made changes applied. */
export function effectiveRouting(config: Config, o: RotaOverrides): Config {
  if (Object.keys(o.mediation).length === 0 && Object.keys(o.posts).length === 0) return config;
  const mediationRota = config.routing.mediationRota.map((id, day) => o.mediation[String(day)] ?? id);
  const dutyPosts = config.routing.dutyPosts.map((p) => (o.posts[p.name] ? { ...p, workers: [o.posts[p.name]!] } : p));
  return { ...config, routing: { ...config.routing, mediationRota, dutyPosts } };
}
