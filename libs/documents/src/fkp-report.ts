import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { BeritaAcaraModel, DocumentLanguage } from './berita-acara-model';
import type { DocumentBlock } from './document-blocks';
import { docxContent } from './docx-blocks';
import { pdfContent, pdfStyles } from './pdf-blocks';
import { PDF_FONT } from './pdf-fonts';
import { renderPdf } from './pdf-render';
import { PdfImages } from './pdf-images';
import { sectionContext } from './section-context';
import { photoBlocks } from './sections-closing';
import { agendaBlocks, attendanceBlocks, discussionBlocks, legalBasisBlocks } from './sections-forum';
import { consensusBlocks, pollBlocks, surveyBlocks } from './sections-outcomes';

/**
 * The FKP implementation report (laporan pelaksanaan): the Berita Acara's record, told for the unit's oversight,
 * with the final Berita Acara it refers to (or null while none is final).
 */
export interface FkpReportModel {
  record: BeritaAcaraModel;
  beritaAcara: { number: string | null; version: number; issuedAt: string; pdfSha256: string | null; docxSha256: string | null } | null;
}

const STRINGS = {
  id: {
    title: 'LAPORAN PELAKSANAAN FORUM KONSULTASI PUBLIK',
    sections: {
      background: 'Latar Belakang dan Dasar Hukum',
      timePlace: 'Waktu dan Tempat',
      participants: 'Peserta',
      conduct: 'Jalannya Forum',
      consensus: 'Kesepakatan dan Rencana Tindak Lanjut',
      survey: 'Survei Kepuasan Masyarakat (SKM) dan IKM',
      photos: 'Dokumentasi',
      beritaAcara: 'Berita Acara',
    },
    background: (unit: string, service: string, theme: string) =>
      `Forum Konsultasi Publik (FKP) diselenggarakan oleh ${unit} sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 16 Tahun 2017 tentang Pedoman Penyelenggaraan Forum Konsultasi Publik di Lingkungan Unit Penyelenggara Pelayanan Publik, sebagai sarana dialog antara penyelenggara dan masyarakat mengenai layanan ${service}, dengan tema "${theme}". Laporan ini merangkum pelaksanaan dan hasil forum sebagaimana tercatat dalam sistem.`,
    basis: 'Dasar hukum:',
    agenda: 'Agenda',
    questions: 'Pertanyaan dan tanggapan utama',
    polls: 'Hasil jajak pendapat',
    header: {
      unit: 'Unit penyelenggara',
      service: 'Jenis pelayanan',
      dateTime: 'Hari, tanggal, waktu',
      venue: 'Tempat',
      mode: 'Pelaksanaan',
      link: 'Tautan daring',
    },
    ba: {
      number: 'Nomor',
      version: 'Versi',
      issuedAt: 'Diterbitkan pada',
      pdf: 'SHA-256 PDF',
      docx: 'SHA-256 DOCX',
      notFinal: 'Berita Acara forum ini belum final.',
    },
    noNumber: '(tanpa nomor)',
    footer: (title: string) => `Laporan Pelaksanaan FKP · ${title}`,
    pageOf: ['Halaman ', ' dari '],
  },
  en: {
    title: 'PUBLIC CONSULTATION FORUM IMPLEMENTATION REPORT',
    sections: {
      background: 'Background and Legal Basis',
      timePlace: 'Time and Place',
      participants: 'Participants',
      conduct: 'How the Forum Ran',
      consensus: 'Consensus and Follow-up Plan',
      survey: 'Community Satisfaction Survey (SKM) and IKM',
      photos: 'Documentation',
      beritaAcara: 'Berita Acara (Official Minutes)',
    },
    background: (unit: string, service: string, theme: string) =>
      `The Public Consultation Forum (FKP) was held by ${unit} under Regulation of the Minister of Administrative and Bureaucratic Reform No. 16 of 2017 on Guidelines for Public Consultation Forums in Public Service Units, as a dialogue between the service provider and the public on the ${service} service, themed "${theme}". This report summarises how the forum ran and its outcomes as recorded in the system.`,
    basis: 'Legal basis:',
    agenda: 'Agenda',
    questions: 'Main questions and responses',
    polls: 'Poll results',
    header: { unit: 'Service unit', service: 'Service', dateTime: 'Day, date, time', venue: 'Venue', mode: 'Format', link: 'Online link' },
    ba: {
      number: 'Number',
      version: 'Version',
      issuedAt: 'Issued at',
      pdf: 'PDF SHA-256',
      docx: 'DOCX SHA-256',
      notFinal: "The forum's Berita Acara is not final yet.",
    },
    noNumber: '(no number)',
    footer: (title: string) => `FKP Implementation Report · ${title}`,
    pageOf: ['Page ', ' of '],
  },
} as const;

