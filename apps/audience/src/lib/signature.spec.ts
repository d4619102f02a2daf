import { DOCUMENT_LIMITS } from '@mufakat/contracts';
import { dataUrlBytes, groupHex, MIN_INK, PAD, signatureProblem, signingStep } from './signature';
import { signingFixture as task } from './test-fixtures';

const png = (bytes: number) => `data:image/png;base64,${Buffer.alloc(bytes).toString('base64')}`;

describe('signingStep', () => {
  it('waits for a ready version, asks for a signature, then confirms it', () => {
    expect(signingStep(task({ document: null }))).toBe('waiting');
    expect(signingStep(task())).toBe('sign');
    expect(signingStep(task({ signed: true }))).toBe('signed');
  });

  it('asks again when a newer version arrives unsigned', () => {
    expect(signingStep(task({ document: { id: 'd2', version: 2, sha256Pdf: 'cd'.repeat(32) }, signed: false }))).toBe('sign');
  });
});

describe('dataUrlBytes', () => {
  it('counts the decoded bytes, whatever the padding', () => {
    for (const bytes of [0, 1, 2, 3, 4, 5, 1000]) expect(dataUrlBytes(png(bytes))).toBe(bytes);
  });
});

describe('signatureProblem', () => {
  it('refuses an empty pad or a stray tap', () => {
    expect(signatureProblem(0, png(100))).toBe('empty');
    expect(signatureProblem(MIN_INK - 1, png(100))).toBe('empty');
  });

  it('refuses anything but a PNG data URL (a browser that cannot export PNG gives another type)', () => {
    expect(signatureProblem(MIN_INK, 'data:,')).toBe('format');
    expect(signatureProblem(MIN_INK, 'data:image/jpeg;base64,AAAA')).toBe('format');
  });

  it('accepts up to the contract limit and refuses one byte more', () => {
    expect(signatureProblem(MIN_INK, png(DOCUMENT_LIMITS.signatureBytes))).toBeNull();
    expect(signatureProblem(MIN_INK, png(DOCUMENT_LIMITS.signatureBytes + 1))).toBe('tooLarge');
  });

  it('draws at most about 600×200, so exports stay small', () => {
    expect(PAD.width).toBeLessThanOrEqual(600);
    expect(PAD.height).toBeLessThanOrEqual(200);
  });
});

describe('groupHex', () => {
  it('splits a SHA-256 into groups of eight', () => {
    const hex = '0123456789abcdef'.repeat(4);
    expect(groupHex(hex).split(' ')).toEqual(['01234567', '89abcdef', '01234567', '89abcdef', '01234567', '89abcdef', '01234567', '89abcdef']);
    expect(groupHex('')).toBe('');
  });
});
