import { PayloadTooLargeException } from '@nestjs/common';
import { blankPng, jpegOf, pngWith } from '../../test/support/images';
import { DomainError } from '../common/domain-error';
import { acceptImage, PHOTO_IMAGE, SIGNATURE_IMAGE, sniffImage } from './image-check';

describe(acceptImage.name, () => {
  it('answers with the format the bytes are, whatever the upload claimed', async () => {
    expect(await acceptImage(blankPng(4, 3), PHOTO_IMAGE)).toBe('image/png');
    expect(await acceptImage(jpegOf(8, 8), PHOTO_IMAGE)).toBe('image/jpeg');
    expect(sniffImage(Buffer.from('<html>'))).toBeNull();
  });

  it('refuses another format or a damaged image with a validation error naming the field', async () => {
    await expect(acceptImage(jpegOf(8, 8), SIGNATURE_IMAGE)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: ['signaturePng: must be a PNG image'],
    });
    const refusal = acceptImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x3c, 0x68]), PHOTO_IMAGE);
    await expect(refusal).rejects.toBeInstanceOf(DomainError);
    await expect(refusal).rejects.toMatchObject({ details: ['photo: must be a PNG or JPEG image'] });
  });

  it('answers an image too large to decode with 413', async () => {
    await expect(acceptImage(pngWith({ width: 4000, height: 4000 }, Buffer.alloc(0)), SIGNATURE_IMAGE)).rejects.toBeInstanceOf(PayloadTooLargeException);
    await expect(acceptImage(jpegOf(10_000, 10_000), PHOTO_IMAGE)).rejects.toMatchObject({ status: 413 });
  });
});
