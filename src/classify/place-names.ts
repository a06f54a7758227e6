// Shared facilities residents name in most Chinese estates. Config adds the estate's own
// names (its gates, courtyards, shops); the training corpus adds the ones annotators marked.
// Longer names are listed beside their short forms: the extractor keeps the longest match
// at the earliest position ("地下车库B区" over "地下车库", "邻里食堂" over "食堂").
export const COMMON_PLACES: readonly string[] = [
  '快递驿站', '菜鸟驿站', '丰巢柜', '快递柜', '驿站',
  '垃圾房', '垃圾站', '垃圾分类亭', '垃圾亭', '垃圾中转站',
  '小广场', '小区广场', '中心广场', '健身广场', '中心花园', '小花园',
  '健身区', '健身角', '健身步道', '儿童乐园', '儿童游乐场', '游乐场', '游乐区', '滑梯区',
  '篮球场', '羽毛球场', '网球场', '足球场', '门球场', '乒乓球台',
  '非机动车棚', '自行车棚', '电瓶车棚', '电动车棚', '车棚', '充电棚',
  '社区食堂', '邻里食堂', '老年食堂', '食堂',
  '老年活动室', '老年活动中心', '活动室', '活动中心', '图书室', '棋牌室',
  '物业中心', '物业服务中心', '物业办公室', '社区服务中心', '党群服务中心', '社区党群服务中心',
  '社区卫生服务站', '卫生服务站', '社区卫生服务中心',
  '门卫室', '保安室', '岗亭', '传达室',
  '架空层', '地下车库', '地下停车场', '地面停车场', '停车场', '地库', '车库',
  '凉亭', '人工湖', '景观池', '喷泉', '沿河步道', '河边步道', '会所', '泳池', '游泳池',
  '消控室', '配电房', '水泵房', '幼儿园门口',
];
