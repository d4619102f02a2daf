import { renderToStaticMarkup } from 'react-dom/server';
import type { FkpReportView } from '@mufakat/contracts';
import { documentVersion, openTags, participant, representative } from '../../test/fixtures';
import { initTestI18n } from '../../test/test-i18n';
import { DocumentVersionList } from './DocumentVersionList';
import { ExportLinks } from './ExportLinks';
import { FkpReportPanel } from './FkpReportPanel';
import { PhotosPanel } from './PhotosPanel';
import { RecordSettingsForm } from './RecordSettingsForm';
import { RepresentativesPanel } from './RepresentativesPanel';

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;
const noop = () => undefined;
const yes = async () => true;

beforeEach(() => initTestI18n('id'));

describe(DocumentVersionList.name, () => {
  const render = (documents: Parameters<typeof DocumentVersionList>[0]['documents'], hasRepresentatives = true) =>
    renderToStaticMarkup(<DocumentVersionList forumId="f1" documents={documents} hasRepresentatives={hasRepresentatives} onHashCopied={noop} />);

  it('shows a labelled progress bar while a version is queued or generating', () => {
    const html = render([
      documentVersion('d2', 2, { status: 'generating', progress: 45, sha256: {}, sizes: {} }),
      documentVersion('d1', 1, { status: 'queued', progress: 0, sha256: {}, sizes: {} }),
    ]);
    const bars = openTags(html, 'document-progress');
    expect(bars).toHaveLength(2);
    expect(bars[0]).toMatch(/<progress[^>]*max="100"[^>]*value="45"[^>]*aria-valuetext="45%"/);
    expect(bars[1]).toContain('value="0"');
    expect(html).toMatch(/<label id="document-d2-progress" for="document-d2-progress-bar">Sedang dibuat<\/label>/);
    expect(count(html, 'document-download-pdf')).toBe(0);
  });

  it('offers both downloads and both hashes of a ready version', () => {
    const html = render([documentVersion('d1', 1, { missingSignatures: ['Wakil r2'], signedCount: 1 })]);
    expect(openTags(html, 'document-download-pdf')[0]).toContain('href="/api/forums/f1/documents/d1/berita-acara.pdf"');
    expect(openTags(html, 'document-download-docx')[0]).toContain('download=""');
    expect(html).toContain('Unduh PDF');
    expect(html).toContain('(182 kB)');
    expect(openTags(html, 'document-sha256-pdf')[0]).toMatch(/readOnly=""|readonly=""/);
    expect(openTags(html, 'document-sha256-pdf')[0]).toContain(`value="${'a'.repeat(64)}"`);
    expect(html).toContain('SHA-256 DOCX');
    expect(html).toContain('Belum ditandatangani oleh 1 wakil:');
    expect(html).toContain('<li>Wakil r2</li>');
  });

  it('explains a failed version', () => {
    const html = render([documentVersion('d1', 1, { status: 'failed', progress: 60, error: 'Chromium tidak ditemukan', sha256: {}, sizes: {} })]);
    expect(html).toMatch(/data-testid="document-error".*Versi ini gagal dibuat\..*Chromium tidak ditemukan/);
    expect(html).toContain('data-testid="document-status">Gagal<');
  });

  it('says whether a fully signed version has anyone to sign it', () => {
    expect(render([documentVersion('d1', 1, { signedCount: 3 })])).toContain('Sudah ditandatangani semua wakil (3).');
    expect(render([documentVersion('d1', 1)], false)).toContain('Belum ada wakil penandatangan yang ditunjuk.');
  });
});

