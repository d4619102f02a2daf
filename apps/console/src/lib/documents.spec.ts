import { DOCUMENT_LIMITS } from '@mufakat/contracts';
import { documentVersion, participant, representative } from '../test/fixtures';
import {
  documentStatusChanges,
  exportUrl,
  formatBytes,
  formatPercent,
  isInProgress,
  newestReadyVersion,
  progressValue,
  representativesBySide,
  selectableAttendees,
  signatureState,
  toAddRepresentativeRequest,
  validatePhoto,
} from './documents';

describe(progressValue.name, () => {
  it('is 0 while queued, the server figure while generating, 100 once ready', () => {
    expect(progressValue({ status: 'queued', progress: 30 })).toBe(0);
    expect(progressValue({ status: 'generating', progress: 42.6 })).toBe(43);
    expect(progressValue({ status: 'ready', progress: 80 })).toBe(100);
    expect(progressValue({ status: 'failed', progress: 55 })).toBe(55);
  });

  it("reads an FKP report's progress the same way", () => {
    expect(progressValue({ status: 'queued', progress: 5 })).toBe(0);
    expect(progressValue({ status: 'running', progress: 64.7 })).toBe(65);
    expect(progressValue({ status: 'ready', progress: 90 })).toBe(100);
  });

  it('keeps a figure out of range or not a number inside the bar', () => {
    expect(progressValue({ status: 'generating', progress: 140 })).toBe(100);
    expect(progressValue({ status: 'generating', progress: -5 })).toBe(0);
    expect(progressValue({ status: 'generating', progress: Number.NaN })).toBe(0);
  });

  it('shows a bar only while the version is on its way', () => {
    expect(['queued', 'generating', 'ready', 'failed'].map((s) => isInProgress(s as 'queued'))).toEqual([true, true, false, false]);
  });
});

describe('formatting', () => {
  it("writes percentages and sizes in the reader's locale", () => {
    expect(formatPercent(45, 'id-ID')).toBe('45%');
    expect(formatPercent(100, 'en-GB')).toBe('100%');
    expect(formatBytes(182_000, 'en-GB')).toBe('182 kB');
    expect(formatBytes(1_450_000, 'id-ID')).toBe('1,5 MB');
    expect(formatBytes(900, 'en-GB')).toBe('900 byte');
  });
});

describe(documentStatusChanges.name, () => {
  it('reports new versions and status changes, not progress ticks, oldest first', () => {
    const before = [documentVersion('b', 2, { status: 'generating', progress: 10 }), documentVersion('a', 1)];
    const after = [
      documentVersion('c', 3, { status: 'queued', progress: 0 }),
      documentVersion('b', 2, { status: 'generating', progress: 60 }),
      documentVersion('a', 1),
    ];
    expect(documentStatusChanges(before, after)).toEqual([{ version: 3, status: 'queued' }]);
    const done = [documentVersion('c', 3, { status: 'failed', error: 'x' }), documentVersion('b', 2), documentVersion('a', 1)];
    expect(documentStatusChanges(after, done)).toEqual([
      { version: 2, status: 'ready' },
      { version: 3, status: 'failed' },
    ]);
    expect(documentStatusChanges(done, done)).toEqual([]);
  });
});

describe(newestReadyVersion.name, () => {
  it('is the highest ready version, if any', () => {
    expect(newestReadyVersion([documentVersion('c', 3, { status: 'generating' }), documentVersion('b', 2), documentVersion('a', 1)])).toBe(2);
    expect(newestReadyVersion([documentVersion('a', 1, { status: 'failed' })])).toBeNull();
    expect(newestReadyVersion([])).toBeNull();
  });
});

describe(signatureState.name, () => {
  it('binds a signature to content: shown in the newest file, signed after it was made, or not on this content', () => {
    const fingerprint = 'f'.repeat(64);
    const newest = documentVersion('b', 2, { contentFingerprint: fingerprint, missingSignatures: ['Budi'] });
    expect(signatureState({ name: 'Siti', signedFingerprints: [fingerprint] }, newest)).toBe('current');
    expect(signatureState({ name: 'Budi', signedFingerprints: [fingerprint] }, newest)).toBe('pending');
    expect(signatureState({ name: 'Siti', signedFingerprints: ['e'.repeat(64)] }, newest)).toBe('none');
    expect(signatureState({ name: 'Siti', signedFingerprints: [fingerprint] }, null)).toBe('none');
  });
});

