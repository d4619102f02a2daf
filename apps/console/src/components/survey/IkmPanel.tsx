import { useTranslation } from 'react-i18next';
import { SURVEY_SCORE, type IkmResult } from '@mufakat/contracts';
import { localeFor } from '../../lib/datetime';
import { elementGrade, formatIkmNumber, ikmBars, ikmGradeKey } from '../../lib/ikm';

/** The live Indeks Kepuasan Masyarakat: headline figures, then the nine element means as bars and as a table. */
export function IkmPanel({ ikm }: { ikm: IkmResult | null }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const bars = ikmBars(ikm);
  const number = (value: number, kind: 'mean' | 'ikm' | 'converted') => formatIkmNumber(value, kind, locale);
  return (
    <div className="ikm" data-testid="ikm">
      {!ikm || ikm.respondents === 0 ? (
        <p className="empty" data-testid="ikm-empty">
          {t('survey.noAnswers')}
        </p>
      ) : (
        <dl className="ikm__figures">
          <div className="ikm__figure">
            <dt>{t('survey.respondentsLabel')}</dt>
            <dd data-testid="ikm-respondents">{ikm.respondents}</dd>
          </div>
          <div className="ikm__figure">
            <dt>{t('survey.ikmValue')}</dt>
            <dd data-testid="ikm-value">{number(ikm.ikm, 'ikm')}</dd>
          </div>
          <div className="ikm__figure">
            <dt>{t('survey.converted')}</dt>
            <dd data-testid="ikm-converted">{number(ikm.converted, 'converted')}</dd>
          </div>
          <div className={`ikm__figure ikm__figure--grade ikm__figure--grade-${ikm.grade}`}>
            <dt>{t('survey.grade')}</dt>
            <dd data-testid="ikm-grade" data-grade={ikm.grade}>
              <span className="ikm__grade-letter">{ikm.grade}</span> <span className="ikm__grade-words">{t(ikmGradeKey(ikm.grade))}</span>
            </dd>
          </div>
          {ikm.verified !== undefined && (
            <div className="ikm__figure">
              <dt>{t('survey.verifiedIkm')}</dt>
              <dd data-testid="ikm-verified">
                {ikm.verified
                  ? t('survey.verifiedIkmValue', {
                      converted: number(ikm.verified.converted, 'converted'),
                      grade: ikm.verified.grade,
                      count: ikm.verified.respondents,
                    })
                  : t('survey.verifiedIkmNone')}
              </dd>
            </div>
          )}
        </dl>
      )}
      <figure className="ikm__chart" aria-labelledby="ikm-chart-caption">
        <figcaption id="ikm-chart-caption" className="ikm__caption">
          {t('survey.chartCaption', { max: SURVEY_SCORE.max })}
        </figcaption>
        <ul className="ikm-bars" data-testid="ikm-bars">
          {bars.map((bar) => (
            <li key={bar.code} className="ikm-bars__row" data-testid="ikm-bar" data-code={bar.code} data-width={bar.width}>
              <span className="ikm-bars__label">
                <span className="ikm-bars__code">{bar.code}</span> {t(`survey.elements.${bar.code}`)}
              </span>
              <span className="ikm-bars__track" aria-hidden="true">
                <span className="ikm-bars__fill" style={{ width: `${bar.width}%` }} />
              </span>
              <span className="ikm-bars__value">
                {bar.mean === null ? (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">{t('survey.notScored')}</span>
                  </>
                ) : (
                  <>
                    {number(bar.mean, 'mean')}
                    <span className="visually-hidden"> {t('survey.outOf', { max: SURVEY_SCORE.max })}</span>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      </figure>
      <details className="ikm__table">
        <summary>{t('survey.showTable')}</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('survey.tableCaption')}>
          <table className="table table--numbers" data-testid="ikm-table">
            <caption className="table__caption">{t('survey.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('survey.element')}</th>
                <th scope="col">{t('survey.mean')}</th>
                <th scope="col">{t('survey.elementGrade')}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => {
                const grade = elementGrade(bar.mean);
                return (
                  <tr key={bar.code}>
                    <th scope="row">
                      {bar.code} {t(`survey.elements.${bar.code}`)}
                    </th>
                    <td>{bar.mean === null ? t('survey.notScored') : number(bar.mean, 'mean')}</td>
                    <td>{grade ? `${grade} ${t(ikmGradeKey(grade))}` : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
            {ikm && ikm.respondents > 0 && (
              <tfoot>
                <tr>
                  <th scope="row">{t('survey.ikmValue')}</th>
                  <td>{number(ikm.ikm, 'ikm')}</td>
                  <td>
                    {ikm.grade} {t(ikmGradeKey(ikm.grade))} ({number(ikm.converted, 'converted')})
                  </td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      </details>
    </div>
  );
}