describe(FkpReportPanel.name, () => {
  const report = (id: string, patch: Partial<FkpReportView> = {}): FkpReportView => ({
    id,
    language: 'id',
    status: 'ready',
    progress: 100,
    error: null,
    sha256: { pdf: 'a'.repeat(64), docx: 'b'.repeat(64) },
    sizes: { pdf: 250_000, docx: 40_000 },
    beritaAcara: { version: 3, number: '000.5/7/Dinsos/2026' },
    requestedAt: '2026-12-01T05:00:00.000Z',
    completedAt: '2026-12-01T05:00:09.000Z',
    ...patch,
  });
  const render = (reports: FkpReportView[], busyLanguage: 'id' | 'en' | null = null) =>
    renderToStaticMarkup(<FkpReportPanel forumId="f1" reports={reports} busyLanguage={busyLanguage} error={null} onGenerate={noop} />);

  it('offers a report per language, and shows a labelled progress bar while one is written', () => {
    const html = render([report('r2', { status: 'running', progress: 40, sha256: {}, sizes: {}, beritaAcara: null, completedAt: null })]);
    expect(html).toContain('Buat laporan (Bahasa Indonesia)');
    expect(html).toContain('Buat laporan (English)');
    expect(openTags(html, 'report-progress')[0]).toMatch(/<progress[^>]*id="report-r2-progress"[^>]*max="100"[^>]*value="40"[^>]*aria-valuetext="40%"/);
    expect(html).toContain('<label for="report-r2-progress">Sedang dibuat</label>');
    expect(count(html, 'report-download-pdf')).toBe(0);
  });

  it('links both files of a ready report and names the final Berita Acara; explains a failure', () => {
    const html = render([report('r2'), report('r1', { status: 'failed', progress: 0, error: 'Disk penuh', sha256: {}, sizes: {}, beritaAcara: null })]);
    expect(openTags(html, 'report-download-pdf')[0]).toContain('href="/api/forums/f1/reports/r2/laporan-fkp.pdf"');
    expect(openTags(html, 'report-download-docx')[0]).toContain('href="/api/forums/f1/reports/r2/laporan-fkp.docx"');
    expect(html).toContain('Memuat Berita Acara final versi 3, nomor 000.5/7/Dinsos/2026.');
    expect(html).toMatch(/data-testid="report-error".*Laporan ini gagal dibuat\..*Disk penuh/);
  });

  it('holds both buttons while a request is on its way', () => {
    const buttons = [...openTags(render([], 'en'), 'report-generate-id'), ...openTags(render([], 'en'), 'report-generate-en')];
    expect(buttons.every((tag) => tag.includes('disabled=""'))).toBe(true);
    expect(render([])).toContain('Belum ada laporan.');
  });
});

describe(RepresentativesPanel.name, () => {
  it('lists representatives by side with what each signed, and lets the organiser add and remove them', () => {
    const html = renderToStaticMarkup(
      <RepresentativesPanel
        representatives={[
          representative('r1', { signedVersion: 2, signedFingerprints: ['f'.repeat(64)] }),
          representative('r2', { side: 'public', signedVersion: 2, signedFingerprints: ['f'.repeat(64)], name: 'Sari' }),
          representative('r3', { side: 'public' }),
        ]}
        attendees={[participant('p9', { name: 'Budi', institution: 'RT 05' })]}
        newestReady={documentVersion('d2', 2, { missingSignatures: ['Sari', 'Wakil r3'] })}
        canManage
        busyKey={null}
        error={null}
        onAdd={yes}
        onRemove={noop}
      />,
    );
    expect([...html.matchAll(/data-testid="representative" data-signed="(\w+)"/g)].map((m) => m[1])).toEqual(['current', 'pending', 'none']);
    expect(html).toContain('Sudah menandatangani — tercantum di versi 2');
    expect(html).toContain('Menandatangani setelah versi 2 dibuat — buat ulang Berita Acara untuk mencantumkannya');
    expect(html).toContain('Belum menandatangani');
    expect(html).toContain('Budi (RT 05)');
    expect(count(html, 'representative-remove')).toBe(3);
    expect(count(html, 'representative-add')).toBe(1);
  });

  it('shows the list only to other staff', () => {
    const html = renderToStaticMarkup(
      <RepresentativesPanel
        representatives={[representative('r1')]}
        attendees={[]}
        newestReady={null}
        canManage={false}
        busyKey={null}
        error={null}
        onAdd={yes}
        onRemove={noop}
      />,
    );
    expect(count(html, 'representative-add')).toBe(0);
    expect(count(html, 'representative-remove')).toBe(0);
  });
});