describe(selectableAttendees.name, () => {
  it('leaves out attendees already named and sorts the rest by name', () => {
    const participants = [participant('p3', { name: 'Citra' }), participant('p1', { name: 'agus' }), participant('p2', { name: 'Budi' })];
    const named = [representative('r1', { participantId: 'p2' })];
    expect(selectableAttendees(participants, named).map((p) => p.name)).toEqual(['agus', 'Citra']);
  });
});

describe(representativesBySide.name, () => {
  it('splits representatives into the provider side and the public side', () => {
    const sides = representativesBySide([representative('r1', { side: 'public' }), representative('r2'), representative('r3', { side: 'public' })]);
    expect(sides.provider.map((r) => r.id)).toEqual(['r2']);
    expect(sides.public.map((r) => r.id)).toEqual(['r1', 'r3']);
  });
});

describe(toAddRepresentativeRequest.name, () => {
  it('builds the request with a trimmed role title', () => {
    expect(toAddRepresentativeRequest({ participantId: 'p1', side: 'provider', roleTitle: '  Kepala Dinas ' })).toEqual({
      ok: true,
      request: { participantId: 'p1', side: 'provider', roleTitle: 'Kepala Dinas' },
    });
  });

  it('asks for an attendee and a role title within the limit', () => {
    expect(toAddRepresentativeRequest({ participantId: '', side: 'public', roleTitle: '' })).toEqual({
      ok: false,
      errors: { participantId: { key: 'choose' }, roleTitle: { key: 'required' } },
    });
    expect(toAddRepresentativeRequest({ participantId: 'p1', side: 'public', roleTitle: 'x'.repeat(DOCUMENT_LIMITS.roleTitle + 1) })).toEqual({
      ok: false,
      errors: { roleTitle: { key: 'tooLong', values: { max: DOCUMENT_LIMITS.roleTitle } } },
    });
  });
});

describe(validatePhoto.name, () => {
  const png = { type: 'image/png', size: 1_000_000 };

  it('accepts a PNG or JPEG up to 5 MB with an optional caption', () => {
    expect(validatePhoto(png, '', 0)).toEqual({});
    expect(validatePhoto({ type: 'image/jpeg', size: DOCUMENT_LIMITS.photoBytes }, 'Suasana forum', 11)).toEqual({});
  });

  it('refuses what the server would refuse', () => {
    expect(validatePhoto(null, '', 0)).toEqual({ file: { key: 'choose' } });
    expect(validatePhoto({ type: 'image/webp', size: 10 }, '', 0)).toEqual({ file: { key: 'photoType' } });
    expect(validatePhoto({ type: 'image/png', size: DOCUMENT_LIMITS.photoBytes + 1 }, '', 0)).toEqual({ file: { key: 'photoTooLarge', values: { max: 5 } } });
    expect(validatePhoto(png, 'c'.repeat(DOCUMENT_LIMITS.photoCaption + 1), 0)).toEqual({
      caption: { key: 'tooLong', values: { max: DOCUMENT_LIMITS.photoCaption } },
    });
    expect(validatePhoto(png, '', DOCUMENT_LIMITS.photos)).toEqual({ file: { key: 'photosTooMany', values: { max: DOCUMENT_LIMITS.photos } } });
  });
});

describe(exportUrl.name, () => {
  it('asks for English headings only when the console speaks English', () => {
    expect(exportUrl('f1', 'attendance', 'csv', 'id')).toBe('/api/forums/f1/exports/attendance.csv');
    expect(exportUrl('f1', 'consensus', 'xlsx', 'en')).toBe('/api/forums/f1/exports/consensus.xlsx?lang=en');
  });

  it('names the CSV separator, and only for CSV', () => {
    expect(exportUrl('f1', 'attendance', 'csv', 'id', 'semicolon')).toBe('/api/forums/f1/exports/attendance.csv?sep=semicolon');
    expect(exportUrl('f1', 'attendance', 'csv', 'en', 'comma')).toBe('/api/forums/f1/exports/attendance.csv?lang=en&sep=comma');
    expect(exportUrl('f1', 'polls', 'xlsx', 'id', 'semicolon')).toBe('/api/forums/f1/exports/polls.xlsx');
  });
});
