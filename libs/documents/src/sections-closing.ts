import type { DocumentBlock, SignatureBlock } from './document-blocks';
import { imageInfo } from './image-size';
import type { SectionContext } from './section-context';

export function photoBlocks({ model, t }: SectionContext): DocumentBlock[] {
  // A photo whose header cannot be read would abort the whole PDF; it is left out instead.
  const photos = model.photos.flatMap((photo): DocumentBlock[] => {
    const info = imageInfo(photo.data);
    return info ? [{ kind: 'image', data: photo.data, info, caption: photo.caption }] : [];
  });
  return photos.length > 0 ? photos : [{ kind: 'paragraph', text: t.photosEmpty, tone: 'note' }];
}

export function signatureBlocks({ model, t, f }: SectionContext): DocumentBlock[] {
  // Provider side first, as the model promises; a stable sort keeps the organiser's order within a side.
  const ordered = [...model.signatories].sort((a, b) => sideRank(a.side) - sideRank(b.side));
  const blocks = ordered.map((s): SignatureBlock => ({
    sideLabel: t.signatures.side[s.side],
    roleTitle: s.roleTitle,
    institution: s.institution,
    name: s.name,
    signature: s.signature
      ? {
          png: imageInfo(s.signature.png)?.format === 'png' ? s.signature.png : null,
          caption: t.signatures.signedAt(f.shortDateTime(s.signature.signedAt)),
        }
      : null,
    notSignedText: `(${t.signatures.notSigned})`,
  }));
  return [
    { kind: 'paragraph', text: t.signatures.closing },
    { kind: 'paragraph', text: t.signatures.placeDate(model.forum.venue, f.date(model.forum.startsAt)) },
    { kind: 'signatures', blocks },
  ];
}

function sideRank(side: 'provider' | 'public'): number {
  return side === 'provider' ? 0 : 1;
}

export function appendixBlocks({ model, t, f }: SectionContext): DocumentBlock[] {
  return [
    { kind: 'heading', text: t.sections.appendix, pageBreakBefore: true },
    {
      kind: 'table',
      columns: [
        { header: t.number, weight: 1.4, align: 'right' },
        { header: t.attendance.name, weight: 5 },
        { header: t.attendance.institution, weight: 5 },
        { header: t.attendance.category, weight: 4 },
        { header: t.attendance.mode, weight: 2.6 },
        { header: t.attendance.joinedAt, weight: 3.4 },
      ],
      rows: model.attendance.list.map((a, i) => [
        String(i + 1),
        a.name,
        a.institution,
        t.category[a.category],
        t.attendanceMode[a.mode],
        f.shortDateTime(a.joinedAt),
      ]),
    },
  ];
}
