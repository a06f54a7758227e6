import { ALL_LABELS, type Label } from './labels.js';
import type { LabelScores } from './model.js';
import { BREAK_IN, FIRE_OR_GAS, hasEvent, LIFE_DANGER, BENIGN_SMOKE, ELSEWHERE, ANTI_LOSS, LOST_PERSON, LOST_PERSON_HYPOTHETICAL, NOT_HERE, PET, PAST, SUSPICIOUS, THROWN, VIOLENCE } from './signals.js';
import { INDOORS, isUrgent, LOOSE, NOT_TRAPPED, OVERHEAD, RESCUED, someoneTrapped, VIOLENCE_EVENT } from './urgency.js';

export interface Decision {
  label: Label;
  confidence: number;
}

// Staff notices are `none` even when they name a problem: a bracketed title or the
// formal openings and closings the property office uses.
const NOTICE =
  /^【[^】]{0,12}(通知|公告|提示|提醒|说明|招募|告知|通告)】|^(通知[:：]|温馨提示|关于.{2,20}的?(通知|说明|提醒|公告))|敬请谅解|谢谢配合|感谢(您的)?配合|特此通知|请相互转告|请提前做好准备/;
// "各位业主：" opens staff notices, but "各位邻居，我婆婆不见了" is a resident asking for help:
// the greeting is a notice only when nobody speaks in the first person singular.
const NOTICE_GREETING = /^各位(业主|居民|邻居|住户)(朋友)?们?[:：,，]/;
const FIRST_PERSON = /我(?!们|司|处)|俺/;
// "要是电梯坏了我们住六楼的咋办", "如果半夜停电了 地库的车还能开出去吗": a message that opens
// on a supposition wonders; it reports nothing. Not "如果方便的话" (a polite request) and
// not a threat about a problem that is already there ("要是再不修").
const SUPPOSITION = /^(如果|要是|万一|假如|假设|假使|哪天)(?!可以|方便|有空|能的话|可能的话)/;
const DREAM = /梦见|梦到|做梦|做了个梦/;
const ALREADY_THERE = /还(?!是)|又|再不|已经|现在|正在|快来|都.{0,3}天/;
// "修好了，谢谢" and "找到了 谢谢大家": the problem is over and nobody asks for anything.
const RESOLVED = /不响了|声.{0,3}没了|拆下来了|拆掉了|找着了|修好|已修复|恢复(正常|供水|供电)?了|搞定|已经好了|都好了|通了|来水了|亮了|解决了|挪走了|(?<!没|没有)找到了|(?<!没|没有)回来了|换新的?了|清走了|能用了|救了?出来|灭了|扑灭/;
const THANKS = /谢谢|感谢|辛苦|点赞|给力|效率|👍|赞|好评|放心|好快|很快|及时|反应快/;
const STILL_WRONG = /还没|没修好|又坏|又不|还是不|还是坏|没人|什么时候|怎么|吗|？|\?|但是|可是|又出|不行/;
// "我妈的手机不见了": a lost object, not a lost person.
const LOST_OBJECT = /(手机|钥匙|钱包|快递|卡|证|眼镜|衣服|外套|包裹|书包|手表|耳机|伞|车|帽子|鞋)[^，。,！!]{0,4}(不见了|找不到了|丢了)/;
const FLOODING = /进水|倒灌|灌进|淹了|淹到|漫进|水漫/;
// Someone of the sender's own: "我家老人", "我爸".
const OUR_PERSON = /(我|我们)家?的?(老人|老头|老太|爸|妈|爷|奶|婆|公|孩子|儿子|女儿|伢|娃|老伴)/;
// A pet word close before the word for its going: "我家柴犬挣脱了绳子跑了", not "戴个兔子帽...不见了".
const PET_GONE_NEAR = new RegExp(`(丢|捡到|捡了|找到).{0,4}(${PET.source})|(${PET.source}).{0,12}(跑(出|丢|掉|了|出去|没影)|溜(了|出去|走)|蹦出去|飞(走|出去)|丢(了|两|三|几|好几|一)|不见了|走丢|走散|找不到|走失|丢了|没回来)|寻(猫|狗|宠)|(看见|看到|见到|见过|捡到|丢了|找)一只`);
const LOOSE_OVER_PEOPLE: ReadonlySet<Label> = new Set(['none', 'water', 'parking', 'lighting', 'sanitation', 'safety']);
// The sender's own home or building is involved: not merely passing news along.
const FIRST_PERSON_EVENT = /我家|我们家|(我们|咱们?)(楼|单元|小区|这)|我屋/;
const NEWS = /新闻|抖音|快手|微博|网上|朋友圈|视频里|刷到/;
// A question to the office about a public service ("高龄补贴今年啥时候发", "老年饭桌还有名额吗").
const SERVICE =
  /(供暖|物业|水|电|燃气|取暖|停车|垃圾)费.{0,6}(交|缴)|查体|免费发|手环|改造|轮到|补贴|津贴|证明|居住证|暂住证|社保|医保|低保|分红|报批|养老|体检|疫苗|户口|盖章|名额|开放时间|办理|补办|申请|手续|材料|政策|饭桌|助餐|长者饭堂|老年卡|残疾证|独生子女|退休认证|高龄|托管|志愿者|流动人口|登记/;
