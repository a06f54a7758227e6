import { describe, expect, it } from 'vitest';
import { createLocationExtractor } from '../../../src/classify/location.js';

const extract = createLocationExtractor(['翠竹苑', '邻里食堂']);
const span = (text: string): string | null => {
  const found = extract(text);
  return found ? text.slice(found.start, found.end) : null;
};

describe('location extractor', () => {
  it.each([
    ['3幢2单元楼道灯坏了', '3幢2单元'],
    ['5号楼电梯停了', '5号楼'],
    ['我是2-1-301的 楼上漏水', '2-1-301'],
    ['9幢1201 楼上在装修', '9幢1201'],
    ['地下车库B区进水了', '地下车库B区'],
    ['东门保安室这有只狗', '东门'],
    ['南大门的道闸坏了', '南大门'],
    ['翠竹苑3幢电梯关人了', '翠竹苑3幢'],
    ['邻里食堂后门的泔水桶不盖', '邻里食堂'],
    ['18幢一单元的感应灯不灵', '18幢一单元'],
    ['13号楼架空层堆了纸箱', '13号楼架空层'],
    ['12号楼东边那部电梯停了', '12号楼'],
    ['302室的水管漏了', '302室'],
  ])('%s → %s', (text, expected) => {
    expect(span(text)).toBe(expected);
  });

  it('takes the first place named when there are several', () => {
    expect(span('快递驿站门口 就在7幢旁边')).toBe('快递驿站');
  });

  it.each(['我们单元5楼的灯不亮', '广场舞太吵了', '明天8-12点停水', '电梯在18楼停了'])('%s has no location', (text) => {
    expect(span(text)).toBeNull();
  });
});

describe('location: notations of newer estates', () => {
  it('towers, zones, phases and basement levels', async () => {
    const { createLocationExtractor } = await import('../../../src/classify/location.js');
    const ex = createLocationExtractor([]);
    const span = (t: string) => {
      const r = ex(t);
      return r ? t.slice(r.start, r.end) : null;
    };
    expect(span('T5的电梯又停了')).toBe('T5');
    expect(span('负一楼车库A区积水了')).toBe('负一楼车库A区');
    expect(span('C区8号楼下的灯不亮')).toBe('C区8号楼');
    expect(span('三期北门的道闸坏了')).toBe('三期北门');
    expect(span('第三期书法班什么时候报名')).toBeNull();
    expect(span('进度 C12')).toBeNull();
  });
});

describe('location: notations from other regions', () => {
  it.each([
    ['3号楼2门401的下水道堵了', '3号楼2门401'],
    ['4#楼门口堆满了纸箱', '4#楼'],
    ['我是6#-2-501的 楼上漏水', '6#-2-501'],
    ['7栋B单元的门禁坏了', '7栋B单元'],
    ['11号楼东单元电梯停了', '11号楼东单元'],
    ['B1车库C区的灯全灭了', 'B1车库C区'],
    ['P2层出口的灯不亮', 'P2层'],
    ['二区8栋两家吵起来了', '二区8栋'],
    ['西苑儿童乐园的滑梯裂了', '西苑儿童乐园'],
    ['东区花园的音响太吵', '东区花园'],
    ['8栋地下室进水了', '8栋'], // the shared corpus: "16号楼地下室" → "16号楼"
    ['5门洞的声控灯不灵', '5门洞'],
    ['小区北门口的车堵着', '北门'],
    ['16栋3楼楼梯间的灯泡烧了', '16栋'], // a floor is not part of the span
  ])('%s → %s', (text, expected) => {
    expect(span(text)).toBe(expected);
  });

  it('a fire lane and a garden are not place names by themselves', () => {
    expect(span('消防通道又被车堵了')).toBeNull();
    expect(span('我们小区花园里有人遛狗不牵绳')).toBe('小区花园');
  });
});

describe('location: a place named again more precisely, sides and shops', () => {
  it.each([
    ['车库进水了 地下车库C区已经淹到轮胎了', '地下车库C区'],
    ['地下室里哗哗响 下去一看 5栋地下室全是水', '5栋'],
    ['南侧广场的地砖碎了一大块', '南侧广场'],
    ['老礼堂门口那盏灯还是不亮', '老礼堂'],
    ['大堂旋转门卡住了 转不动', '大堂'],
    ['后门那个下水道又堵了', '后门'],
    ['楼下便利店门口的井盖没了', '便利店'],
  ])('%s → %s', (text, expected) => {
    expect(span(text)).toBe(expected);
  });

  it('the same place named twice stays the first mention', () => {
    expect(span('3栋的灯又坏了 3栋的人晚上都摸黑')).toBe('3栋');
  });
});

describe('location: sections of large estates and Shanghai lanes', () => {
  it.each([
    ['二期地库218车位被占了', '二期地库'],
    ['B区南门那段路灯全黑', 'B区南门'],
    ['3期儿童乐园滑梯裂了', '3期儿童乐园'],
    ['45弄5号后门水管爆了', '45弄5号'],
    ['45弄12号楼梯灯坏脱了', '45弄12号'],
    ['灶披间里煤气味道交关重', '灶披间'],
  ])('%s → %s', (text, expected) => {
    expect(span(text)).toBe(expected);
  });
});

describe('location: a parking space on a basement level', () => {
  it.each([
    ['谁的车停我车位了 B2-088 天天这样', 'B2-088'],
    ['5-602的住户请注意', '5-602'],
  ])('%s → %s', (text, expected) => {
    expect(span(text)).toBe(expected);
  });
});

describe('location: a place with its proper name', () => {
  it.each([
    ['俺家孩子在台东步行街走散了', '台东步行街'],
    ['苏果超市门口有个老人坐了半天', '苏果超市'],
    ['在椰梦长廊捡到个小姑娘', '椰梦长廊'],
    ['小区里的超市门口积水了', '超市'],
  ])('%s → %s', (text, expected) => {
    expect(span(text)).toBe(expected);
  });
});

describe('location: rows of a work-unit compound and named gardens', () => {
  it.each([
    ['有人在撬5排3号的门', '5排3号'],
    ['都半个月了 还是黑的 3排那灯', '3排'],
    ['一排路灯都不亮', null],
    ['每天早上六点就有人在空中花园打鼓', '空中花园'],
  ])('%s → %s', (text, expected) => {
    expect(span(text)).toBe(expected);
  });
});
