// A short follow-up on a known problem ("还没修好", "都三天了还没人管") names no problem
// itself; it belongs to the open case of the same room it refers to.
const FOLLOW_UP = /(还没(有)?(修|弄|处理|解决|人管|人来|好|通|亮|来)|怎么还(没|不)|都[一二两三四五六七八九十几\d]+(天|个?小时|周|个?星期)了|催一下|有人管吗|有没有人管|(进展|进度)(怎么样|如何|呢)|到底(管不管|什么时候)|又坏了|又来了|还是(老样子|没)|没人(来|管|处理))/;

export function isFollowUp(text: string): boolean {
  return text.length <= 40 && FOLLOW_UP.test(text);
}