const ASKING = /吗|么|啥时候|什么时候|几点|怎么|哪里|在哪|哪儿|多久|要带|流程|找谁|[?？]|有没有|能不能|可不可以|可以.{0,6}吗|请问|咨询|想问/;
const BETWEEN_NEIGHBOURS = /你们(楼|那|小区)|一起|想试试|马拉松|有没有人知道|谁知道|哪家|推荐|宠物|你们家|你家|你们.{0,4}(打|办|领|报)了|大家.{0,4}(打|办|领|报)了|有没有人.{0,6}(打|办|领|报)过/;
const THROWN_BY_HAND = /扔|丢|抛|甩|撇|泼/;
const BUILDING_PART = /外墙|瓷砖|墙皮|外立面|保温层|招牌|广告牌|铁皮|雨棚|装饰条|水泥块|门框|字牌|门头|围墙/;
const LIFT_WORDS = /梯|轿厢|升降|lift|困|卡住|卡了|停了|门(打)?不开|门开不了|按钮|按键|楼层|停在|报警铃|警铃|出不去|出不来|暂停使用|维保|年检|坠|冲顶/i;
const MANHOLE_OPEN = /井盖.{0,6}(不见|没了|丢了|被偷|翻了|掀|移开|碎了|塌|坏了|歪了)|没(有)?井盖/;
const STRAY = new RegExp(
  `谁家的?(${PET.source}).{0,20}(蹲|趴|转悠|徘徊|跟着|一天|好久|可怜|流浪)|(${PET.source}).{0,12}(蹲着|趴着|跟着人|转悠|徘徊).{0,20}(有主|不像野|项圈|谁家|饿|可怜|走丢)`,
);
const EARLY_RENOVATION = /(早上|晚上|半夜|凌晨|周末|周六|周日|中午|午休).{0,8}(装修|电钻|打钻|砸墙|切割|冲击钻)/;
const PESTS_OR_STINK =
  /(老鼠|蟑螂|蚊子|苍蝇|跳蚤|白蚁|臭虫).{0,6}(多|有|出没|窜|爬|飞|成群|咬)|(有|好多|很多|一堆)(老鼠|蟑螂|蚊子|苍蝇)|(排水沟|下水道|垃圾|化粪池|水沟|阴沟).{0,8}(臭|味)|臭(气|味)?(熏|死人|到|得)/;
const INDOOR_CHARGING = /(电动车|电瓶车|电单车|电驴|电瓶|电池).{0,12}(楼道|楼梯|屋里|家里|过道|走廊|拿上楼|拉线|飞线)|(楼道|楼梯|屋里|家里|过道|走廊).{0,12}(电动车|电瓶车|电单车|电驴|电瓶).{0,6}充电|飞线充电|拉线.{0,6}充电/;
const OFFICE_REQUEST = /(烦请|恳请|请|麻烦)(物业|保洁|社区|网格员|师傅|管家|相关部门)|请(予以|尽快|及时)?(查看|处理|安排|派人|组织|清扫|清理|维修|更换|劝导|协调|管理)/;
const FOUND = /领回去|领回来|接走了|领走了|找着了|找着啦|找到啦|找到咧|找着咧|(?<!没|没有)找到了|(?<!没|没有)回来了|已经回家|到家了|已找到|已经找到|寻人已撤|没事了/;
// Acknowledgements and stickers: nothing a worker could act on.
const ALARM = /快|赶紧|！|!|119|110|救命|求救|大家.{0,4}(下楼|小心|注意)|危险/;
const ACK_ONLY = /^(收到|好的?|好滴|嗯+|ok|OK|\+1|谢谢|辛苦了|明白|同意|支持|已接龙|已报名|已转发|顶|对的|是的|在吗|有人吗|[\p{Extended_Pictographic}\s!！。～~]+)*$/u;

