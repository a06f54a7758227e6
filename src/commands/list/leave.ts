import type { Command } from '../command.js';

export const leave: Command = {
  id: 'leave',
  names: ['请假', 'leave'],
  audience: ['grid_worker', 'mediator', 'safety_officer', 'supervisor'],
  usage: '请假',
  summary: '请假期间新案件改派给您的备岗',
  run(ctx) {
    ctx.repos.workerState.setLeave(ctx.worker!.id, true, ctx.clock.now());
    return { text: '已登记请假，新案件会派给您的备岗。回来后回复「销假」。' };
  },
};

export const back: Command = {
  id: 'back',
  names: ['销假', 'back'],
  audience: ['grid_worker', 'mediator', 'safety_officer', 'supervisor'],
  usage: '销假',
  summary: '结束请假，恢复接收新案件',
  run(ctx) {
    ctx.repos.workerState.setLeave(ctx.worker!.id, false, ctx.clock.now());
    return { text: '已销假，欢迎回来。' };
  },
};
