// Dialect → Mandarin, so the model and the rules read "我个仔头先跑咗入去" as
// "我儿子刚才跑了进去". Residents of Guangdong estates write Cantonese; Wuhan, Sichuan
// and northern residents drop in a few words of their own. Only readings that are
// unambiguous in a housing-estate chat are listed: 系 (联系) and 郁 (郁闷) are left alone.

/** One character for one character: applied with traditional → simplified. */
export const DIALECT_CHARS = new Map<string, string>([
  ['冇', '没'], ['嘅', '的'], ['咗', '了'], ['喺', '在'], ['佢', '他'], ['睇', '看'], ['啲', '些'], ['俺', '我'],
  ['嚟', '来'], ['搵', '找'], ['揾', '找'], ['哋', '们'], ['嗰', '那'], ['畀', '给'], ['掟', '扔'], ['瞓', '睡'],
  ['嘈', '吵'], ['嗌', '喊'], ['攞', '拿'], ['樽', '瓶'],
]);

/**
 * Where a dialect word is also the tail or head of a Mandarin one, the characters that
 * give the Mandarin reading away: 怎么样 is not Wuhan 么样, 旁边家 is not Cantonese 边家,
 * 电话要 is not 话要, 收入来源 is not 入来, 听讲座 is not 听讲, 不打紧 is not 打紧.
 */
export const MANDARIN_CONTEXT: ReadonlyArray<{ starts: string; notAfter?: string; notBefore?: string }> = [
  { starts: '么', notAfter: '怎什那这多要' },
  { starts: '边', notAfter: '这那旁左右东西南北上下里外后前周身两一半河路岸海江湖' },
  { starts: '话', notAfter: '电说讲对废笑情谈会' },
  { starts: '入', notAfter: '收输投加介录列深出纳编导植引注嵌融陷步进' },
  { starts: '打紧', notAfter: '不要' },
  { starts: '听讲', notBefore: '座课' },
  { starts: '在度', notBefore: '假过日量数' },
];

/**
 * Words and phrases, written as they read after the character pass above (so "返嚟"
 * appears as "返来"). Longer entries win where two overlap.
 */
export const DIALECT_PHRASES: ReadonlyArray<readonly [string, string]> = [
  // Cantonese: people
  ['个仔', '儿子'], ['男仔', '男孩'], ['女仔', '女孩'], ['细路', '小孩'], ['细佬', '弟弟'], ['阿伯', '大爷'],
  ['老豆', '爸爸'], ['阿妈', '妈妈'], ['阿嫲', '奶奶'], ['阿嬷', '奶奶'], ['阿爷', '爷爷'], ['BB', '宝宝'], ['囡囡', '宝宝'], ['囡', '女儿'],
  // Cantonese: where, when, who, what
  ['边度', '哪里'], ['边处', '哪里'], ['边个', '谁'], ['边家', '哪家'], ['边间', '哪间'], ['屋企', '家'],
  ['而家', '现在'], ['头先', '刚才'], ['啱啱', '刚刚'], ['琴晚', '昨晚'], ['寻晚', '昨晚'], ['今朝', '今早'],
  ['成日', '经常'], ['成晚', '整晚'], ['入面', '里面'], ['乜嘢', '什么'], ['咩', '什么'],
  ['点算', '怎么办'], ['点解', '为什么'], ['点样', '怎样'], ['系咪', '是不是'], ['系唔系', '是不是'], ['唔系', '不是'],
  // Cantonese: verbs and states
  ['唔该', '麻烦'], ['唔', '不'], ['返来', '回来'], ['返去', '回去'], ['返屋企', '回家'], ['冇返', '没回'],
  ['落来', '下来'], ['落去', '下去'], ['跌落', '掉下'], ['跌了', '掉了'], ['甩了', '掉了'],
  ['入屋', '进屋'], ['入水', '进水'], ['入来', '进来'], ['入去', '进去'], ['水浸', '水淹'], ['浸到', '淹到'],
  ['塞住', '堵住'], ['坏晒', '全坏了'], ['满晒', '全满了'], ['堵晒', '全堵了'], ['黑麻麻', '黑乎乎'],
  ['灯唔着', '灯不亮'], ['霸了', '占了'], ['霸位', '占位'], ['泊车', '停车'], ['斩死', '砍死'], ['打交', '打架'], ['火烛', '着火'], ['升降机', '电梯'], ['没人听', '没人接'], ['行楼梯', '走楼梯'],
  ['好鬼', '非常'], ['好大阵', '很大的'], ['搞掂', '搞定'], ['执到', '捡到'], ['讲唔出', '说不出'], ['讲唔清', '说不清'],
  ['仲系', '还是'], ['仲有', '还有'], ['仲会', '还会'], ['仲在', '还在'], ['仲未', '还没'], ['仲要', '还要'], ['仲话', '还说'],
  ['仲没', '还没'], ['开了未', '开了没'], ['话要', '说要'], ['话系', '说是'], ['原来系', '原来是'], ['留低', '留下'], ['出唔到来', '出不来'], ['出唔到', '出不去'], ['入唔到来', '进不来'], ['入唔到', '进不去'],
  ['爬紧', '正在爬'], ['打紧', '正在打'], ['找紧', '正在找'], ['骂紧', '正在骂'], ['等紧', '正在等'],
  ['烧紧', '正在烧'], ['漏紧', '正在漏'], ['冒紧', '正在冒'], ['响紧', '正在响'],
  ['在度', '在这里'], ['听讲', '听说'], ['隔离屋', '隔壁家'], ['真系', '真是'], ['好似', '好像'], ['琴日', '昨天'], ['寻日', '昨天'], ['好彩', '幸好'], ['锁匙', '钥匙'],
  // Wuhan, Sichuan and northern words
  // 么样 / 么事 / 么子 stand alone in Wuhan speech; after 怎 or 什 they are already Mandarin.
  ['么样', '怎么样'], ['搞么事', '干什么'], ['么事', '什么事'], ['么子', '什么'], ['电悌', '电梯'], ['电梯头', '电梯里'], ['捆人', '困人'], ['救名', '救命'], ['翘锁', '撬锁'], ['没得', '没有'], ['咋个', '怎么'], ['咋整', '怎么办'],
  ['啥子', '什么'], ['耗儿', '老鼠'], ['耗子', '老鼠'], ['甭', '不用'], ['屋头', '家里'],
];