/**
 * The model's verdict, corrected by the taxonomy's rules in the taxonomy's order: nothing
 * to act on first, then a missing person (outranks everything), then emergencies the model
 * read as chat, then categories it confuses, then the precedence between two problems.
 */
export function decide(text: string, modelScores: LabelScores): Decision {
  if (!/[\p{Script=Han}]/u.test(text) || ACK_ONLY.test(text)) return { label: 'none', confidence: 0.97 };
  if (NOTICE.test(text) || (NOTICE_GREETING.test(text) && !FIRST_PERSON.test(text))) return { label: 'none', confidence: 0.95 };
  if (SUPPOSITION.test(text) && !ALREADY_THERE.test(text)) {
    // Unless it asks the office what to do then ("如果电梯困人了 打哪个电话?").
    return /打哪个电话|找谁|联系谁|疏散|流程|怎么报/.test(text) && ASKING.test(text) ? { label: 'inquiry', confidence: 0.55 } : { label: 'none', confidence: 0.8 };
  }
  if (DREAM.test(text)) return { label: 'none', confidence: 0.7 };
  if (RESOLVED.test(text) && THANKS.test(text) && !STILL_WRONG.test(text)) return { label: 'none', confidence: 0.9 };
  // "来水了", "亮了": a bare all-clear.
  if (RESOLVED.test(text) && text.length <= 6 && !STILL_WRONG.test(text)) return { label: 'none', confidence: 0.8 };
  // Fixed, and the resident says who came ("怪声今天没了，维保来上了油").
  if (RESOLVED.test(text) && /维保来|师傅来|来修过|来过了|上了油/.test(text) && !STILL_WRONG.test(text)) return { label: 'none', confidence: 0.85 };
  // Yesterday's scare, explained and over ("昨天的煤气味查清楚了，现在没事了").
  if (PAST.test(text) && /查清楚了|查出来了|查完了|没事了|处理好了|灭了|没人受伤/.test(text) && !STILL_WRONG.test(text)) return { label: 'none', confidence: 0.85 };

  // A lift fault names the lift, or how it holds people ("困住了", "门打不开", "按的15楼");
  // without either, the model heard a lift in words like "在屋头" and its vote is dropped.
  const scores = LIFT_WORDS.test(text) ? modelScores : { ...modelScores, elevator: 0 };
  const order = ranked(scores);
  const top = order[0]!;
  const total = ALL_LABELS.reduce((sum, label) => sum + scores[label], 0);
  if (total <= 0) return { label: 'none', confidence: 0.5 };
  const confidence = modelConfidence(scores[top], scores[order[1]!], total);

  return (
    missingPerson(text, top, confidence) ??
    (top === 'none' ? emergencyReadAsChat(text) : null) ??
    confusedCategory(text, order, scores, confidence) ??
    precedence(text, top, confidence) ?? { label: top, confidence }
  );
}

