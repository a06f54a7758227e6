// Phrase patterns shared by the urgency and priority rules. They name events, not
// sentences: each one is something the taxonomy says changes how fast someone must act.

/** "万一着火" / "迟早出事" talk about a risk, "打不着火" about a stove: not an event under way. */
export const HYPOTHETICAL = /(不|没|万一|迟早|要是|如果|真要|真的?|容易|会不会|怕|担心|以免|防止|小心)$/;
/** "万一真是着火": a supposition a few words before the event. */
const SUPPOSE = /万一|要是|如果|假如|假设/;

export const FIRE_OR_GAS =
  /(煤气|燃气|天然气|液化气).{0,4}(味|漏|泄)|(燃气|天然气|煤气|烟雾|烟感)报警器?.{0,4}(响|叫|报警)|(电箱|电线|电表箱|配电箱|电瓶车|电动车|车子|房子|屋子|柜子).{0,2}着了|(气味|味道?).{0,4}(煤气|燃气|天然气|液化气)|漏气|着火|起火|失火|火灾|冒烟|浓烟|黑烟|冒火|火苗|火光|火花|打火(?!机)|烧起来|烧着了|火势|冒气|爆炸|全是烟|好大的烟|烟很大|有烟(?![头草灰酒])|一股烟|烟(好|很|太|特别|越来越)(大|浓)|焦糊|烧焦|焦味|糊味|臭鸡蛋味|(闻到|好大|很大|浓|呛人)的?(一股)?烟味|烧(塑料|橡胶|胶皮|电线)|(塑料|橡胶|胶皮|电线)(烧|糊|焦)|火(很|好|太|特别)大|大火|火烧起来|烟.{0,4}(飘进|进来|灌进|呛)/g;
export const THROWN =
  /高空抛物|高空坠物|从天而降|(楼上|窗户?|阳台|楼顶|高层).{0,10}(扔|丢|抛|砸|掉)(了个|了一|下来|下|东西|垃圾)|从(楼上|上面|窗户|窗口|阳台|楼顶|高处|天上).{0,8}(扔|丢|抛|掉|砸|甩|飞|落)|(扔|丢|砸|抛|泼|甩)下来|往(楼)?下(扔|丢|抛|泼|倒|甩)/g;
export const BREAK_IN = /(撬|偷|拉|剪|砸).{0,10}(现在还在|还没走)|撬.{0,8}(门|锁|窗|柜|车|箱)|剪.{0,8}锁|(正在|还在).{0,6}(撬|偷|翻|爬)|入室|翻窗进|爬窗|爬.{0,8}(进屋|进去|进来|进了)|小偷.{0,4}(在|还在|进)/g;
/** A life in danger right now: someone drowning, on a ledge, about to jump, electrocuted. */
export const LIFE_DANGER = /溺水|落水|掉进(了)?(河|湖|池塘|水里|井里)|爬到.{0,4}(窗台|窗外|阳台外|栏杆外)|(坐|站)在.{0,6}(天台|楼顶|窗台).{0,4}(边|外)|想跳楼|要跳楼|跳楼|轻生|触电/g;
/** Someone trying door after door right now: a break-in under way, so urgent. */
export const TRYING_DOORS = /(一间一间|一户一户|挨家挨户|一家一家).{0,6}(推|敲|拧|试)|(推|拧|试|掰).{0,3}门把/;
/** Strangers trying doors or hanging about: crime prevention, so `safety`. */
export const SUSPICIOUS = /陌生人|可疑|形迹|鬼鬼祟祟|(一间一间|一户一户|挨家挨户|一家一家).{0,6}(推|敲|拧|试|看)|(推|拧|试).{0,3}(我家|别人家|各家)?门把|踩点/;
/** Smoke from cooking, a barbecue, incense, cigarettes or the weather. */
export const BENIGN_SMOKE = /烧烤|烤肉|烤串|做饭|炒菜|油烟机|香味|抽烟|吸烟|烟花|鞭炮|蚊香|熏|雾|霾|蒸汽|水汽|烧香|烧纸(?![箱盒板壳])|火锅/;
/** Words that mean a fire or a gas leak whatever else is burning nearby. */
export const REAL_FIRE = /着火|起火|放火|火(很|好|太|特别)大|大火|焦|烧(塑料|橡胶|胶皮|电线)|臭鸡蛋|失火|火灾|冒火|火苗|明火|爆炸|烧起来|烧干|(煤气|燃气|天然气|液化气)/;
/** Hearsay and news: the event is not happening here and now. */
export const NOT_HERE = /新闻|听说|据说|转发|朋友圈|抖音|快手|微博|网上看|他们那|她们那|他们小区|她们小区|老家|吓到大家|吓着大家|让大家担心|熬中药|不用担心|无泄漏|没有泄漏|已确认|排查|隔壁小区|别的小区|其他小区|视频|演练|不是着火|没着火|别慌|误会|虚惊/;
export const VIOLENCE =
  /家暴|家庭暴力|打人|打我|打起来|打架|动手|推我(?!家|们家)|推倒|推了我|推搡|拿(着)?(刀|棍|锤|棒)|持刀|动刀|砍|掐|扇.{0,2}耳光|踹|厮打|撕打|扭打|弄死|杀了|打断|放火|报复|威胁|恐吓|扬言|收拾我|砸门|抓伤|头都破|头破|见一次打一次|打.{0,3}一顿|砸人|砸伤|打伤|砍人|捅人|捅了|追着.{0,4}打|要打(我|人|你|死)|打老婆|打孩子|揍|算账|挥.{0,3}刀|菜刀|砖头?砸|被.{0,6}打(了|伤)/;
