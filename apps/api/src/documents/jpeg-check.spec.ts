import { jpegOf } from '../../test/support/images';
import { PHOTO_IMAGE } from './image-check';
import { checkJpeg } from './jpeg-check';

const damaged = { ok: false, reason: 'damaged' };

describe(checkJpeg.name, () => {
  it('accepts a whole JPEG, with what a phone appends after its end', () => {
    expect(checkJpeg(jpegOf(8, 8), PHOTO_IMAGE)).toEqual({ ok: true, width: 8, height: 8 });
    expect(checkJpeg(Buffer.concat([jpegOf(8, 8), Buffer.from('trailer')]), PHOTO_IMAGE)).toEqual({ ok: true, width: 8, height: 8 });
  });

  it('walks past stuffed bytes and restart markers in the scan', () => {
    const jpeg = jpegOf(8, 8);
    const scanEnd = jpeg.length - 2;
    const withMarkers = Buffer.concat([jpeg.subarray(0, scanEnd), Buffer.from([0xff, 0x00, 0xff, 0xd0, 0x12]), jpeg.subarray(scanEnd)]);
    expect(checkJpeg(withMarkers, PHOTO_IMAGE)).toMatchObject({ ok: true });
  });

  it('refuses what only starts like a JPEG', () => {
    const html = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<html><script>alert(1)</script></html>')]);
    expect(checkJpeg(html, PHOTO_IMAGE)).toEqual(damaged);
    const jfifThenHtml = Buffer.concat([jpegOf(8, 8).subarray(0, 20), Buffer.from('<html></html>')]);
    expect(checkJpeg(jfifThenHtml, PHOTO_IMAGE)).toEqual(damaged);
  });

  it('refuses a JPEG without its end, its frame header or a size', () => {
    const jpeg = jpegOf(8, 8);
    expect(checkJpeg(jpeg.subarray(0, -2), PHOTO_IMAGE)).toEqual(damaged);
    expect(checkJpeg(jpeg.subarray(0, 100), PHOTO_IMAGE)).toEqual(damaged);
    expect(checkJpeg(jpegOf(0, 8), PHOTO_IMAGE)).toEqual(damaged);
    const withoutFrame = Buffer.from(jpeg);
    // The frame header's marker made a comment: the scan has no frame.
    withoutFrame[withoutFrame.indexOf(Buffer.from([0xff, 0xc0])) + 1] = 0xfe;
    expect(checkJpeg(withoutFrame, PHOTO_IMAGE)).toEqual(damaged);
  });

  it('refuses a size above the limit from the frame header', () => {
    expect(checkJpeg(jpegOf(60_000, 60_000), PHOTO_IMAGE)).toEqual({ ok: false, reason: 'too-large' });
    expect(checkJpeg(jpegOf(8000, 6000), PHOTO_IMAGE)).toMatchObject({ ok: true });
  });
});
