import { createInflate, deflateSync, type Inflate, type ZlibOptions } from 'node:zlib';
import { blankPng, pngBomb, pngWith } from '../../test/support/images';
import { SIGNATURE_IMAGE } from './image-check';
import { checkPng, inflatedSize } from './png-check';

// Every inflate the check starts goes through here, so a test can see how much of an image was inflated.
jest.mock('node:zlib', () => {
  const actual = jest.requireActual<typeof import('node:zlib')>('node:zlib');
  return { ...actual, createInflate: jest.fn((options?: ZlibOptions) => actual.createInflate(options)) };
});
const inflates = jest.mocked(createInflate);
const { createInflate: realCreateInflate } = jest.requireActual<typeof import('node:zlib')>('node:zlib');

/** Bytes the check's inflate streams put out while `work` runs. */
async function inflatedDuring<T>(work: () => Promise<T>): Promise<{ result: T; inflated: number; ms: number }> {
  let inflated = 0;
  inflates.mockImplementation((options?: ZlibOptions): Inflate => {
    const stream = realCreateInflate(options);
    stream.on('data', (output: Buffer) => (inflated += output.length));
    return stream;
  });
  const start = performance.now();
  const result = await work();
  return { result, inflated, ms: performance.now() - start };
}

// The classic 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const damaged = { ok: false, reason: 'damaged' };
const tooLarge = { ok: false, reason: 'too-large' };

describe(checkPng.name, () => {
  afterEach(() => inflates.mockClear());

  it('accepts a whole PNG, interlaced or not', async () => {
    expect(await checkPng(PNG, SIGNATURE_IMAGE)).toEqual({ ok: true, width: 1, height: 1 });
    expect(await checkPng(blankPng(500, 200), SIGNATURE_IMAGE)).toEqual({ ok: true, width: 500, height: 200 });
    // 3 × 3 grey, Adam7: passes 1, 4, 5, 6 and 7 have pixels, 15 bytes with their filter bytes (12 without interlacing).
    expect(inflatedSize({ width: 3, height: 3, bitDepth: 8, colourType: 0, interlaced: true })).toBe(15);
    const interlaced = pngWith({ width: 3, height: 3, colourType: 0, interlaced: true }, deflateSync(Buffer.alloc(15)));
    expect(await checkPng(interlaced, SIGNATURE_IMAGE)).toEqual({ ok: true, width: 3, height: 3 });
  });

  it('refuses a damaged, truncated or padded one, and other formats', async () => {
    const broken = Buffer.from(PNG);
    broken[45] ^= 0xff;
    expect(await checkPng(broken, SIGNATURE_IMAGE)).toEqual(damaged);
    expect(await checkPng(PNG.subarray(0, PNG.length - 5), SIGNATURE_IMAGE)).toEqual(damaged);
    expect(await checkPng(Buffer.concat([PNG, Buffer.from([0])]), SIGNATURE_IMAGE)).toEqual(damaged);
    expect(await checkPng(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), SIGNATURE_IMAGE)).toEqual(damaged);
    // Image data shorter than the header announces, an impossible bit depth, a palette image without its palette.
    expect(await checkPng(pngWith({ width: 10, height: 10 }, deflateSync(Buffer.alloc(50))), SIGNATURE_IMAGE)).toEqual(damaged);
    expect(await checkPng(pngWith({ width: 1, height: 1, bitDepth: 3 }, deflateSync(Buffer.alloc(5))), SIGNATURE_IMAGE)).toEqual(damaged);
    expect(await checkPng(pngWith({ width: 1, height: 1, colourType: 3 }, deflateSync(Buffer.alloc(2))), SIGNATURE_IMAGE)).toEqual(damaged);
  });

  it('refuses a decompression bomb from its header, without inflating any of it', async () => {
    const bomb = await pngBomb();
    // The figures: under 200 KB that inflate to 190 MB.
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(inflatedSize({ width: 10_000, height: 4_750, bitDepth: 8, colourType: 6, interlaced: false })).toBe(190_004_750);
    const { result, inflated, ms } = await inflatedDuring(() => checkPng(bomb, SIGNATURE_IMAGE));
    expect(result).toEqual(tooLarge);
    expect(inflates).not.toHaveBeenCalled();
    expect(inflated).toBe(0);
    expect(ms).toBeLessThan(100);
  });

  it('refuses an image above the limits from its header, in pixels or in inflated bytes', async () => {
    const tiny = deflateSync(Buffer.alloc(1));
    expect(await checkPng(pngWith({ width: 2001, height: 1000 }, tiny), SIGNATURE_IMAGE)).toEqual(tooLarge);
    // One bit per pixel: 7.5 MB of scanlines, but 60 megapixels to decode.
    expect(await checkPng(pngWith({ width: 20_000, height: 3_000, bitDepth: 1, colourType: 0 }, tiny), SIGNATURE_IMAGE)).toEqual(tooLarge);
    // Within the pixels, but 16 bits per channel make it twice the bytes.
    expect(await checkPng(pngWith({ width: 2000, height: 1000, bitDepth: 16 }, tiny), SIGNATURE_IMAGE)).toEqual(tooLarge);
    expect(inflates).not.toHaveBeenCalled();
  });

  it('stops inflating a bomb behind a small header where the header says the image ends', async () => {
    const lying = await pngBomb({ width: 500, height: 200 });
    const announced = inflatedSize({ width: 500, height: 200, bitDepth: 8, colourType: 6, interlaced: false });
    const { result, inflated, ms } = await inflatedDuring(() => checkPng(lying, SIGNATURE_IMAGE));
    expect(result).toEqual(damaged);
    expect(inflated).toBeGreaterThan(announced);
    // One chunk of zlib's output past the announced size, not 190 MB.
    expect(inflated).toBeLessThanOrEqual(announced + 64 * 1024);
    expect(ms).toBeLessThan(1000);
  });
});
