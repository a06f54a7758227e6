import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/classify/decide.js';
import { ALL_LABELS, type Label } from '../../../src/classify/labels.js';
import type { LabelScores } from '../../../src/classify/model.js';

// Scores as if the model read the message as chat: the rules alone must decide.
function chat(): LabelScores {
  const scores = {} as LabelScores;
  for (const label of ALL_LABELS) scores[label] = label === 'none' ? 0.9 : 0.05;
  return scores;
}

describe('decide rules over a model that says none', () => {
  it.each<[string, Label]>([
    ['我妈的手机不见了 谁看到了', 'none'],
    ['老人找到了 在公园 谢谢大家', 'none'],
    ['看新闻说外地一个孩子走丢了', 'none'],
    ['我奶奶出门买菜走丢了 穿蓝衣服', 'missing_person'],
    ['电梯里有人 卡住了出不来', 'elevator'],
    ['楼下两个人打起来了 快来人', 'dispute'],
    ['暴雨 地下室进水了 还在往里灌', 'water'],
    ['下雨了 去年地下室进水过 今年还好', 'none'],
    ['各位邻居，我外婆不见了，她不认得路', 'missing_person'],
    ['各位业主：明天上午停水，请提前储水', 'none'],
    ['要是哪天我爸走丢了都不知道怎么找 你们家老人戴定位手环吗', 'none'],
    ['请问社区能申请老人防走失手环吗', 'inquiry'],
    ['我家边牧下午跑出东门了 有人看到吗', 'lost_pet'],
    ['招牌一头掉下来了 斜挂着 底下人来人往', 'facility'],
  ])('%s → %s', (text, label) => {
    expect(decide(text, chat()).label).toBe(label);
  });
});

describe('decide: probes of our own', () => {
  it('strangers trying doors are safety; water poured from above is a thrown object', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('有陌生人一间一间推门，刚才推我家门了，现在还在楼道').label).toBe('safety');
    expect(c.classify('楼上往下泼水还扔垃圾袋')).toMatchObject({ label: 'safety', urgent: true });
    expect(c.classify('下水道反水了，厕所往外冒污水，已经流到卧室了')).toMatchObject({ label: 'water', urgent: true });
  }, 60_000);
});

describe('decide: two problems and hearsay', () => {
  it('a gas smell outranks the leak it comes with; a forwarded story from elsewhere is not an emergency here', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('卫生间漏水还没修 现在又闻到一股气味 好像是燃气 3栋2单元')).toMatchObject({ label: 'safety', urgent: true });
    expect(c.classify('群里有人转发说别的小区电梯困人了，吓人').urgent).toBe(false);
  }, 60_000);
});

describe('decide: lives in danger and plain smoke', () => {
  it('drowning, a child outside a window, a gas alarm, a burning fuse box; barbecue smoke and an all-clear are not', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('快来人 人工湖那边有个小孩落水了')).toMatchObject({ label: 'safety', urgent: true });
    expect(c.classify('12栋有个小朋友爬到窗台外面去了，家里好像没大人')).toMatchObject({ label: 'safety', urgent: true });
    expect(c.classify('家里燃气报警器一直在叫，不知道怎么回事')).toMatchObject({ label: 'safety', urgent: true });
    expect(c.classify('一楼的配电箱着了，全是焦味')).toMatchObject({ label: 'safety', urgent: true });
    expect(c.classify('车库里好大的烟，什么都看不清').label).toBe('safety');
    expect(c.classify('楼下烧烤摊好大的烟，香死了').urgent).toBe(false);
    expect(c.classify('刚才的煤气味是燃气公司在排查管道，已确认没有泄漏，大家不用担心').urgent).toBe(false);
  }, 60_000);
});

describe('decide: more urgent wordings from our own probes', () => {
  it('domestic violence, rain pouring in, falling objects, dangling facade parts, a fire someone set', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('对门又在家暴了 孩子一直在哭')).toMatchObject({ label: 'dispute', urgent: true });
    expect(c.classify('暴雨从窗缝灌进来了 地板上全是水')).toMatchObject({ label: 'water', urgent: true });
    expect(c.classify('高空坠物 刚刚一个花盆砸在我面前')).toMatchObject({ label: 'safety', urgent: true });
    expect(c.classify('6栋外立面的铁皮松了 被风吹得直晃')).toMatchObject({ label: 'facility', urgent: true });
    expect(c.classify('有人在楼下放火烧纸箱 火很大 快来人')).toMatchObject({ label: 'safety', urgent: true });
  }, 60_000);
});

describe('decide: missing people the fifth urgent probe taught us (our own words)', () => {
  it('a wanderer wearing an anti-loss tag, a child crying in a stuck lift, a plain "人丢了"; news from another city is not ours', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('我外公有老年痴呆 中午自己走出去了 他不记得家在哪 手上戴着防走失手环')).toMatchObject({ label: 'missing_person', urgent: true });
    expect(c.classify('建议家里有老人的都去领个防走失手环')).toMatchObject({ urgent: false });
    expect(c.classify('电梯里关着个小朋友 一直在哭 门打不开 3栋')).toMatchObject({ label: 'elevator', urgent: true });
    expect(c.classify('人丢了 谁看到一个穿红裙子的小女孩')).toMatchObject({ label: 'missing_person', urgent: true });
    expect(c.classify('我阿嬷一个人住 从昨天开始打电话都没人接 谁能帮我去敲下门')).toMatchObject({ label: 'missing_person', urgent: true });
    expect(c.classify('杭州那边有个小区的老人走丢两天才找到')).toMatchObject({ label: 'none' });
  }, 60_000);

  it('the urgency networks do not read a worry as an emergency', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('顶楼墙面裂了好几道 下雨会不会渗水进来 物业来看看').urgent).toBe(false);
  }, 60_000);
});