export const PAST = /(昨天|昨晚|前天|上周|上次|上个月|之前|去年|泡过|已经?(解救|救出|灭了|处理|扑灭|修好))/;

const PERSON =
  '老人|老人家|老太太|老太|老奶奶|老爷爷|老爷子|老头子?|老汉|大爷|大妈|阿婆|阿公|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|公公|父亲|母亲|爹|娘|' +
  '孩子|小孩|小朋友|儿子|女儿|男孩|女孩|小宝|宝宝|老大|老二|闺女|娃|伢|崽|孙子|孙女|外孙|弟弟|妹妹|爸|妈|老伴|老公|丈夫|媳妇|室友|租客|房客|学生';
const GONE =
  '走丢|走失|不见了|找不到了|找不着了|没回来|没回家|还没回|没到家|联系不上|失联|迷路|没消息|没音讯|不知去向|不见人(?!影)|人不见了|找不见|找了.{0,6}没找到|跑丢|被人?(抱走|拐|带走)|一?夜未归|彻夜未归|未归|不知道?(跑|去|走)?(哪|哪里|哪儿)去?了|到处找不到|哪都找不到|找遍了|' +
  '(出了?门|出去|走了|离家).{0,12}(电话|手机).{0,2}(打不通|不通|关机|没人接|不接)';
export const LOST_PERSON = new RegExp(
  `(${PERSON})[^狗猫]{0,14}(${GONE})|(找不到|找不着|在找|跟.{0,4}走散)(了)?(妈妈|爸爸|奶奶|爷爷|家人|家|大人)|走散了|` +
    '(说不清|说不出|不记得|记不清|不知道|讲不清)[^，。]{0,6}(住哪|住在哪|家在哪|哪栋|哪个楼|哪一栋|地址|回家)|(寻人|走失人员)|(帮忙|帮我|帮着|大家)(找|寻找|留意|留心)一?下?(我|我家|我们家)的?(' + PERSON + ')',
);
/** Somewhere else: a case from another estate or the news is nobody's to act on here. */
export const ELSEWHERE = /听说|据说|新闻|朋友圈|抖音|快手|微博|隔壁小区|别的小区|其他小区|他们那|她们那|他们小区|老家|视频/;
/** Pets by kind or breed: "我家边牧跑了" is a lost pet, never a lost person. */
export const PET =
  /狗|猫|宠物|泰迪|柯基|金毛|边牧|哈士奇|二哈|比熊|柴犬|拉布拉多|萨摩|博美|贵宾|雪纳瑞|法斗|鹦鹉|八哥|兔子|仓鼠|乌龟|龙猫/;
/** "要是哪天我家老头子走丢了": a worry about the future, not a person missing now. */
export const LOST_PERSON_HYPOTHETICAL = /(要是|如果|万一|假如|哪天|怕|担心|以防).{0,10}(走丢|走失|不见|找不到)/;

export function hasEvent(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    if (!HYPOTHETICAL.test(text.slice(Math.max(0, start - 4), start)) && !SUPPOSE.test(text.slice(Math.max(0, start - 6), start))) return true;
  }
  return false;
}
