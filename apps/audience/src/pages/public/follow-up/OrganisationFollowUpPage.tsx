import { useState } from 'react';
import { useDocumentTitle } from '@mufakat/client';
import { apiPaths, webPaths, type PublicOrganisationView } from '@mufakat/contracts';
import { formatCalendarDate, formatIkm, formatShare, nextSort, sortUnitRows, UNIT_SORT_KEYS, type UnitSort, type UnitSortKey } from '../../../lib/follow-up';
import { AppLink, Breadcrumb, CountsSummary, OpenData, ViewStatus } from './FollowUpParts';
import { useFollowUpTranslation } from './useFollowUpTranslation';
import { usePublicView } from './usePublicView';

/** Every unit of an organisation side by side, sortable by each column. */
export function OrganisationFollowUpPage({ id }: { id: string }) {
  const { t } = useFollowUpTranslation();
  const { state, retry } = usePublicView<PublicOrganisationView>(apiPaths.publicOrganisation(id));
  useDocumentTitle(state.status === 'found' ? state.view.organisation.name : t('eyebrow'));
  if (state.status !== 'found') return <ViewStatus state={state} retry={retry} />;
  return <OrganisationFollowUp view={state.view} />;
}

const NUMERIC = new Set<UnitSortKey>(['forums', 'done', 'overdue', 'onTimeShare', 'latestIkm']);

function OrganisationFollowUp({ view }: { view: PublicOrganisationView }) {
  const { t, language } = useFollowUpTranslation();
  const [sort, setSort] = useState<UnitSort>({ key: 'name', direction: 'ascending' });
  const unitsId = 'units-title';
  const captionId = 'units-caption';
  const rows = sortUnitRows(view.units, sort, language);
  const label = (key: UnitSortKey) => t(`organisation.column.${key}`);
  const { organisation } = view;
  return (
    <article className="follow-up follow-up--wide" data-testid="public-organisation">
      <Breadcrumb trail={[{ href: webPaths.publicOrganisations, label: t('allOrganisations') }]} />
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1>{organisation.name}</h1>
      <p className="muted">{t('asOf', { date: formatCalendarDate(view.asOf, language) })}</p>

      <CountsSummary counts={view.counts} />

      <section aria-labelledby={unitsId}>
        <h2 id={unitsId}>{t('organisation.unitsTitle')}</h2>
        {view.units.length === 0 ? (
          <p>{t('organisation.empty')}</p>
        ) : (
          <>
            <p className="muted">{t('organisation.sortHint')}</p>
            {/* On a phone each unit is a labelled card under a row of sort buttons; on a narrow tablet the table may
                scroll inside its own region, never the page. */}
            <div className="scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
              <table className="table table--stack table--sortable" data-testid="organisation-units">
                <caption id={captionId}>
                  {t('organisation.caption', { name: organisation.name })}
                  <span className="sr-only"> {t('organisation.sortedBy', { column: label(sort.key), direction: t(`organisation.${sort.direction}`) })}</span>
                </caption>
                <thead>
                  <tr>
                    {UNIT_SORT_KEYS.map((key) => (
                      <th key={key} scope="col" className={NUMERIC.has(key) ? 'num' : undefined} aria-sort={sort.key === key ? sort.direction : undefined}>
                        <button type="button" className="sort" data-testid={`sort-${key}`} onClick={() => setSort((current) => nextSort(current, key))}>
                          {label(key)}
                          <span aria-hidden="true" className="sort__arrow">
                            {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                          </span>
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((unit) => (
                    <tr key={unit.id} data-testid="unit-row" data-unit={unit.id}>
                      <th scope="row" data-label={label('name')}>
                        <span>
                          <AppLink href={webPaths.publicUnit(unit.id)}>{unit.name}</AppLink>
                          {unit.city && <span className="muted block">{unit.city}</span>}
                        </span>
                      </th>
                      <td className="num" data-label={label('forums')}>
                        {unit.forums}
                      </td>
                      <td className="num" data-label={label('done')}>
                        {t('unit.doneOf', { done: unit.counts.done, total: unit.counts.total })}
                      </td>
                      <td className={unit.counts.overdue > 0 ? 'num bad' : 'num'} data-label={label('overdue')}>
                        {unit.counts.overdue}
                      </td>
                      <td className="num" data-label={label('onTimeShare')}>
                        {formatShare(unit.onTimeShare, language)}
                      </td>
                      <td className="num" data-label={label('latestIkm')}>
                        <span>
                          {formatIkm(unit.latestIkm, language)}
                          {unit.latestGrade && <span className="muted block">{t(`grade.${unit.latestGrade}`)}</span>}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <OpenData json={apiPaths.publicOrganisation(organisation.id)} csv={apiPaths.publicOrganisationCsv(organisation.id)} />
    </article>
  );
}
