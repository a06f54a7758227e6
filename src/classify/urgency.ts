import type { Label } from './labels.js';
import { TRYING_DOORS, BENIGN_SMOKE, BREAK_IN, FIRE_OR_GAS, REAL_FIRE, hasEvent, LIFE_DANGER, NOT_HERE, PAST, THROWN, VIOLENCE } from './signals.js';

// "迟早打起来" is a worry, not a fight: the hypothetical check needs a global pattern.
export const VIOLENCE_EVENT = new RegExp(VIOLENCE.source, 'g');

const TRAPPED =
  /96333|救命.{0,6}(电梯|卡住|困)|(电梯|卡住|困住).{0,6}救命|掉了一截|往下滑|突然下降|夹(住|到|伤)了?(人|孩子|小孩|老人|手|腿)|(电梯|轿厢)里.{0,6}(晕倒|昏迷|倒在|摔倒)|(困|关|卡)住?(在)?电梯|电梯困住|(卡|困|关)在?电梯里|(我|我们)在电梯里|关着.{0,4}(人|个|位)|在轿厢里|里面的人|按.{0,4}(警铃|报警铃|紧急呼叫)|(冲顶|蹲底|溜梯|下坠|坠落|往下掉|掉下去).{0,12}(人|我|里面)|(人|我|里面).{0,12}(冲顶|蹲底|溜梯|下坠|坠落|往下掉|掉下去)|出不去|上不去.{0,2}下不来|困人(?!的?(警铃|按钮|报警|电话))|关人|被困|(停|卡|悬)在.{0,8}(中间|之间|半空)|(里边|里面|里头).{0,8}(在喊|在哭|喊|拍门|敲门)|困在(?!楼上|家)|困了|关在|(里面|里头|里边).{0,4}有.{0,2}(人|小孩|孩子|老人|孕妇|伢|娃|宝宝|婆婆|老太|大爷|奶奶|爷爷|阿姨|外卖|快递|学生)|有人在里面|人在里面|卡住.{0,6}人|卡在.{0,10}(中间|之间|里|半路|半空)|坏在半路|拍门|出不来|喊救命|(还|都|正)在(里面|里头|里边|轿厢|电梯里)|(我|我们|人|孩子|娃|老人|孙|他|她).{0,6}在(电梯)?(里面|里头|里边)|(孩子|娃|老人|小孩).{0,6}在电梯里|不开门.{0,12}(哭|喊|拍)|在电梯里(出不|下不)/;
// "总担心哪天困在里面" is a worry: the hypothetical check needs a global pattern.
const TRAPPED_EVENT = new RegExp(TRAPPED.source, 'g');
// Someone in the lift, said alongside a sign that it is stuck ("电梯里有个老人 门打不开");
// two plain tests instead of one look-around regex, which cost a scan per character.
const SOMEONE_IN_LIFT = /(电梯|轿厢)里.{0,3}有.{0,3}(人|老人|孩子|小孩|小朋友|宝宝|孕妇|外卖|快递|大爷|大妈|阿姨|奶奶|爷爷)/;
const STUCK = /打不开|开不了|被关|关着|出不来|出不去|停了|停住|卡住|卡了|不动了|急停|坏了|困|救命|拍门/;

/** Someone is shut in (a lift, mostly) right now, by the words of the message. */
export function someoneTrapped(text: string): boolean {
  return hasEvent(text, TRAPPED_EVENT) || (SOMEONE_IN_LIFT.test(text) && STUCK.test(text));
}
// Someone "in the lift" doing something a trapped person would not write about.
// A rescue drill acts out a trapped lift; nobody is in it.
const DRILL = /演练|演习|模拟/;
export const NOT_TRAPPED = /捡到|尿|屙|拉屎|抽烟|吐痰|乱画|广告|遛狗/;
export const RESCUED = /才出来|出来了|救了出来|救出来|才动|才开|解救|救出|已经?(救|解救|放)出/;
export const WATER_IN =
  /进水|水.{0,2}进(屋|家|门|房|来了)|倒灌|灌进|往里灌|往.{0,8}(里|内)灌|灌到|冒到.{0,3}(屋|家|房|客厅|卧室)|流到.{0,4}(家|屋|客厅|卧室|房间|床)|喷得到处|到处都是水|没过(脚|脚面|脚踝|小腿)|往.{0,4}(家|屋)里?灌|(地板|家具|东西).{0,3}都?泡了|往.{0,6}(家|门|屋)里?流|溢到|溢进|溢出来|漫进|淌进|漫到|漫过|漫上来|漫出来|渗进|渗入|(返|反|冒|涌)上来|(流|淌|漫|淹)了一?(屋|客厅|地|厨房|卧室|房间)|往外冒|淹了|淹到|往下流|往下滴|往下漏|往下淌|漏下来|哗哗|流进|涌进|渗进来|冒进来|顺着.{0,6}流|水快|(全|都|满)是.{0,2}水(?![渍印])|满地.{0,2}水|(厨房|客厅|卧室|屋里|家里)满地都是|(冒|流|漏|淌|漫|淹)了?一地|一地的?水|水位|(家|屋)里?进了/
