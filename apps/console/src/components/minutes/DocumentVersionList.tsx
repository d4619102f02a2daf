import { useTranslation } from 'react-i18next';
import { apiPaths, DOCUMENT_FORMATS, type DocumentFormat, type DocumentVersionView } from '@mufakat/contracts';
import { formatTime, localeFor } from '../../lib/datetime';
import { formatBytes, formatPercent, isInProgress, progressValue } from '../../lib/documents';
import { HashField } from './HashField';

interface DocumentVersionListProps {
  forumId: string;
  /** Newest first. */
  documents: DocumentVersionView[];
  /** Whether any representative has been named (else a ready version lacks no signature yet). */
  hasRepresentatives: boolean;
  onHashCopied: (version: number, format: DocumentFormat) => void;
  /** The organiser's action on a ready draft: a final, numbered version is made from it. Absent for other roles. */
  onFinalise?: (document: DocumentVersionView) => void;
  /** The id of the version being finalised, or null. */
  finalisingId?: string | null;
}

export function DocumentVersionList({ forumId, documents, hasRepresentatives, onHashCopied, onFinalise, finalisingId = null }: DocumentVersionListProps) {
  const { t, i18n } = useTranslation();
  if (documents.length === 0) return <p className="empty">{t('minutes.versions.none')}</p>;
  const locale = localeFor(i18n.language);
  return (
    <ol className="document-versions">
      {documents.map((document) => {
        const headingId = `document-${document.id}-heading`;
        const progressId = `document-${document.id}-progress`;
        const progress = progressValue(document);
        return (
          <li
            key={document.id}
            className={`document-version document-version--${document.status}`}
            data-testid="document-version"
            data-status={document.status}
            data-version={document.version}
          >
            <div className="document-version__head">
              <h4 id={headingId} className="document-version__title">
                {t('minutes.versions.title', { version: document.version })}
                <span className="document-version__language"> · {t(`documentLanguages.${document.language}`)}</span>
              </h4>
              <span className={`badge badge--document-${document.status}`} data-testid="document-status">
                {t(`documentStatus.${document.status}`)}
              </span>
            </div>
            <p className="document-version__number" data-testid="document-number">
              {document.final ? t('minutes.versions.number', { number: document.documentNumber ?? '' }) : t('minutes.versions.draft')}
            </p>
            <p className="document-version__meta">
              {t('minutes.versions.requestedAt', { time: formatTime(document.requestedAt, i18n.language) })}
              {document.completedAt && <> · {t('minutes.versions.completedAt', { time: formatTime(document.completedAt, i18n.language) })}</>}
            </p>
            {isInProgress(document.status) && (
              <div className="document-version__progress">
                <label id={progressId} htmlFor={`${progressId}-bar`}>
                  {document.status === 'queued' ? t('minutes.versions.queued') : t('minutes.versions.generating')}
                </label>
                <progress
                  id={`${progressId}-bar`}
                  max={100}
                  value={progress}
                  aria-valuetext={formatPercent(progress, locale)}
                  data-testid="document-progress"
                />
                <span className="document-version__percent" aria-hidden="true">
                  {formatPercent(progress, locale)}
                </span>
              </div>
            )}
            {document.status === 'failed' && (
              <div className="alert alert--error" data-testid="document-error">
                <p className="alert__title">{t('minutes.versions.failed')}</p>
                {document.error && <p>{document.error}</p>}
              </div>
            )}
            {document.status === 'ready' && (
              <>
                <ul className="document-version__downloads">
                  {DOCUMENT_FORMATS.map((format) => (
                    <li key={format}>
                      <a className="button" href={apiPaths.documentFile(forumId, document.id, format)} download data-testid={`document-download-${format}`}>
                        {t('minutes.versions.download', { format: format.toUpperCase() })}
                        <span className="visually-hidden"> {t('minutes.versions.title', { version: document.version })}</span>
                        {document.sizes[format] !== undefined && (
                          <span className="document-version__size">({formatBytes(document.sizes[format], locale)})</span>
                        )}
                      </a>
                    </li>
                  ))}
                </ul>
                <div className="document-version__hashes">
                  {DOCUMENT_FORMATS.map((format) => {
                    const hash = document.sha256[format];
                    return hash ? (
                      <HashField
                        key={format}
                        label={t('minutes.versions.sha256', { format: format.toUpperCase() })}
                        value={hash}
                        testId={`document-sha256-${format}`}
                        onCopied={() => onHashCopied(document.version, format)}
                      />
                    ) : null;
                  })}
                </div>
                <Signatures document={document} hasRepresentatives={hasRepresentatives} />
                {onFinalise && !document.final && (
                  <button
                    type="button"
                    className="button"
                    data-testid="document-finalise"
                    aria-describedby={headingId}
                    disabled={finalisingId === document.id}
                    onClick={() => onFinalise(document)}
                  >
                    {t('minutes.versions.finalise')}
                  </button>
                )}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function Signatures({ document, hasRepresentatives }: { document: DocumentVersionView; hasRepresentatives: boolean }) {
  const { t } = useTranslation();
  if (document.missingSignatures.length === 0) {
    return (
      <p className="document-version__signatures" data-testid="document-signatures" data-missing={0}>
        {document.signedCount > 0 ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t('minutes.versions.fullySigned', { count: document.signedCount })}
          </>
        ) : hasRepresentatives ? (
          t('minutes.versions.noSignatures')
        ) : (
          t('minutes.versions.noRepresentatives')
        )}
      </p>
    );
  }
  return (
    <div className="document-version__signatures" data-testid="document-signatures" data-missing={document.missingSignatures.length}>
      <p>
        {t('minutes.versions.signedCount', { count: document.signedCount })} {t('minutes.versions.missing', { count: document.missingSignatures.length })}
      </p>
      <ul className="document-version__missing">
        {document.missingSignatures.map((name, index) => (
          <li key={`${name}-${index}`}>{name}</li>
        ))}
      </ul>
    </div>
  );
}
