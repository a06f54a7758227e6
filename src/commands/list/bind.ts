import type { Command } from '../command.js';
import { toChatTime } from '../../clock/zoned-time.js';
import { UNBOUND_PREFIX } from '../../store/binding-repository.js';

/** A supervisor issues a one-time code for a worker whose WeChat id is not in bot-config yet. */
export const issueBindCode: Command = {
  id: 'bindcode',
  names: ['绑定码', 'bindcode'],
  audience: ['supervisor'],
  usage: '绑定码 姓名',
  summary: '给还没绑定微信的工作人员生成一次性绑定码（24小时有效）',
  run(ctx, args) {
    const name = args.trim();
    const worker = ctx.config.workers.find((w) => w.name === name || w.id === name);
    if (!name) return { text: '请写上工作人员姓名，例如「绑定码 王晓燕」。' };
    if (!worker) return { text: `workers.yaml 里没有「${name.slice(0, 20)}」。` };
    if (!worker.id.startsWith(UNBOUND_PREFIX)) return { text: `${worker.name} 已按微信号配置，不需要绑定。` };
    const { code, expiresAt } = ctx.repos.bindings.issue(worker.id, ctx.worker!.id, ctx.clock.now());
    return { text: `${worker.name} 的绑定码：${code}（${toChatTime(expiresAt, ctx.config.community.timeZone)} 前有效，只能用一次）。请让本人私聊一米发送「绑定 ${code}」。` };
  },
};

/** Whoever holds the code becomes that worker: the binding is to the contact id, not the name. */
export const redeemBindCode: Command = {
  id: 'bind',
  names: ['绑定', 'bind'],
  audience: 'anyone',
  usage: '绑定 123456',
  summary: '用主管给的绑定码绑定自己的微信（私聊一米）',
  run(ctx, args) {
    const code = /\d{6}/.exec(args)?.[0];
    if (!code) return { text: '请发送「绑定」加 6 位绑定码，例如「绑定 123456」。' };
    if (ctx.message.roomId) return { text: '绑定码请私聊一米发送，不要发在群里。' };
    const r = ctx.repos.bindings.redeem(code, ctx.message.senderId, ctx.clock.now());
    if (r.ok) {
      const w = ctx.config.workers.find((x) => x.id === r.workerId);
      return { text: `绑定成功，您好 ${w?.name ?? ''}！以后的案件会私聊发给您，回复「帮助」查看命令。` };
    }
    const why = { unknown: '绑定码不对', expired: '绑定码已过期', used: '绑定码已经用过了', throttled: '尝试次数太多，请一小时后再试', already_bound: '这个微信已经绑定过了' }[r.reason];
    return { text: `${why}，请找主管重新获取。` };
  },
};
