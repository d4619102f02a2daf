import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_SEPARATORS, defaultCsvSeparator, EXPORT_FORMATS, EXPORT_KINDS, type CsvSeparator } from '@mufakat/contracts';
import { exportUrl } from '../../lib/documents';

/**
 * The forum's records as spreadsheets: each kind as CSV or as an Excel workbook, headed in the console's language.
 * CSV is separated the way the user's Excel splits it (semicolons in Indonesia) unless they choose otherwise.
 */
export function ExportLinks({ forumId }: { forumId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<CsvSeparator | null>(null);
  const separator = chosen ?? defaultCsvSeparator(i18n.language);
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-separator`}>{t('minutes.exports.separator')}</label>
        <p id={`${id}-separator-hint`} className="field__hint">
          {t('minutes.exports.separatorHint')}
        </p>
        <select
          id={`${id}-separator`}
          value={separator}
          data-testid="export-separator"
          aria-describedby={`${id}-separator-hint`}
          onChange={(event) => setChosen(event.target.value as CsvSeparator)}
        >
          {CSV_SEPARATORS.map((option) => (
            <option key={option} value={option}>
              {t(`minutes.exports.separators.${option}`)}
            </option>
          ))}
        </select>
      </div>
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
                          href={exportUrl(forumId, kind, format, i18n.language, format === 'csv' ? separator : undefined)}
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
    </>
  );
}
