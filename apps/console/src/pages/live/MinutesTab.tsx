import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '@mufakat/client';
import {
  apiPaths,
  type AddRepresentativeRequest,
  type DocumentLanguage,
  type DocumentVersionView,
  type FkpReportView,
  type GenerateDocumentRequest,
  type GenerateFkpReportRequest,
  type PhotoView,
  type RepresentativeView,
} from '@mufakat/contracts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DocumentVersionList } from '../../components/minutes/DocumentVersionList';
import { ExportLinks } from '../../components/minutes/ExportLinks';
import { FkpReportPanel } from '../../components/minutes/FkpReportPanel';
import { GenerateDocumentForm } from '../../components/minutes/GenerateDocumentForm';
import { PhotosPanel } from '../../components/minutes/PhotosPanel';
import { RepresentativesPanel } from '../../components/minutes/RepresentativesPanel';
import { useApiAction } from '../../hooks/useApiAction';
import { useApiResource } from '../../hooks/useApiResource';
import { documentStatusChanges, isInProgress, newestReadyDocument, selectableAttendees } from '../../lib/documents';
import { can, staffRoleOf } from '../../lib/permissions';
import { postFormData } from '../../lib/upload';
import { refocus, type LiveTabProps } from './live-context';
import { RecordSettingsCard } from './RecordSettingsCard';
import { SigningRoundCard } from './SigningRoundCard';

