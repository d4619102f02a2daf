import { useDocumentTitle } from '@mufakat/client';
import { apiPaths, webPaths, type ActionUpdateView, type ActionView, type DocumentFormat, type PublicForumView } from '@mufakat/contracts';
import { formatSize } from '../../../lib/file-size';
import { formatCalendarDate, formatIkm, formatInstant, isImage } from '../../../lib/follow-up';
import { AppLink, Breadcrumb, CountsSummary, OpenData, ProgressBar, TimelinessBadge, ViewStatus } from './FollowUpParts';
import { useFollowUpTranslation } from './useFollowUpTranslation';
import { usePublicView } from './usePublicView';

const FORMATS: DocumentFormat[] = ['pdf', 'docx'];

/** A forum's promises and how they are kept, reached from the QR code on its Berita Acara. */
export function ForumFollowUpPage({ id }: { id: string }) {
  const { t } = useFollowUpTranslation();
  const { state, retry } = usePublicView<PublicForumView>(apiPaths.publicForum(id));
  useDocumentTitle(state.status === 'found' ? state.view.forum.title : t('eyebrow'));
  if (state.status !== 'found') return <ViewStatus state={state} retry={retry} />;
  return <ForumFollowUp view={state.view} />;
}

function ForumFollowUp({ view }: { view: PublicForumView }) {
  const { t, language } = useFollowUpTranslation();
  const { forum, unit } = view;
  const itemsId = 'items-title';
  return (
    <article className="follow-up" data-testid="public-forum">
      <Breadcrumb
        trail={[
          { href: webPaths.publicOrganisations, label: t('allOrganisations') },
          { href: webPaths.publicOrganisation(unit.organisation.id), label: unit.organisation.name },
          { href: webPaths.publicUnit(unit.id), label: unit.name },
        ]}
      />
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1>{forum.title}</h1>
      <dl className="facts">
        <dt>{t('forum.unit')}</dt>
        <dd>
          <AppLink href={webPaths.publicUnit(unit.id)} testId="forum-unit-link">
            {unit.name}
          </AppLink>
        </dd>
        <dt>{t('forum.held')}</dt>
        <dd data-testid="forum-held">{formatInstant(forum.startsAt, language, forum.timeZone, true)}</dd>
        <dt>{t('forum.venue')}</dt>
        <dd>{[forum.venue, forum.city].filter(Boolean).join(', ')}</dd>
      </dl>
      <p className="muted">{t('asOf', { date: formatCalendarDate(view.asOf, language) })}</p>

      <CountsSummary counts={view.counts} />

      <section aria-labelledby={itemsId}>
        <h2 id={itemsId}>{t('forum.itemsTitle')}</h2>
        {view.items.length === 0 ? (
          <p>{t('forum.noItems')}</p>
        ) : (
          <ol className="items">
            {view.items.map((item) => (
              <li key={item.number} className="item" data-testid={`item-${item.number}`}>
                <h3>{t('forum.item', { number: item.number })}</h3>
                <p className="item__text">{item.text}</p>
                {item.actions.length === 0 ? (
                  <p className="muted">{t('forum.noActions')}</p>
                ) : (
                  item.actions.map((action) => <ActionCard key={action.id} action={action} timeZone={forum.timeZone} />)
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <BeritaAcara view={view} />
      <Ikm view={view} />
      <OpenData
        json={apiPaths.publicForum(forum.id)}
        csv={apiPaths.publicForumCsv(forum.id)}
        feed={apiPaths.publicForumFeed(forum.id)}
        feedTitle={t('openData.feedTitle', { title: forum.title })}
      />
    </article>
  );
}

function ActionCard({ action, timeZone }: { action: ActionView; timeZone: string }) {
  const { t, language } = useFollowUpTranslation();
  const titleId = `action-${action.id}-title`;
  const deadline = action.deadline ? formatCalendarDate(action.deadline, language) : t('forum.noDeadline');
  return (
    <article className={`card action action--${action.timeliness}`} aria-labelledby={titleId} data-testid={`action-${action.id}`}>
      <h4 id={titleId}>{action.action}</h4>
      <p>
        <TimelinessBadge timeliness={action.timeliness} />
      </p>
      <dl className="facts">
        <dt>{t('forum.status')}</dt>
        <dd data-testid="action-status">{t(`status.${action.status}`)}</dd>
        <dt>{t('forum.responsible')}</dt>
        <dd>{action.responsibleUnit}</dd>
        <dt>{t('forum.deadline')}</dt>
        <dd data-testid="action-deadline">
          {deadline}
          {action.timeFrame && ` (${t('forum.timeFrame', { frame: action.timeFrame })})`}
        </dd>
        {action.completedOn && (
          <>
            <dt>{t('forum.completedOn')}</dt>
            <dd>{formatCalendarDate(action.completedOn, language)}</dd>
          </>
        )}
        {action.droppedReason && (
          <>
            <dt>{t('forum.droppedReason')}</dt>
            <dd>{action.droppedReason}</dd>
          </>
        )}
      </dl>
      <ProgressBar id={action.id} value={action.progress} />
      <h5>{t('forum.historyTitle')}</h5>
      {action.updates.length === 0 ? (
        <p className="muted">{t('forum.noUpdates')}</p>
      ) : (
        <ol className="history">
          {action.updates.map((update) => (
            <Update key={update.id} update={update} timeZone={timeZone} />
          ))}
        </ol>
      )}
    </article>
  );
}

function Update({ update, timeZone }: { update: ActionUpdateView; timeZone: string }) {
  const { t, language } = useFollowUpTranslation();
  return (
    <li data-testid={`update-${update.id}`}>
      <p>
        <time dateTime={update.at}>{formatInstant(update.at, language, timeZone, true)}</time>
        {' — '}
        {t('forum.updateStatus', { status: t(`status.${update.status}`), progress: update.progress })}
      </p>
      {update.note && <p className="note">{update.note}</p>}
      {update.evidence.length > 0 && (
        <ul className="evidence" aria-label={t('forum.evidence')}>
          {update.evidence.map((file) => (
            <li key={file.id}>
              <a href={file.url} data-testid={`evidence-${file.id}`}>
                {isImage(file.mime) && (
                  <img src={file.url} alt={t('forum.evidenceImage', { name: file.name })} width={96} height={96} loading="lazy" className="thumb" />
                )}
                <span>
                  {file.name} ({formatSize(file.size)})
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function BeritaAcara({ view }: { view: PublicForumView }) {
  const { t, language } = useFollowUpTranslation();
  const titleId = 'record-title';
  const record = view.beritaAcara;
  const formats = record ? FORMATS.filter((format) => record.sha256[format]) : [];
  return (
    <section aria-labelledby={titleId} data-testid="forum-record">
      <h2 id={titleId}>{t('forum.recordTitle')}</h2>
      {!record ? (
        <p>{t('forum.noRecord')}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t('forum.number')}</dt>
            <dd data-testid="record-number">{record.documentNumber ?? t('forum.noNumber')}</dd>
            <dt>{t('forum.version')}</dt>
            <dd>{record.version}</dd>
            <dt>{t('forum.issuedAt')}</dt>
            <dd>{formatInstant(record.issuedAt, language, view.forum.timeZone, true)}</dd>
          </dl>
          <h3>{t('forum.hashes')}</h3>
          <dl className="facts">
            {formats.map((format) => (
              <div key={format}>
                <dt>{format.toUpperCase()}</dt>
                <dd>
                  <code className="hash" data-testid={`record-hash-${format}`}>
                    {record.sha256[format]}
                  </code>
                </dd>
              </div>
            ))}
          </dl>
          <ul className="downloads">
            {formats.map((format) => (
              <li key={format}>
                <a className="button" href={apiPaths.publicVersionFile(record.code, format)} download data-testid={`record-download-${format}`}>
                  {t(format === 'pdf' ? 'forum.downloadPdf' : 'forum.downloadDocx')}
                </a>
              </li>
            ))}
          </ul>
          <p>
            <AppLink href={webPaths.publicVersion(record.code)} testId="record-verify">
              {t('forum.verifyLink')}
            </AppLink>
          </p>
        </>
      )}
    </section>
  );
}

function Ikm({ view }: { view: PublicForumView }) {
  const { t, tApp, language } = useFollowUpTranslation();
  const titleId = 'ikm-title';
  const ikm = view.ikm;
  return (
    <section aria-labelledby={titleId} data-testid="forum-ikm">
      <h2 id={titleId}>{t('forum.ikmTitle')}</h2>
      {!ikm ? (
        <p>{t('forum.noIkm')}</p>
      ) : (
        <>
          <dl className="tiles">
            <div className="tile tile--lead">
              <dt>{t('forum.ikm')}</dt>
              <dd data-testid="ikm-value">{formatIkm(ikm.converted, language)}</dd>
            </div>
            <div className="tile tile--lead">
              <dt>{t('forum.grade')}</dt>
              <dd data-testid="ikm-grade">{t(`grade.${ikm.grade}`)}</dd>
            </div>
            <div className="tile">
              <dt>{t('forum.respondents')}</dt>
              <dd>{ikm.respondents}</dd>
            </div>
          </dl>
          <table className="table">
            <caption>{t('forum.elementsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('forum.element')}</th>
                <th scope="col" className="num">
                  {t('forum.mean')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ikm.elements.map((element) => (
                <tr key={element.code}>
                  <th scope="row">
                    {element.code} {tApp(`survey.element.${element.code}`)}
                  </th>
                  <td className="num">{element.mean === null ? '—' : formatIkm(element.mean, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
