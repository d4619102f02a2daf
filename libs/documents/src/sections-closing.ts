import type { BeritaAcaraModel, OfficialPerson } from './berita-acara-model';
import type { DocumentBlock, SignatureBlock } from './document-blocks';
import { imageInfo } from './image-size';
import type { SectionContext } from './section-context';

type Signatory = BeritaAcaraModel['signatories'][number];

export function photoBlocks({ model, t }: SectionContext): DocumentBlock[] {
  // A photo whose header cannot be read would abort the whole PDF; it is left out instead.
  const photos = model.photos.flatMap((photo): DocumentBlock[] => {
    const info = imageInfo(photo.data);
    return info ? [{ kind: 'image', data: photo.data, info, caption: photo.caption }] : [];
  });
  return photos.length > 0 ? photos : [{ kind: 'paragraph', text: t.photosEmpty, tone: 'note' }];
}

/**
 * Both sides always have a block: the provider's is the head of unit from the unit's settings (signed in the app when
 * a provider-side representative of the same name signed, otherwise a line for a wet signature), or an empty block
 * with a line for name and NIP when the unit names nobody. "Mengetahui" follows when the unit names an official.
 */
export function signatureBlocks(ctx: SectionContext): DocumentBlock[] {
  const { model, t, f } = ctx;
  const providers = model.signatories.filter((s) => s.side === 'provider');
  const publicSide = model.signatories.filter((s) => s.side === 'public');
  const head = model.official.head;
  const headSigner = head ? providers.find((s) => sameName(s.name, head.name)) : undefined;
  const providerBlocks: SignatureBlock[] = [
    ...(head || providers.length === 0 ? [officialBlock(ctx, t.official.headSide, head, headSigner ?? null)] : []),
    ...providers.filter((s) => s !== headSigner).map((s) => representativeBlock(ctx, s)),
  ];
  const publicBlocks = publicSide.map((s) => representativeBlock(ctx, s));
  // Provider on the left, the public on the right, row by row, as the form is usually laid out.
  const paired: SignatureBlock[] = [];
  for (let i = 0; i < Math.max(providerBlocks.length, publicBlocks.length); i += 1) {
    paired.push(providerBlocks[i] ?? emptyBlock(), publicBlocks[i] ?? emptyBlock());
  }
  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: t.signatures.closing, align: 'justify' },
    { kind: 'paragraph', text: t.signatures.placeDate(model.official.city ?? model.forum.venue, f.longDate(model.forum.startsAt)), align: 'right' },
    { kind: 'signatures', blocks: trimEmptyTail(paired) },
  ];
  if (model.official.acknowledger) {
    blocks.push({ kind: 'signatures', centred: true, blocks: [officialBlock(ctx, t.official.acknowledging, model.official.acknowledger, null)] });
  }
  return blocks;
}

function officialBlock({ t, f }: SectionContext, label: string, person: OfficialPerson | null, signer: Signatory | null): SignatureBlock {
  return {
    sideLabel: label,
    roleTitle: person?.position ?? '',
    institution: '',
    name: person?.name ?? t.official.blankName,
    nipLine: t.official.nip(person?.nip ?? null),
    signature: signer?.signature ? signatureOf(signer.signature, t.signatures.signedAt(f.shortDateTime(signer.signature.signedAt))) : null,
    notSignedText: t.official.wetSignature,
  };
}

function representativeBlock({ t, f }: SectionContext, s: Signatory): SignatureBlock {
  return {
    sideLabel: t.signatures.side[s.side],
    roleTitle: s.roleTitle,
    institution: s.institution,
    name: s.name,
    nipLine: null,
    signature: s.signature ? signatureOf(s.signature, t.signatures.signedAt(f.shortDateTime(s.signature.signedAt))) : null,
    notSignedText: `(${t.signatures.notSigned})`,
  };
}

function signatureOf(signature: { png: Buffer; signedAt: string }, caption: string): SignatureBlock['signature'] {
  return { png: imageInfo(signature.png)?.format === 'png' ? signature.png : null, caption };
}

/** A blank cell beside a block whose row has no partner. */
function emptyBlock(): SignatureBlock {
  return { sideLabel: '', roleTitle: '', institution: '', name: '', nipLine: null, signature: null, notSignedText: '', empty: true };
}

function trimEmptyTail(blocks: SignatureBlock[]): SignatureBlock[] {
  const result = [...blocks];
  while (result.length > 0 && result[result.length - 1].empty) result.pop();
  return result;
}

function sameName(a: string, b: string): boolean {
  const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
  return norm(a) === norm(b);
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
