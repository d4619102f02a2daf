import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, EXPORT_KINDS } from '@mufakat/contracts';
import { exportUrl } from '../../lib/documents';

/** The forum's records as spreadsheets: each kind as CSV or as an Excel workbook, headed in the console's language. */
export function ExportLinks({ forumId }: { forumId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('minutes.exports.heading')}>
      <table className="table export-table" data-testid="exports">
        <thead>
          <tr>
            <th scope="col">{t('minutes.exports.kind')}</th>
            <th scope="col">{t('minutes.exports.download')}</th>
          </tr>
        </thead>
        <tbody>
          {EXPORT_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row" id={`export-${kind}`}>
                {t(`exportKinds.${kind}`)}
                <span className="export-table__hint">{t(`minutes.exports.hints.${kind}`)}</span>
              </th>
              <td>
                <ul className="export-table__links">
                  {EXPORT_FORMATS.map((format) => (
                    <li key={format}>
                      <a
                        className="button button--quiet"
                        href={exportUrl(forumId, kind, format, i18n.language)}
                        download
                        data-testid={`export-${kind}-${format}`}
                      >
                        {t(`exportFormats.${format}`)}
                        <span className="visually-hidden"> — {t(`exportKinds.${kind}`)}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
