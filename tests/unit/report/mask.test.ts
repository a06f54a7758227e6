import { describe, expect, it } from 'vitest';
import { maskPersonalNumbers } from '../../../src/report/mask.js';

describe('maskPersonalNumbers', () => {
  it('masks mobiles in the usual spellings', () => {
    expect(maskPersonalNumbers('电话13812341234')).toBe('电话138****1234');
    expect(maskPersonalNumbers('打138 1234 5678或138-1234-5678')).toBe('打138****5678或138****5678');
    expect(maskPersonalNumbers('+86 13912345678')).toBe('139****5678');
  });

  it('masks ID numbers, including an X check digit', () => {
    expect(maskPersonalNumbers('身份证号330106194512123456')).toBe('身份证号330106********3456');
    expect(maskPersonalNumbers('11010519491231002X')).toBe('110105********002X');
  });

  it('masks landlines and leaves ordinary numbers alone', () => {
    expect(maskPersonalNumbers('物业0571-88123456')).toBe('物业0571-****3456');
    expect(maskPersonalNumbers('3号楼2单元1201室，停了20分钟')).toBe('3号楼2单元1201室，停了20分钟');
  });
});
