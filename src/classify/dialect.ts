// Dialect → Mandarin, so the model and the rules read "我个仔头先跑咗入去" as
// "我儿子刚才跑了进去". Residents of Guangdong estates write Cantonese; Wuhan, Sichuan
// and northern residents drop in a few words of their own. Only readings that are
// unambiguous in a housing-estate chat are listed: 系 (联系) and 郁 (郁闷) are left alone.

/** One character for one character: applied with traditional → simplified. */
export const DIALECT_CHARS = new Map<string, string>([
  ['冇', '没'], ['嘅', '的'], ['咗', '了'], ['喺', '在'], ['佢', '他'], ['睇', '看'], ['啲', '些'], ['俺', '我'],
  ['嚟', '来'], ['搵', '找'], ['揾', '找'], ['哋', '们'], ['嗰', '那'], ['畀', '给'], ['掟', '扔'], ['瞓', '睡'],
  ['嘈', '吵'], ['嗌', '喊'], ['攞', '拿'],
]);

/** Characters after which 么 is Mandarin (怎么样, 什么事), not Wuhan 么样 / 么事. */
export const MANDARIN_BEFORE_ME = '怎什那这多要';

/**
 * Words and phrases, written as they read after the character pass above (so "返嚟"
 * appears as "返来"). Longer entries win where two overlap.
 */
export const DIALECT_PHRASES: ReadonlyArray<readonly [string, string]> = [
  // Cantonese: people
  ['个仔', '儿子'], ['男仔', '男孩'], ['女仔', '女孩'], ['细路', '小孩'], ['细佬', '弟弟'], ['阿伯', '大爷'],
  ['老豆', '爸爸'], ['阿妈', '妈妈'], ['BB', '宝宝'], ['囡囡', '宝宝'], ['囡', '女儿'],
  // Cantonese: where, when, who, what
  ['边度', '哪里'], ['边处', '哪里'], ['边个', '谁'], ['边家', '哪家'], ['边间', '哪间'], ['屋企', '家'],
  ['而家', '现在'], ['头先', '刚才'], ['啱啱', '刚刚'], ['琴晚', '昨晚'], ['寻晚', '昨晚'], ['今朝', '今早'],
  ['成日', '经常'], ['成晚', '整晚'], ['入面', '里面'], ['出面', '外面'], ['乜嘢', '什么'], ['咩', '什么'],
  ['点算', '怎么办'], ['点解', '为什么'], ['点样', '怎样'], ['系咪', '是不是'], ['系唔系', '是不是'], ['唔系', '不是'],
  // Cantonese: verbs and states
  ['唔该', '麻烦'], ['唔', '不'], ['返来', '回来'], ['返去', '回去'], ['返屋企', '回家'], ['冇返', '没回'],
  ['落来', '下来'], ['落去', '下去'], ['跌落', '掉下'], ['跌了', '掉了'], ['甩了', '掉了'],
  ['入屋', '进屋'], ['入水', '进水'], ['入来', '进来'], ['入去', '进去'], ['水浸', '水淹'], ['浸到', '淹到'],
  ['塞住', '堵住'], ['坏晒', '全坏了'], ['满晒', '全满了'], ['堵晒', '全堵了'], ['黑麻麻', '黑乎乎'],
  ['灯唔着', '灯不亮'], ['霸了', '占了'], ['霸位', '占位'], ['泊车', '停车'], ['斩死', '砍死'], ['行楼梯', '走楼梯'],
  ['好鬼', '非常'], ['好大阵', '很大的'], ['搞掂', '搞定'], ['执到', '捡到'], ['讲唔出', '说不出'], ['讲唔清', '说不清'],
  // Wuhan, Sichuan and northern words
  // 么样 / 么事 stand alone in Wuhan speech; after 怎 or 什 they are already Mandarin.
  ['么样', '怎么样'], ['搞么事', '干什么'], ['么事', '什么事'], ['没得', '没有'], ['咋个', '怎么'], ['咋整', '怎么办'],
  ['啥子', '什么'], ['耗儿', '老鼠'], ['耗子', '老鼠'], ['甭', '不用'],
];
