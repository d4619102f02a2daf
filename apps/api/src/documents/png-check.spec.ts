import { isIntactPng } from './png-check';

// The classic 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe(isIntactPng.name, () => {
  it('accepts a whole PNG', () => {
    expect(isIntactPng(PNG)).toBe(true);
  });

  it('refuses a damaged, truncated or padded one, and other formats', () => {
    const damaged = Buffer.from(PNG);
    damaged[45] ^= 0xff;
    expect(isIntactPng(damaged)).toBe(false);
    expect(isIntactPng(PNG.subarray(0, PNG.length - 5))).toBe(false);
    expect(isIntactPng(Buffer.concat([PNG, Buffer.from([0])]))).toBe(false);
    expect(isIntactPng(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(false);
  });
});