// A person who may be lost is worth a false alarm, even when the model reads the message
// as chat; not when the person is back ("找到了"), a worry ("要是哪天"), a pet or news.
function missingPerson(text: string, top: Label, confidence: number): Decision | null {
  // The signs of a lost person are read without anti-loss tags, which name no one lost; a
  // child crying in a stuck lift is someone trapped, not someone lost.
  const withoutTags = text.replace(ANTI_LOSS, '');
  const lostPerson = LOST_PERSON.test(withoutTags) && !PET_GONE_NEAR.test(text) && !FOUND.test(text) && !LOST_OBJECT.test(text) && !(/电梯|轿厢/.test(text) && someoneTrapped(text));
  const hypothetical = LOST_PERSON_HYPOTHETICAL.test(withoutTags);
  const worry = (hypothetical && !/现在|刚才|已经|报警|急/.test(text)) || (!lostPerson && withoutTags !== text);
  if (top !== 'missing_person') {
    if (lostPerson && !NOT_HERE.test(text) && !hypothetical) return { label: 'missing_person', confidence: Math.max(confidence, 0.8) };
    // A pet read as chat ("我家边牧跑出东门了").
    if (top === 'none' && PET_GONE_NEAR.test(text) && !FOUND.test(text) && !NOT_HERE.test(text)) return { label: 'lost_pet', confidence: Math.max(confidence, 0.65) };
    return null;
  }
  // A worry; asked of the office about its service ("防走失手环还在发吗") it is an inquiry.
  if (worry) return SERVICE.test(text) && ASKING.test(text) ? { label: 'inquiry', confidence: 0.6 } : { label: 'none', confidence: 0.6 };
  if (!lostPerson) {
    // Someone stuck in a stopped lift, a fire, a burglar or a fight the model mistook for
    // a search ("老人家都拦不住").
    if (/电梯|轿厢/.test(text) && someoneTrapped(text) && !RESCUED.test(text)) return { label: 'elevator', confidence: Math.max(confidence, 0.7) };
    if (isLiveHazard(text) && !NOT_HERE.test(text)) return { label: 'safety', confidence: Math.max(confidence, 0.7) };
    if (hasEvent(text, VIOLENCE_EVENT)) return { label: 'dispute', confidence: Math.max(confidence, 0.7) };
  }
  // Asking about a search from days ago ("上周走丢那个老人后来找到没").
  if (PAST.test(text) && /后来(找到|找着)|找到没|找着没|找到了吗/.test(text)) return { label: 'none', confidence: 0.6 };
  // Found again and thanked for, or a story from days ago: nobody to look for now.
  if (FOUND.test(text) && (PAST.test(text) || THANKS.test(text) || /幸亏|幸好|多注意|人没事|送(他|她)回|没事/.test(text)) && !/还没|没找到/.test(text)) {
    return { label: 'none', confidence: 0.6 };
  }
  // A lost person from another estate or the news ("朋友圈在转寻人启事").
  if (ELSEWHERE.test(text) && !OUR_PERSON.test(text)) return { label: 'none', confidence: 0.6 };
  // A pet the model read as a child ("泰迪同主人走散了").
  if (PET_GONE_NEAR.test(text) && !lostPerson && !FOUND.test(text) && !NOT_HERE.test(text)) return { label: 'lost_pet', confidence: Math.max(confidence, 0.65) };
  return null;
}

// The urgent events of the taxonomy when the model's vocabulary reads them as chat. Hearsay,
// news and past events stay chat.
function emergencyReadAsChat(text: string): Decision | null {
  if (NOT_HERE.test(text)) return null;
  // A sign hanging by one corner "随时会砸下来" is a loose part (below), not a thrown object.
  if (looseOverhead(text)) return null;
  // A fire, gas leak or falling object reported with alarm ("快", "！", "119").
  if (isLiveHazard(text) && ALARM.test(text)) return { label: 'safety', confidence: 0.75 };
  if (PAST.test(text)) return null;
  // Smoke or fire said plainly, unless from cooking, a barbecue, incense or the weather.
  if (hasEvent(text, FIRE_OR_GAS) && !BENIGN_SMOKE.test(text)) return { label: 'safety', confidence: 0.6 };
  // Something just fell or was thrown from above; not a warning or a rule.
  if (hasEvent(text, THROWN) && !/禁止|严禁|请勿|不要|法|宣传|提醒|注意|已经|监控|备案|调取/.test(text)) return { label: 'safety', confidence: 0.6 };
  if (hasEvent(text, LIFE_DANGER)) return { label: 'safety', confidence: 0.65 };
  // Someone stripping cables or prising a door right now: a theft under way.
  if (hasEvent(text, BREAK_IN) && !/痕迹|撬过|被偷了|丢了/.test(text)) return { label: 'safety', confidence: 0.6 };
  // Strangers trying doors right now: crime prevention.
  if (SUSPICIOUS.test(text) && /现在|还在|刚才|正在/.test(text)) return { label: 'safety', confidence: 0.6 };
  if (hasEvent(text, VIOLENCE_EVENT)) return { label: 'dispute', confidence: 0.7 };
  if (/电梯|轿厢/.test(text) && someoneTrapped(text) && !RESCUED.test(text) && !NOT_TRAPPED.test(text)) return { label: 'elevator', confidence: 0.75 };
  if (FLOODING.test(text) && INDOORS.test(text) && !RESOLVED.test(text)) return { label: 'water', confidence: 0.7 };
  return null;
}