describe(PhotosPanel.name, () => {
  it('shows thumbnails with captions and a delete button each', () => {
    const html = renderToStaticMarkup(
      <PhotosPanel
        forumId="f1"
        photos={[
          { id: 'ph1', caption: 'Suasana diskusi', mime: 'image/jpeg', size: 1_200_000, uploadedAt: '2026-12-01T10:00:00.000Z' },
          { id: 'ph2', caption: null, mime: 'image/png', size: 300_000, uploadedAt: '2026-12-01T10:05:00.000Z' },
        ]}
        canManage
        busyKey={null}
        error={null}
        onUpload={yes}
        onDelete={noop}
      />,
    );
    expect(html).toMatch(/<img[^>]*src="\/api\/forums\/f1\/photos\/ph1"[^>]*alt="Foto dokumentasi 1"/);
    expect(html).toContain('Suasana diskusi');
    expect(html).toContain('Tanpa keterangan');
    expect(count(html, 'photo-delete')).toBe(2);
    expect(openTags(html, 'photo-file')[0]).toContain('accept="image/png,image/jpeg"');
    expect(html).toContain('2 dari 12 foto');
  });
});

describe(ExportLinks.name, () => {
  it('links every kind as CSV and as XLSX, CSV separated by semicolons in Indonesian', () => {
    const html = renderToStaticMarkup(<ExportLinks forumId="f1" />);
    expect(html.match(/href="\/api\/forums\/f1\/exports\/\w+\.csv\?sep=semicolon"/g)).toHaveLength(4);
    expect(html.match(/href="\/api\/forums\/f1\/exports\/\w+\.xlsx"/g)).toHaveLength(4);
    expect(openTags(html, 'export-consensus-xlsx')[0]).toContain('href="/api/forums/f1/exports/consensus.xlsx"');
    expect(html).toContain('Kesepakatan dan tindak lanjut');
    expect(html).toContain('Pemisah kolom CSV');
  });

  it('separates CSV by commas in English', async () => {
    await initTestI18n('en');
    const html = renderToStaticMarkup(<ExportLinks forumId="f1" />);
    expect(html.match(/href="\/api\/forums\/f1\/exports\/\w+\.csv\?lang=en&amp;sep=comma"/g)).toHaveLength(4);
  });
});

describe('the official form in the console', () => {
  const settings = {
    unitId: 'u1',
    suggested: true,
    hasLogo: true,
    unitName: 'Dinas Sosial',
    unitCode: 'Dinsos',
    parentBody: 'Pemerintah Kabupaten Banyumas',
    address: null,
    city: 'Purwokerto',
    numberPattern: '000.5/{n}/{unit}/{year}',
    headName: 'Dra. Sri Wahyuni, M.M.',
    headPosition: 'Kepala Dinas Sosial',
    headNip: '19680512 199303 2 004',
    acknowledgerName: null,
    acknowledgerPosition: null,
    acknowledgerNip: null,
    showHiddenQuestionTexts: false,
  };

  it('shows every setting in a labelled field, says where suggested values come from, and offers the logo', () => {
    const html = renderToStaticMarkup(
      <RecordSettingsForm forumId="f1" settings={settings} busyKey={null} error={null} onSave={yes} onUploadLogo={yes} onRemoveLogo={noop} />,
    );
    expect(html).toContain('data-testid="record-settings-suggested"');
    expect(openTags(html, 'record-numberPattern')[0]).toContain('value="000.5/{n}/{unit}/{year}"');
    expect(html).toContain('Pola nomor (opsional)');
    expect(html).toContain('<legend>Kepala unit (penandatangan pihak penyelenggara)</legend>');
    expect(html).toContain('src="/api/forums/f1/record-settings/logo"');
    expect(count(html, 'record-logo-remove')).toBe(1);
  });

  it('offers to finalise a ready draft, and shows the number of a final version', () => {
    const html = renderToStaticMarkup(
      <DocumentVersionList
        forumId="f1"
        documents={[documentVersion('d2', 2, { final: true, documentNumber: '000.5/12/Dinsos/2024' }), documentVersion('d1', 1)]}
        hasRepresentatives
        onHashCopied={noop}
        onFinalise={noop}
      />,
    );
    expect(html).toContain('Nomor: 000.5/12/Dinsos/2024');
    expect(html).toContain('Draf — nomor diberikan saat final');
    expect(count(html, 'document-finalise')).toBe(1);
  });
});
