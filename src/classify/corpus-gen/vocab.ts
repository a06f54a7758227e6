// Slot fillers shared by the templates: invented estates, buildings written every way
// residents write them, and the small talk that wraps a request. Estate names are made up
// on purpose so the model cannot lean on the four estates of the shared corpus.
export const ESTATES = [
  '金桂苑', '阳光花园', '和平新村', '春晓家园', '锦绣华庭', '东湖小区', '望江苑', '桃源里',
  '碧水湾', '翡翠城', '幸福家园', '梧桐院', '清河新村', '绿城桂花园', '紫荆公寓', '南湖春晓',
];

export const BUILDINGS = [
  '3幢', '12幢', '7号楼', '15号楼', '5栋', '21栋', '2号楼', '9幢', '十一幢', '六号楼', 'B座', 'A3栋',
  '8幢2单元', '4号楼1单元', '16栋3单元', '11号楼二单元', '2-1-301', '5-2-1102', '13-1-402',
  '6幢1803', '10号楼602', '1单元', '302室', '18号楼', '27幢', '3栋', '1号楼',
];

export const PLACES = [
  '东门', '西门', '南门', '北门', '南大门', '东北门', '地下车库', '地库', '车库', '地下车库A区',
  '快递驿站', '菜鸟驿站', '垃圾房', '小广场', '中心花园', '儿童乐园', '健身区', '篮球场',
  '非机动车棚', '社区食堂', '老年活动室', '架空层', '物业中心', '岗亭', '游乐场', '停车场',
];

/** Where a problem is: a building, a named place, a part of a building, or nowhere. */
export const WHERE_SUFFIX = ['', '门口', '楼下', '旁边', '那边', '后面', '里', '附近', '对面', '入口'];

export const OPENERS = [
  '', '', '', '', '', '@物业 ', '@社区小王 ', '@物业客服 ', '请问 ', '麻烦问一下 ', '各位邻居 ',
  '物业在吗 ', '你好 ', '反映个问题 ', '唉 ', '我说一下 ', '老师 ', '网格员 ', '@管家小李 ',
];

export const CLOSERS = [
  '', '', '', '', '', '[发怒]', '[捂脸]', '[流泪]', '😤', '🙏', '！！', '？', '...', '[裂开]',
  ' 谢谢', ' 辛苦了', ' 急', '[微笑]',
];