describe('decide: a message that opens on a supposition', () => {
  it('wonders and reports nothing, unless it is a polite request or the problem is already there', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('要是半夜电梯停了 住顶楼的老人怎么下楼啊').label).toBe('none');
    expect(c.classify('假如车库进水了 我们的车挪到哪里去').label).toBe('none');
    expect(c.classify('如果方便的话 麻烦物业把5栋门口的路灯修一下').label).toBe('lighting');
    expect(c.classify('要是再不修这个电梯 我们就去投诉了 都停三天了').label).toBe('elevator');
  }, 60_000);
});

describe('classify: staff answering a question', () => {
  it('is not an inquiry when the sender is the office; the same words from a resident are', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    const answer = '需要先办居住证 带租房合同和身份证到社区服务中心办理';
    const question = '请问办居住证需要带什么材料 去哪里办理';
    expect(c.classify(answer, { sender: '社区网格员-杨' }).label).toBe('none');
    expect(c.classify(question, { sender: '3幢小陆' }).label).toBe('inquiry');
    expect(c.classify(question, { sender: '物业-小何' }).label).toBe('none');
  }, 60_000);
});

describe('decide: a lift is named or described', () => {
  it('drops the model\'s lift vote when the message has neither the lift nor someone held by it', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('今天三十五度 我在屋头空调都不敢关').label).not.toBe('elevator');
    expect(c.classify('按的18楼 它停在9楼不动了 门也不开').label).toBe('elevator');
    expect(c.classify('3号梯又坏了').label).toBe('elevator');
  }, 60_000);
});

describe('decide: what the Changchun–Kunming–Shanghai set taught us (our own words)', () => {
  it('a search called off is over, an animal is counted with 只, a lost old man in a lane', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('寻人已撤 李叔家老爷子已经找到 谢谢大家帮忙').label).toBe('none');
    expect(c.classify('谁看见一只白猫 我奶奶养了五年的 两天没回来了').label).toBe('lost_pet');
    expect(c.classify('弄堂口碰到一个老伯伯 伊讲勿清爽屋里住啥地方')).toMatchObject({ label: 'missing_person', urgent: true });
    expect(c.classify('会所门口那盏大吊灯晃得厉害 下面有小孩在玩')).toMatchObject({ label: 'facility', urgent: true });
  }, 60_000);
});

describe('classify: what an ordinary Wuhan stream taught us (our own words)', () => {
  it('the office saying what it is doing is a reply; the office reporting a fire is still an emergency', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('马上安排人上去 把纸箱清走 电瓶车推下楼', { sender: '物业客服-小刘' }).label).toBe('none');
    expect(c.classify('马上安排人上去 把纸箱清走 电瓶车推下楼', { sender: '9栋老王' }).label).not.toBe('none');
    expect(c.classify('B座有户人家着火了 消防车马上到 大家走楼梯', { sender: '物业保安小董' })).toMatchObject({ label: 'safety', urgent: true });
  }, 60_000);

  it('an all-clear, a found man, a nickname for a hot city and an instruction not to strike a light are not emergencies', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('来水了').label).toBe('none');
    expect(c.classify('找到了! 在菜场门口坐着 人没事 我这就送他回来').label).toBe('none');
    expect(c.classify('这天热的 不愧是三大火炉之一').urgent).toBe(false);
    expect(c.classify('燃气公司马上到 大家不要开关电器 不要打火', { sender: '网格员陈晓' }).urgent).toBe(false);
  }, 60_000);
});

describe('decide: a cup is not a pane, and a search that found nobody', () => {
  it('reads a falling glass cup as a thrown object and a fruitless search as a missing person', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('一个玻璃杯从天上掉下来 砸在我脚边 抬头看是8栋')).toMatchObject({ label: 'safety', urgent: true });
    expect(c.classify('我家老太太吃完饭自己下楼了 在小区里找了三圈都没看到人')).toMatchObject({ label: 'missing_person', urgent: true });
  }, 60_000);
});

describe('decide: theft under way, water from next door, a cry from a lift', () => {
  it('reads each as the emergency it is', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('有两个人正在拆车棚的电缆 说是施工 物业说没安排')).toMatchObject({ label: 'safety', urgent: true });
    expect(c.classify('楼上漏水漏进我家了 现在地上全是水 还在流 他家没人')).toMatchObject({ label: 'water', urgent: true });
    expect(c.classify('救命 电梯卡住了')).toMatchObject({ label: 'elevator', urgent: true });
    expect(c.classify('雨水已经淌进屋里了 快来人')).toMatchObject({ label: 'water', urgent: true });
  }, 60_000);
});

describe('decide: dreams, a supposition asked of the office, a child not seen', () => {
  it('reads each by what the sender wants', async () => {
    const { loadClassifier } = await import('../../../src/classify/index.js');
    const c = await loadClassifier();
    expect(c.classify('昨晚梦见楼里着火了 吓出一身汗').label).toBe('none');
    expect(c.classify('如果电梯困人了 应该打哪个电话?').label).toBe('inquiry');
    expect(c.classify('万一煤气漏了 是先开窗还是先关阀门').label).toBe('none');
    expect(c.classify('我家细伢子冇看到了 刚刚还在楼下耍')).toMatchObject({ label: 'missing_person', urgent: true });
  }, 60_000);
});