/** The Berita Acara: versions and their progress, who signs, documentation photos, and the exports. */
export function MinutesTab({ snapshot, staff, announce }: LiveTabProps) {
  const { t, i18n } = useTranslation();
  const forumId = snapshot.forum.forumId;
  const canManage = can(staffRoleOf(snapshot.viewer), 'documents');
  const [language, setLanguage] = useState<DocumentLanguage>(i18n.language === 'en' ? 'en' : 'id');
  const generate = useApiAction();
  const finaliseAction = useApiAction();
  const representativeAction = useApiAction();
  const photoAction = useApiAction();
  const reportAction = useApiAction();
  const photos = useApiResource<PhotoView[]>(apiPaths.photos(forumId));
  const representativesHeading = useRef<HTMLHeadingElement>(null);
  const photosHeading = useRef<HTMLHeadingElement>(null);
  const documents = useMemo(() => staff?.documents ?? [], [staff?.documents]);
  const representatives = useMemo(() => staff?.representatives ?? [], [staff?.representatives]);
  const reports = useMemo(() => staff?.reports ?? [], [staff?.reports]);
  const attendees = useMemo(() => selectableAttendees(staff?.participants ?? [], representatives), [staff?.participants, representatives]);

  // Each version's status changes are said aloud once (queued, generating, ready, failed); progress ticks are not.
  const seen = useRef<DocumentVersionView[] | null>(null);
  useEffect(() => {
    const previous = seen.current;
    seen.current = documents;
    if (!previous) return;
    const changes = documentStatusChanges(previous, documents);
    if (changes.length === 0) return;
    announce(changes.map(({ version, status }) => t(`minutes.statusNotice.${status}`, { version })).join(' '));
  }, [documents, announce, t]);

  const requestVersion = async () => {
    const body: GenerateDocumentRequest = { language };
    await generate.run('generate', () => apiFetch<DocumentVersionView>(apiPaths.documents(forumId), { body }));
  };

  // A report's end (ready or failed) is said aloud once; its progress is on the bar.
  const seenReports = useRef<FkpReportView[] | null>(null);
  useEffect(() => {
    const previous = seenReports.current;
    seenReports.current = reports;
    if (!previous) return;
    const before = new Map(previous.map((r) => [r.id, r.status]));
    const ended = reports.filter((r) => (r.status === 'ready' || r.status === 'failed') && before.get(r.id) !== r.status);
    if (ended.length === 0) return;
    announce(ended.map((r) => t(`minutes.report.notice.${r.status}`, { language: t(`documentLanguages.${r.language}`) })).join(' '));
  }, [reports, announce, t]);

  const requestReport = async (reportLanguage: DocumentLanguage) => {
    const body: GenerateFkpReportRequest = { language: reportLanguage };
    const queued = await reportAction.run(reportLanguage, () => apiFetch<FkpReportView>(apiPaths.fkpReports(forumId), { body }));
    if (queued) announce(t('minutes.report.notice.queued', { language: t(`documentLanguages.${reportLanguage}`) }));
  };

  const finalise = async (document: DocumentVersionView) => {
    const final = await finaliseAction.run(document.id, () =>
      apiFetch<DocumentVersionView>(apiPaths.finaliseDocument(forumId, document.id), { method: 'POST' }),
    );
    if (final) announce(t('minutes.versions.finalisedNotice', { version: final.version, number: final.documentNumber ?? '' }));
  };

  const addRepresentative = async (request: AddRepresentativeRequest): Promise<boolean> => {
    const added = await representativeAction.run('add', () => apiFetch<RepresentativeView>(apiPaths.representatives(forumId), { body: request }));
    if (!added) return false;
    const name = staff?.participants.find((p) => p.id === request.participantId)?.name ?? '';
    announce(t('minutes.representatives.addedNotice', { name, side: t(`signatorySides.${request.side}`) }));
    return true;
  };

  const removeRepresentative = async (representative: RepresentativeView) => {
    const done = await representativeAction.run(representative.id, async () => {
      await apiFetch<unknown>(apiPaths.representative(forumId, representative.id), { method: 'DELETE' });
      return true;
    });
    if (!done) return;
    announce(t('minutes.representatives.removedNotice', { name: representative.name }));
    refocus(representativesHeading.current);
  };

  const uploadPhoto = async (file: File, caption: string): Promise<boolean> => {
    const form = new FormData();
    form.append('photo', file);
    if (caption) form.append('caption', caption);
    const uploaded = await photoAction.run('upload', () => postFormData<PhotoView>(apiPaths.photos(forumId), form));
    if (!uploaded) return false;
    announce(t('minutes.photos.uploadedNotice'));
    photos.reload();
    return true;
  };

  const deletePhoto = async (photo: PhotoView, number: number) => {
    const done = await photoAction.run(photo.id, async () => {
      await apiFetch<unknown>(apiPaths.photo(forumId, photo.id), { method: 'DELETE' });
      return true;
    });
    if (!done) return;
    announce(t('minutes.photos.deletedNotice', { number }));
    photos.reload();
    refocus(photosHeading.current);
  };

  if (!staff) return <p className="empty">{t('live.notStaff')}</p>;
  return (
    <div className="minutes-layout">
      <section className="card minutes-layout__documents" aria-labelledby="documents-heading">
        <h3 id="documents-heading">{t('minutes.heading')}</h3>
        {canManage ? (
          <GenerateDocumentForm
            language={language}
            inProgress={documents.some((d) => isInProgress(d.status))}
            busy={generate.busy !== null}
            error={generate.error}
            onLanguageChange={setLanguage}
            onGenerate={() => void requestVersion()}
          />
        ) : (
          <p className="alert alert--info" data-testid="documents-read-only">
            {t('minutes.organiserOnly')}
          </p>
        )}
        <h4 className="minutes-layout__subheading">
          {t('minutes.versions.heading')} <span className="count">{documents.length}</span>
        </h4>
        <ApiErrorAlert error={finaliseAction.error} testId="finalise-error" />
        <DocumentVersionList
          forumId={forumId}
          documents={documents}
          hasRepresentatives={representatives.length > 0}
          finalisingId={finaliseAction.busy}
          onFinalise={canManage ? (document) => void finalise(document) : undefined}
          onHashCopied={(version, format) => announce(t('minutes.versions.copiedNotice', { version, format: format.toUpperCase() }))}
        />
      </section>
      {canManage && <RecordSettingsCard forumId={forumId} announce={announce} />}
      <section className="card" aria-labelledby="representatives-heading">
        <h3 id="representatives-heading" ref={representativesHeading} tabIndex={-1}>
          {t('minutes.representatives.heading')} <span className="count">{representatives.length}</span>
        </h3>
        <p className="field__hint">{t('minutes.representatives.intro')}</p>
        <RepresentativesPanel
          representatives={representatives}
          attendees={attendees}
          newestReady={newestReadyDocument(documents)}
          canManage={canManage}
          busyKey={representativeAction.busy}
          error={representativeAction.error}
          onAdd={addRepresentative}
          onRemove={(representative) => void removeRepresentative(representative)}
        />
      </section>
      <SigningRoundCard forumId={forumId} canManage={canManage} documents={documents} representatives={representatives} announce={announce} />
      <section className="card" aria-labelledby="photos-heading">
        <h3 id="photos-heading" ref={photosHeading} tabIndex={-1}>
          {t('minutes.photos.heading')} <span className="count">{photos.data?.length ?? 0}</span>
        </h3>
        <PhotosPanel
          forumId={forumId}
          photos={photos.data}
          canManage={canManage}
          busyKey={photoAction.busy}
          error={photoAction.error ?? photos.error}
          onUpload={uploadPhoto}
          onDelete={(photo, number) => void deletePhoto(photo, number)}
        />
      </section>
      {canManage && (
        <section className="card" aria-labelledby="fkp-report-heading" data-testid="fkp-report-panel">
          <h3 id="fkp-report-heading">{t('minutes.report.heading')}</h3>
          <FkpReportPanel
            forumId={forumId}
            reports={reports}
            busyLanguage={reportAction.busy as DocumentLanguage | null}
            error={reportAction.error}
            onGenerate={(reportLanguage) => void requestReport(reportLanguage)}
          />
        </section>
      )}
      <section className="card" aria-labelledby="exports-heading">
        <h3 id="exports-heading">{t('minutes.exports.heading')}</h3>
        <p className="field__hint">{t('minutes.exports.intro')}</p>
        <ExportLinks forumId={forumId} />
      </section>
    </div>
  );
}
