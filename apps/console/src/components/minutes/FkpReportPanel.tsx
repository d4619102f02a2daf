import { useTranslation } from 'react-i18next';
import type { ApiError } from '@mufakat/client';
import { apiPaths, DOCUMENT_FORMATS, DOCUMENT_LANGUAGES, type DocumentLanguage, type FkpReportView } from '@mufakat/contracts';
import { formatTime, localeFor } from '../../lib/datetime';
import { formatBytes, formatPercent, progressValue } from '../../lib/documents';
import { ApiErrorAlert } from '../ApiErrorAlert';

interface FkpReportPanelProps {
  forumId: string;
  /** Newest first. */
  reports: FkpReportView[];
  /** The language whose request is on its way, or null. */
  busyLanguage: DocumentLanguage | null;
  error: ApiError | null;
  onGenerate: (language: DocumentLanguage) => void;
}

/** The FKP implementation report (laporan pelaksanaan): generated in the background per language, then downloaded. */
export function FkpReportPanel({ forumId, reports, busyLanguage, error, onGenerate }: FkpReportPanelProps) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (
    <>
      <p className="field__hint">{t('minutes.report.intro')}</p>
      <div className="form__actions">
        {DOCUMENT_LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            className="button"
            data-testid={`report-generate-${language}`}
            disabled={busyLanguage !== null}
            aria-busy={busyLanguage === language}
            onClick={() => onGenerate(language)}
          >
            {t('minutes.report.generate', { language: t(`documentLanguages.${language}`) })}
          </button>
        ))}
      </div>
      <ApiErrorAlert error={error} testId="report-generate-error" />
      {reports.length === 0 ? (
        <p className="empty">{t('minutes.report.none')}</p>
      ) : (
        <ol className="document-versions">
          {reports.map((report) => {
            const headingId = `report-${report.id}-heading`;
            const barId = `report-${report.id}-progress`;
            const progress = progressValue(report);
            return (
              <li key={report.id} className={`document-version document-version--${report.status}`} data-testid="fkp-report" data-status={report.status}>
                <div className="document-version__head">
                  <h4 id={headingId} className="document-version__title">
                    {t('minutes.report.title', { language: t(`documentLanguages.${report.language}`) })}
                  </h4>
                  <span className={`badge badge--report-${report.status}`} data-testid="report-status">
                    {t(`minutes.report.status.${report.status}`)}
                  </span>
                </div>
                <p className="document-version__meta">
                  {t('minutes.versions.requestedAt', { time: formatTime(report.requestedAt, i18n.language) })}
                  {report.completedAt && <> · {t('minutes.versions.completedAt', { time: formatTime(report.completedAt, i18n.language) })}</>}
                </p>
                {(report.status === 'queued' || report.status === 'running') && (
                  <div className="document-version__progress">
                    <label htmlFor={barId}>{t(`minutes.report.status.${report.status}`)}</label>
                    <progress id={barId} max={100} value={progress} aria-valuetext={formatPercent(progress, locale)} data-testid="report-progress" />
                    <span className="document-version__percent" aria-hidden="true">
                      {formatPercent(progress, locale)}
                    </span>
                  </div>
                )}
                {report.status === 'failed' && (
                  <div className="alert alert--error" data-testid="report-error">
                    <p className="alert__title">{t('minutes.report.failed')}</p>
                    {report.error && <p>{report.error}</p>}
                  </div>
                )}
                {report.status === 'ready' && (
                  <>
                    <p className="document-version__number" data-testid="report-berita-acara">
                      {report.beritaAcara
                        ? t('minutes.report.names', { version: report.beritaAcara.version, number: report.beritaAcara.number ?? '' })
                        : t('minutes.report.noFinal')}
                    </p>
                    <ul className="document-version__downloads">
                      {DOCUMENT_FORMATS.map((format) => (
                        <li key={format}>
                          <a
                            className="button"
                            href={apiPaths.fkpReportFile(forumId, report.id, format)}
                            download
                            aria-describedby={headingId}
                            data-testid={`report-download-${format}`}
                          >
                            {t('minutes.versions.download', { format: format.toUpperCase() })}
                            {report.sizes[format] !== undefined && (
                              <span className="document-version__size">({formatBytes(report.sizes[format], locale)})</span>
                            )}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
