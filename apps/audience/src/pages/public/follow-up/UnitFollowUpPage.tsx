import { useDocumentTitle } from '@mufakat/client';
import { apiPaths, webPaths, type PublicUnitView } from '@mufakat/contracts';
import { formatCalendarDate, formatIkm, formatInstant } from '../../../lib/follow-up';
import { AppLink, Breadcrumb, CountsSummary, OpenData, ProgressBar, TimelinessBadge, ViewStatus } from './FollowUpParts';
import { IkmChart } from './IkmChart';
import { useFollowUpTranslation } from './useFollowUpTranslation';
import { usePublicView } from './usePublicView';

/** A unit's forums over time: their IKM, how their promises stand, and which ones are overdue. */
export function UnitFollowUpPage({ id }: { id: string }) {
  const { t } = useFollowUpTranslation();
  const { state, retry } = usePublicView<PublicUnitView>(apiPaths.publicUnit(id));
  useDocumentTitle(state.status === 'found' ? state.view.unit.name : t('eyebrow'));
  if (state.status !== 'found') return <ViewStatus state={state} retry={retry} />;
  return <UnitFollowUp view={state.view} />;
}

function UnitFollowUp({ view }: { view: PublicUnitView }) {
  const { t, language } = useFollowUpTranslation();
  const { unit } = view;
  const forumsId = 'forums-title';
  const tableId = 'forums-table';
  const overdueId = 'overdue-title';
  return (
    <article className="follow-up" data-testid="public-unit">
      <Breadcrumb
        trail={[
          { href: webPaths.publicOrganisations, label: t('allOrganisations') },
          { href: webPaths.publicOrganisation(unit.organisation.id), label: unit.organisation.name },
        ]}
      />
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1>{unit.name}</h1>
      <dl className="facts">
        <dt>{t('unit.organisation')}</dt>
        <dd>
          <AppLink href={webPaths.publicOrganisation(unit.organisation.id)}>{unit.organisation.name}</AppLink>
        </dd>
        {unit.parentBody && (
          <>
            <dt>{t('unit.parentBody')}</dt>
            <dd>{unit.parentBody}</dd>
          </>
        )}
        {unit.city && (
          <>
            <dt>{t('unit.city')}</dt>
            <dd>{unit.city}</dd>
          </>
        )}
        <dt>{t('unit.code')}</dt>
        <dd>{unit.code}</dd>
      </dl>
      <p className="muted">{t('asOf', { date: formatCalendarDate(view.asOf, language) })}</p>

      <CountsSummary counts={view.counts} onTimeShare={view.onTimeShare} />

      <section aria-labelledby={forumsId}>
        <h2 id={forumsId}>{t('unit.forumsTitle')}</h2>
        {view.forums.length === 0 ? (
          <p>{t('unit.noForums')}</p>
        ) : (
          <>
            <IkmChart forums={view.forums} tableId={tableId} />
            <table className="table table--stack" id={tableId} data-testid="unit-forums">
              <caption>{t('unit.forumsCaption', { name: unit.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('unit.position')}</th>
                  <th scope="col">{t('unit.forum')}</th>
                  <th scope="col">{t('unit.date')}</th>
                  <th scope="col" className="num">
                    {t('unit.ikm')}
                  </th>
                  <th scope="col">{t('unit.grade')}</th>
                  <th scope="col" className="num">
                    {t('unit.actions')}
                  </th>
                  <th scope="col" className="num">
                    {t('counts.overdue')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.forums.map((forum, index) => (
                  <tr key={forum.id}>
                    <td data-label={t('unit.position')}>{index + 1}</td>
                    <th scope="row" data-label={t('unit.forum')}>
                      <AppLink href={webPaths.publicForum(forum.id)}>{forum.title}</AppLink>
                    </th>
                    <td data-label={t('unit.date')}>{formatInstant(forum.startsAt, language, unit.timeZone, false)}</td>
                    <td data-label={t('unit.ikm')} className="num">
                      {forum.ikm === null ? t('unit.noSurvey') : formatIkm(forum.ikm, language)}
                    </td>
                    <td data-label={t('unit.grade')}>{forum.grade ? t(`grade.${forum.grade}`) : '—'}</td>
                    <td data-label={t('unit.actions')} className="num">
                      {t('unit.doneOf', { done: forum.counts.done, total: forum.counts.total })}
                    </td>
                    <td data-label={t('counts.overdue')} className={forum.counts.overdue > 0 ? 'num bad' : 'num'}>
                      {forum.counts.overdue}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section aria-labelledby={overdueId}>
        <h2 id={overdueId}>{t('unit.overdueTitle')}</h2>
        {view.overdue.length === 0 ? (
          <p>{t('unit.noOverdue')}</p>
        ) : (
          <ul className="list overdue" data-testid="unit-overdue">
            {view.overdue.map((action) => (
              <li key={action.id}>
                <h3 className="overdue__title">{action.action}</h3>
                <p>
                  <TimelinessBadge timeliness={action.timeliness} />
                </p>
                <dl className="facts">
                  <dt>{t('forum.deadline')}</dt>
                  <dd>{action.deadline ? formatCalendarDate(action.deadline, language) : t('forum.noDeadline')}</dd>
                  <dt>{t('forum.responsible')}</dt>
                  <dd>{action.responsibleUnit}</dd>
                  <dt>{t('forum.status')}</dt>
                  <dd>{t(`status.${action.status}`)}</dd>
                </dl>
                <ProgressBar id={`overdue-${action.id}`} value={action.progress} />
                <p>
                  <AppLink href={webPaths.publicForum(action.forumId)}>{t('unit.inForum', { title: action.forumTitle, number: action.itemNumber })}</AppLink>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <OpenData json={apiPaths.publicUnit(unit.id)} csv={apiPaths.publicUnitCsv(unit.id)} />
    </article>
  );
}