function reportStrings(language: DocumentLanguage) {
  return STRINGS[language] ?? STRINGS.id;
}

/** The report as layout-neutral blocks, in the record's language. */
export function fkpReportBlocks(report: FkpReportModel): DocumentBlock[] {
  const model = report.record;
  const ctx = sectionContext(model);
  const { t, f } = ctx;
  const r = reportStrings(model.language ?? 'id');
  const { forum } = model;
  const ba = report.beritaAcara;
  const sections: Array<[string, DocumentBlock[]]> = [
    [
      r.sections.background,
      [
        { kind: 'paragraph', text: r.background(forum.unitName, forum.serviceName, forum.theme), align: 'justify' },
        { kind: 'paragraph', text: r.basis },
        ...legalBasisBlocks(ctx),
      ],
    ],
    [
      r.sections.timePlace,
      [
        {
          kind: 'keyValue',
          rows: [
            [r.header.unit, forum.unitName],
            [r.header.service, forum.serviceName],
            [r.header.dateTime, f.dateTime(forum.startsAt)],
            [r.header.venue, forum.venue],
            [r.header.mode, t.forumMode[forum.mode]],
            [r.header.link, forum.streamUrl ?? t.none],
          ],
        },
      ],
    ],
    [r.sections.participants, attendanceBlocks(ctx)],
    [
      r.sections.conduct,
      [
        { kind: 'subheading', text: r.agenda },
        ...agendaBlocks(ctx),
        { kind: 'subheading', text: r.questions },
        ...discussionBlocks(ctx),
        { kind: 'subheading', text: r.polls },
        ...pollBlocks(ctx),
      ],
    ],
    [r.sections.consensus, consensusBlocks(ctx)],
    [r.sections.survey, surveyBlocks(ctx)],
    [r.sections.photos, photoBlocks(ctx)],
    [
      r.sections.beritaAcara,
      ba
        ? [
            {
              kind: 'keyValue',
              rows: [
                [r.ba.number, ba.number ?? r.noNumber],
                [r.ba.version, String(ba.version)],
                [r.ba.issuedAt, f.dateTime(ba.issuedAt)],
                [r.ba.pdf, ba.pdfSha256 ?? t.none],
                [r.ba.docx, ba.docxSha256 ?? t.none],
              ],
            },
          ]
        : [{ kind: 'paragraph', text: r.ba.notFinal }],
    ],
  ];
  return [
    { kind: 'title', text: r.title, subtitle: forum.title },
    ...sections.flatMap(([heading, blocks], i): DocumentBlock[] => [{ kind: 'heading', text: `${i + 1}. ${heading}` }, ...blocks]),
  ];
}

const MARGIN = 56;

export async function renderFkpReportPdf(report: FkpReportModel): Promise<Buffer> {
  const model = report.record;
  const r = reportStrings(model.language ?? 'id');
  const { t } = sectionContext(model);
  const images = new PdfImages();
  const content = pdfContent(fkpReportBlocks(report), images);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN + 6],
    language: t.locale,
    info: { title: `${r.title}: ${model.forum.title}`, author: model.forum.unitName, creator: 'Mufakat', creationDate: new Date(model.generatedAt) },
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.15 },
    styles: pdfStyles(),
    images: images.dictionary,
    content,
    footer: (currentPage, pageCount): Content => ({
      columns: [{ text: r.footer(model.forum.title) }, { text: `${r.pageOf[0]}${currentPage}${r.pageOf[1]}${pageCount}`, alignment: 'right', width: 'auto' }],
      fontSize: 8,
      color: '#555555',
      margin: [MARGIN, 24, MARGIN, 0],
    }),
  };
  return renderPdf(definition);
}

export async function renderFkpReportDocx(report: FkpReportModel): Promise<Buffer> {
  const model = report.record;
  const r = reportStrings(model.language ?? 'id');
  const small = { size: 16, color: '555555' };
  const document = new Document({
    title: `${r.title}: ${model.forum.title}`,
    creator: 'Mufakat',
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.LEFT,
                children: [
                  new TextRun({ text: `${r.footer(model.forum.title)} · ${r.pageOf[0]}`, ...small }),
                  new TextRun({ children: [PageNumber.CURRENT], ...small }),
                  new TextRun({ text: r.pageOf[1], ...small }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small }),
                ],
              }),
            ],
          }),
        },
        children: docxContent(fkpReportBlocks(report)),
      },
    ],
  });
  return Packer.toBuffer(document);
}
