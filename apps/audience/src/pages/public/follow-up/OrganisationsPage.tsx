import { useDocumentTitle } from '@mufakat/client';
import { apiPaths, webPaths, type PublicOrganisationSummary } from '@mufakat/contracts';
import { AppLink, OpenData, ViewStatus } from './FollowUpParts';
import { useFollowUpTranslation } from './useFollowUpTranslation';
import { usePublicView } from './usePublicView';

/** Where the public follow-up starts: the organisations with a public forum. */
export function OrganisationsPage() {
  const { t } = useFollowUpTranslation();
  const { state, retry } = usePublicView<PublicOrganisationSummary[]>(apiPaths.publicOrganisations);
  useDocumentTitle(t('organisations.title'));
  if (state.status !== 'found') return <ViewStatus state={state} retry={retry} />;
  return (
    <article className="follow-up" data-testid="public-organisations">
      <h1>{t('organisations.title')}</h1>
      <p>{t('organisations.intro')}</p>
      {state.view.length === 0 ? (
        <p>{t('organisations.empty')}</p>
      ) : (
        <ul className="list">
          {state.view.map((organisation) => (
            <li key={organisation.id} data-testid="organisation">
              <h2 className="list__title">
                <AppLink href={webPaths.publicOrganisation(organisation.id)}>{organisation.name}</AppLink>
              </h2>
              <dl className="inline-facts">
                <div>
                  <dt>{t('organisations.units')}</dt>
                  <dd>{organisation.units}</dd>
                </div>
                <div>
                  <dt>{t('organisations.forums')}</dt>
                  <dd>{organisation.forums}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <OpenData json={apiPaths.publicOrganisations} />
    </article>
  );
}
