import type { CaseLabel } from '../../classify/labels.js';

// A few plain resident sentences per category; {p} is the place. Some carry a phone number or
// an ID number, as real messages do, so the export's masking has something to mask.
export const TEXTS: Record<CaseLabel, readonly string[]> = {
  lighting: ['{p}的路灯不亮了，晚上黑乎乎的', '{p}楼道灯坏了好几天了', '{p}那边灯一闪一闪的'],
  water: ['{p}停水了，什么时候来水', '{p}水管爆了，水流了一地', '{p}下水道堵了，污水冒出来了'],
  elevator: ['{p}电梯又坏了，老人下不了楼', '{p}电梯困人了！', '{p}电梯异响，坐着害怕'],
  facility: ['{p}的健身器材坏了', '{p}门禁坏了，刷卡进不去', '{p}的椅子断了，小孩容易受伤'],
  sanitation: ['{p}垃圾堆了好几天没人清', '{p}有死老鼠，很臭', '{p}绿化带里全是垃圾'],
  inquiry: ['请问{p}的核酸点还开吗', '社区食堂几点开门？', '想咨询一下居住证怎么办理，电话13912345678'],
  lost_pet: ['我家的猫在{p}走丢了，橘色的，有看到的联系13587654321', '{p}附近丢了一只小泰迪', '谁在{p}看到一只白色小狗'],
  missing_person: ['我家老人早上从{p}出去还没回来，身份证号330106194512123456', '孩子在{p}走散了，穿红衣服', '{p}有个老人迷路了'],
  noise: ['{p}楼上每天半夜装修', '{p}广场舞声音太大了', '{p}有人半夜唱歌'],
  parking: ['{p}有车堵住消防通道', '{p}我的车位被占了', '{p}有车挡住出口了，车主电话138 1234 5678'],
  dispute: ['{p}邻居家漏水到我家不肯赔', '{p}两家因为晾衣服吵起来了', '{p}邻居在楼道堆杂物说不听'],
  safety: ['{p}电动车在楼道充电，太危险了', '{p}有电线裸露', '{p}消防栓被偷了'],
};

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
export const GIVEN = ['阿姨', '大爷', '先生', '女士', '小姐', '师傅', '奶奶', '爷爷', '姐', '哥'];
export const BUILDINGS = Array.from({ length: 24 }, (_, i) => `${i + 1}号楼`);