// "下雨会不会渗水" is a worry: the hypothetical check needs a global pattern.
const WATER_IN_EVENT = new RegExp(WATER_IN.source, 'g');
// A drip from the ceiling of a home is water entering it now; one in a garage is not.
const DRIP = /(一直|还在|在)滴水|往下滴|天花板.{0,8}(滴水|流水|漏水)/;
const HOME = /家|屋|客厅|卧室|房间|卫生间|厨房|厕所/;;
export const INDOORS = /家|屋(?!顶)|地板|窗户|窗缝|门缝|客厅|卧室|房间|卫生间|厨房|天花板|地下室|车库|地库|储藏|一楼|灯座|电梯井|楼道/;
export const LOOSE = /松脱|落下来|吹就(郁|动)|一郁|会郁|垂下来|垂着|耷拉|下垂|往外倒|往外歪|斜|悬在|要断了|吹就(动|晃|响|摇)|摇摇晃晃|摇来摇去|翘起|飞下来|随时会?(飞|塌|砸)|要塌|快塌|吊在|晃|快掉|快要掉|松动|松了|脱开|脱落|要掉|掉下来|往下掉|摇摇欲坠|随时会?掉|砸到|砸了|坠|鼓起|歪|悬着|吊着|挂在|挂着|掀起|掀开/;
// About to fall into the river or already lying on the ground: nobody underneath.
const NOT_ON_PEOPLE = /倒进河|河里|倒在地上|掉在地上/;
export const OVERHEAD = /窗玻璃|吊灯|栏杆(?=.{0,20}(落下来|掉下来|砸))|女儿墙|砖块|墙砖|围墙|墙体|门框|字牌|门头|水泥块|排水管|灯杆|灯头|横梁|梁|篮板|篮球架|护栏|牌子|标牌|指示牌|檐|外墙|外立面|装饰|铁皮|挡板|广告牌|招牌|外机|玻璃(?![杯瓶渣])|窗|瓷砖|保温层|支架|楼顶|阳台|雨棚|吊顶|灯箱|墙皮|晾衣架|树枝|空调|屋顶|顶棚|彩钢|瓦/;
const EMERGENCY_VEHICLE = /救护车|120|急救|病人|晕倒|心梗|心脏病|抢救/;
// An event found and dealt with ("昨天那个煤气味查出来了，已经处理好了").
const HANDLED = /查完了|没事的|不好意思|被抓到|抓到了|已经抓|查清楚了|查出来了|处理好了|已经处理|已处理|没事了|虚惊/;
// A fire engine held up is an emergency under way; "真着火了消防车进不来" is a worry.
const FIRE_ENGINE_BLOCKED = /消防车.{0,24}(堵|挡|进不来|过不去|开不进|进不去|调不了头|被.{0,4}占)|(堵|挡).{0,20}消防车.{0,6}(进不来|过不去|等着|在等)/;
const WORRY = /(真|万一|要是|如果|假如|到时)[^，。]{0,6}消防车|消防车根本/;

/**
 * Urgency by the taxonomy's table: a property of the event, decided by rules because
 * each trigger is a short, checkable phrase and a missed one must be explainable.
 */
export function isUrgent(text: string, label: Label): boolean {
  switch (label) {
    case 'missing_person':
      return true;
    case 'safety':
      return (
        !NOT_HERE.test(text) &&
        !HANDLED.test(text) &&
        ((hasEvent(text, FIRE_OR_GAS) && (REAL_FIRE.test(text) || !BENIGN_SMOKE.test(text)) && !/没(闻到|有)(什么)?(味|气味)/.test(text)) || hasEvent(text, THROWN) || hasEvent(text, LIFE_DANGER) || ((hasEvent(text, BREAK_IN) || (TRYING_DOORS.test(text) && /现在|还在|正在/.test(text))) && !PAST.test(text) && !/痕迹|撬过/.test(text)))
      );
    case 'elevator':
      return someoneTrapped(text) && !DRILL.test(text) && !RESCUED.test(text) && !NOT_TRAPPED.test(text) && !PAST.test(text) && !/昨|里面没(有|得)?人|没(有)?人被困/.test(text);
    case 'water':
      return ((hasEvent(text, WATER_IN_EVENT) && INDOORS.test(text)) || (DRIP.test(text) && HOME.test(text))) && !PAST.test(text);
    case 'facility':
      return LOOSE.test(text) && OVERHEAD.test(text) && !NOT_ON_PEOPLE.test(text) && !/已经.{0,6}(拉|围|处理|挪)|拉了警戒线|围起来了|躺在/.test(text);
    case 'dispute':
      return hasEvent(text, VIOLENCE_EVENT) && !(PAST.test(text) && /消停|没事了|带走了|处理完/.test(text)) && !/已经.{0,4}(抓|带走|劝开|拉开)|被警察带走|放心吧/.test(text);
    case 'parking':
      return (EMERGENCY_VEHICLE.test(text) && !/上回|上次|那次/.test(text)) || (/消防车/.test(text) && hasEvent(text, FIRE_OR_GAS)) || (FIRE_ENGINE_BLOCKED.test(text) && !WORRY.test(text));
    default:
      return false;
  }
}
