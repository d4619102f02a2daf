import { useTranslation } from 'react-i18next';
import type { OrganisationUnitsView } from '@mufakat/contracts';
import { formatCalendarDate } from '../../lib/datetime';

/** An organisation's units side by side, for its members: forums held and how their actions stand. */
export function OrganisationOverview({ view }: { view: OrganisationUnitsView }) {
  const { t, i18n } = useTranslation();
  const headingId = `organisation-${view.organisation.id}`;
  return (
    <section className="card" aria-labelledby={headingId} data-testid="organisation-overview">
      <h2 id={headingId}>{t('followUps.organisation.heading', { name: view.organisation.name })}</h2>
      <div className="table-scroll">
        <table className="table table--numbers">
          <caption>{t('followUps.organisation.caption', { asOf: formatCalendarDate(view.asOf, i18n.language) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('followUps.unit')}</th>
              <th scope="col">{t('followUps.organisation.forums')}</th>
              <th scope="col">{t('followUps.organisation.actions')}</th>
              <th scope="col">{t('followUps.organisation.done')}</th>
              <th scope="col">{t('followUps.organisation.overdue')}</th>
              <th scope="col">{t('followUps.organisation.dueSoon')}</th>
            </tr>
          </thead>
          <tbody>
            {view.units.map((unit) => (
              <tr key={unit.id} data-testid="organisation-unit">
                <th scope="row">{unit.name}</th>
                <td>{unit.forums}</td>
                <td>{unit.counts.total}</td>
                <td>{unit.counts.done}</td>
                <td>{unit.counts.overdue}</td>
                <td>{unit.counts.dueSoon}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
