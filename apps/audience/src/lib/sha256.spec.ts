import { createHash, randomBytes } from 'node:crypto';
import { sha256Fallback, sha256Hex } from './sha256';

describe('sha256', () => {
  it('matches node for empty, block-edge and random inputs', () => {
    for (const size of [0, 1, 55, 56, 63, 64, 65, 1000, 100_003]) {
      const data = randomBytes(size);
      expect(sha256Fallback(new Uint8Array(data))).toBe(createHash('sha256').update(data).digest('hex'));
    }
    expect(sha256Fallback(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives the same answer through Web Crypto', async () => {
    const data = randomBytes(5000);
    const copy = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    expect(await sha256Hex(copy)).toBe(createHash('sha256').update(data).digest('hex'));
  });
});