// Categories the model confuses, decided by what the taxonomy says they are.
function confusedCategory(text: string, order: readonly Label[], scores: LabelScores, confidence: number): Decision | null {
  const top = order[0]!;
  const elsewhere = NOT_HERE.test(text);
  // A sign, a pane or roof sheeting hanging loose over people's heads is `facility`, urgent,
  // whatever else the message mentions (the car park below, the lamp it carries).
  if (LOOSE_OVER_PEOPLE.has(top) && looseOverhead(text) && /下面|底下|楼下|有人|行人|路过|小孩|孩子|砸/.test(text) && !elsewhere && !PAST.test(text) && !hasEvent(text, BREAK_IN)) {
    return { label: 'facility', confidence: Math.max(confidence, 0.65) };
  }
  // Tiles or a facade panel coming off the building are loose parts, not a thrown object.
  if (LOOSE_OVER_PEOPLE.has(top) && BUILDING_PART.test(text) && /掉|松|晃|脱落|歪|倒|塌/.test(text) && !THROWN_BY_HAND.test(text) && !hasEvent(text, FIRE_OR_GAS) && !hasEvent(text, BREAK_IN) && !elsewhere) {
    return { label: 'facility', confidence: Math.max(confidence, 0.65) };
  }
  // An open manhole is a hazard whatever the model makes of "黑窟窿".
  if (top !== 'safety' && MANHOLE_OPEN.test(text) && !elsewhere && !RESOLVED.test(text)) return { label: 'safety', confidence: Math.max(confidence, 0.65) };
  // A stray that looks lost ("谁家的猫 在楼道里蹲了一天").
  if ((top === 'none' || top === 'facility' || top === 'sanitation' || top === 'noise') && STRAY.test(text) && !/半夜|狂叫|吵|一直叫/.test(text) && !elsewhere) return { label: 'lost_pet', confidence: Math.max(confidence, 0.6) };
  // News from elsewhere shared as a warning ("看新闻说...大家千万莫在屋头充").
  if (top !== 'none' && NEWS.test(text) && !FIRST_PERSON_EVENT.test(text)) return { label: 'none', confidence: 0.6 };
  // A resident's formal request to the office ("请物业组织灭鼠", "烦请安排师傅更换") is a
  // case even when the model hears a notice: take the model's best case label, unsure.
  if (top === 'none' && OFFICE_REQUEST.test(text) && !NOTICE.test(text) && !elsewhere) {
    const second = order[1]!;
    if (second !== 'none' && scores[second] > 0.1) return { label: second, confidence: 0.55 };
  }
  // Renovation at forbidden hours and quarrels over a space, told as chat.
  if (top === 'none' && EARLY_RENOVATION.test(text) && !elsewhere) return { label: 'noise', confidence: 0.55 };
  if (top === 'none' && /吵(了一架|起来了?|架)/.test(text) && /(跟|和).{0,12}吵|物业|网格员|评理|调解|管管/.test(text) && !PAST.test(text) && !/最后|后来|怎么着了/.test(text) && !elsewhere) {
    return { label: /车位|位是|停车|挪车/.test(text) ? 'parking' : 'dispute', confidence: 0.55 };
  }
  // Rats, flies and a stinking drain are sanitation even when told as a story.
  if (top === 'none' && PESTS_OR_STINK.test(text) && !THANKS.test(text) && !/干净了|少多了|少了/.test(text) && !elsewhere) return { label: 'sanitation', confidence: 0.55 };
  // E-bikes charged in stairwells, cables across the floor: a fire hazard (`safety`).
  if ((top === 'parking' || top === 'facility' || top === 'none' || top === 'dispute') && INDOOR_CHARGING.test(text) && !elsewhere) return { label: 'safety', confidence: Math.max(confidence, 0.6) };
  // A question to the office about a public service, not chat between neighbours.
  if (top === 'none' && SERVICE.test(text) && ASKING.test(text) && !BETWEEN_NEIGHBOURS.test(text) && !elsewhere) return { label: 'inquiry', confidence: 0.55 };
  return null;
}

