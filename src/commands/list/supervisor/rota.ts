import type { Command } from '../../command.js';
import { readRotaOverrides, writeRotaOverrides, effectiveRouting } from '../../../routing/rota-overrides.js';

const DAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const DAY_ALIASES: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 };

function parseDay(word: string): number | null {
  const m = /^(?:周|星期|礼拜)([一二三四五六日天])$/.exec(word);
  return m ? DAY_ALIASES[m[1]!]! : null;
}

/** 排班: show the rota, or change who holds a weekday's mediation duty or a duty post. */
export const rota: Command = {
  id: 'rota',
  names: ['排班', 'rota'],
  audience: ['supervisor'],
  usage: '排班 [周三 何雪梅 | 夜间值班 曹静 | 恢复]',
  summary: '查看或调整调解值班和岗位值班（只影响新案件）',
  run(ctx, args) {
    const name = (id: string) => ctx.config.workers.find((w) => w.id === id)?.name ?? id;
    const overrides = readRotaOverrides(ctx.repos.kv);
    const [slot = '', who = ''] = args.split(/\s+/).filter(Boolean);
    if (slot === '恢复' || slot === 'reset') {
      writeRotaOverrides(ctx.repos.kv, { mediation: {}, posts: {} });
      return { text: '已恢复 routing.yaml 里的排班。' };
    }
    if (slot) {
      const worker = ctx.config.workers.find((w) => w.name === who || w.id === who);
      if (!who) return { text: `请写上人名，例如「排班 ${slot} 何雪梅」。` };
      if (!worker) return { text: `没有工作人员「${who.slice(0, 20)}」。` };
      const day = parseDay(slot);
      const post = ctx.config.routing.dutyPosts.find((p) => p.name === slot);
      if (day !== null) {
        if (!worker.roles.includes('mediator')) return { text: `${worker.name} 不是调解员，不能排调解值班。` };
        overrides.mediation[String(day)] = worker.id;
      } else if (post) {
        overrides.posts[post.name] = worker.id;
      } else {
        return { text: `不认识「${slot.slice(0, 10)}」：请写周一到周日，或岗位名（${ctx.config.routing.dutyPosts.map((p) => p.name).join('、')}）。` };
      }
      writeRotaOverrides(ctx.repos.kv, overrides);
    }
    const routing = effectiveRouting(ctx.config, overrides).routing;
    const lines = [
      '调解值班：' + routing.mediationRota.map((id, d) => `${DAYS[d]} ${name(id)}`).join('，'),
      ...routing.dutyPosts.map((p) => `${p.name}（${p.start}-${p.end}）：${p.workers.map(name).join('、')}`),
    ];
    return { text: `${slot ? '已调整。' : ''}当前排班：\n${lines.join('\n')}` };
  },
};