// Two problems in one message take the more urgent one; safety outranks the rest.
function precedence(text: string, top: Label, confidence: number): Decision | null {
  const sure = (label: Label, floor = 0.7): Decision => ({ label, confidence: Math.max(confidence, floor) });
  // Someone stuck in a lift, banging on the doors or with others prising them, is a lift
  // emergency, not a break-in.
  if ((top === 'safety' || top === 'elevator') && /电梯|轿厢/.test(text) && someoneTrapped(text) && !RESCUED.test(text) && !hasEvent(text, FIRE_OR_GAS)) {
    return top === 'elevator' ? null : sure('elevator');
  }
  if (top !== 'none' && top !== 'safety' && top !== 'dispute' && isLiveHazard(text) && !NOT_HERE.test(text) && !(BENIGN_SMOKE.test(text) && !hasEvent(text, THROWN) && !hasEvent(text, BREAK_IN))) {
    return sure('safety', 0.8);
  }
  // Water coming into a home outranks the neighbour it comes from, unless someone is hurt.
  if (top === 'dispute' && isUrgent(text, 'water') && !hasEvent(text, VIOLENCE_EVENT)) return sure('water');
  // A threat or a fight outranks the noise or parking space it started over.
  if ((top === 'noise' || top === 'parking' || top === 'facility') && VIOLENCE.test(text)) return sure('dispute');
  // A quarrel over a parking space is `parking`; noise from a neighbour is `noise`.
  if (top === 'dispute' && !hasEvent(text, VIOLENCE_EVENT)) {
    if (/车位|停车|挪车|占位|堵.{0,4}车/.test(text)) return sure('parking', 0.6);
    if (/噪音|音响|电钻|广场舞|跺脚|吵死|太吵|声音太大/.test(text) && !/两家|吵架|吵起来|不可开交|骂/.test(text)) return sure('noise', 0.6);
  }
  // Banging upstairs at night that keeps people awake is noise, not a hazard.
  if (top === 'safety' && /楼上.{0,10}(砸东西|砰砰|咚咚|哐哐)/.test(text) && /睡|吵|半夜|天天/.test(text) && !isLiveHazard(text)) return sure('noise', 0.6);
  // Strangers trying doors are crime prevention, not a quarrel, unless someone is hurt.
  if ((top === 'dispute' || top === 'noise' || top === 'facility') && SUSPICIOUS.test(text) && !VIOLENCE.test(text)) return sure('safety');
  // A fire someone set is a fire first, and a break-in with nobody hurt is crime.
  if (top === 'dispute' && (hasEvent(text, FIRE_OR_GAS) || (hasEvent(text, BREAK_IN) && !hasEvent(text, VIOLENCE_EVENT))) && !NOT_HERE.test(text)) return sure('safety');
  // Fog and haze are weather, not smoke.
  if (top === 'safety' && /雾|霾/.test(text) && !/烟|火|着了|味/.test(text)) return { label: 'none', confidence: 0.6 };
  // A fight is `dispute` even where the model hears "danger": safety is hazards and crime.
  if (top === 'safety' && hasEvent(text, VIOLENCE_EVENT) && !isLiveHazard(text)) return sure('dispute');
  return null;
}

// Something loose hanging overhead that nobody threw and that is not burning.
function looseOverhead(text: string): boolean {
  return LOOSE.test(text) && OVERHEAD.test(text) && !THROWN_BY_HAND.test(text) && !hasEvent(text, FIRE_OR_GAS);
}

function ranked(scores: LabelScores): Label[] {
  return [...ALL_LABELS].sort((a, b) => scores[b] - scores[a]);
}

function isLiveHazard(text: string): boolean {
  return hasEvent(text, FIRE_OR_GAS) || hasEvent(text, THROWN) || hasEvent(text, BREAK_IN) || hasEvent(text, LIFE_DANGER);
}

// Share of the winning score, pulled down when the runner-up is close.
function modelConfidence(best: number, second: number, total: number): number {
  const share = best / total;
  const margin = best > 0 ? (best - second) / best : 0;
  return round(Math.min(0.99, 0.5 * share + 0.5 * margin));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
