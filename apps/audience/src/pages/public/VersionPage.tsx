import { useCallback, useEffect, useState } from 'react';
import { apiFetch, ApiError, useDocumentTitle } from '@mufakat/client';
import { apiPaths, webPaths, type DocumentFormat, type PublicVersionView } from '@mufakat/contracts';
import { Message } from '../../components/Message';
import { navigate } from '../../lib/navigation';
import { formatSize } from '../../lib/file-size';
import { usePublicTranslation } from './usePublicTranslation';

type State = { status: 'loading' } | { status: 'found'; view: PublicVersionView } | { status: 'not-found' } | { status: 'failed' };

/** The public page of one document version, reached from the QR code on its pages. */
export function VersionPage({ code }: { code: string }) {
  const { t, formatDate } = usePublicTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    apiFetch<PublicVersionView>(apiPaths.publicVersion(code)).then(
      (view) => current && setState({ status: 'found', view }),
      (error: unknown) => current && setState(error instanceof ApiError && error.status === 404 ? { status: 'not-found' } : { status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [code, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useDocumentTitle(t('version.title'));

  if (state.status === 'loading') return <p role="status">{t('loading')}</p>;
  if (state.status === 'not-found') {
    return (
      <Message title={t('version.notFound')} testId="version-not-found">
        <p>{t('version.notFoundText')}</p>
      </Message>
    );
  }
  if (state.status === 'failed') {
    return (
      <Message title={t('failed')}>
        <button type="button" className="button" onClick={retry}>
          {t('retry')}
        </button>
      </Message>
    );
  }
  const { view } = state;
  if (!view.issued) {
    return (
      <Message title={t('version.draft')} testId="version-draft">
        <p>{t('version.draftText', { version: view.version })}</p>
      </Message>
    );
  }
  const formats = (['pdf', 'docx'] as DocumentFormat[]).filter((format) => view.sha256[format]);
  return (
    <article className="public-version" data-testid="version-issued">
      <p className="eyebrow">
        <span className="badge issued">{t('version.issued')}</span>
      </p>
      <h1>{t('version.title')}</h1>
      <dl className="facts">
        <dt>{t('version.forum')}</dt>
        <dd>{view.forum.title}</dd>
        <dt>{t('version.unit')}</dt>
        <dd>{view.forum.unitName}</dd>
        <dt>{t('version.held')}</dt>
        <dd>
          {formatDate(view.forum.startsAt, view.timeZone)}, {view.forum.venue}
        </dd>
        <dt>{t('version.number')}</dt>
        <dd data-testid="version-number">{view.documentNumber ?? t('version.noNumber')}</dd>
        <dt>{t('version.version')}</dt>
        <dd data-testid="version-version">{view.version}</dd>
        <dt>{t('version.issuedAt')}</dt>
        <dd>{formatDate(view.issuedAt, view.timeZone)}</dd>
        <dt>{t('version.language')}</dt>
        <dd>{t(`version.languages.${view.language}`)}</dd>
      </dl>

      <section aria-labelledby="hashes-title">
        <h2 id="hashes-title">{t('version.hashes')}</h2>
        <dl className="facts">
          {formats.map((format) => (
            <div key={format}>
              <dt>{format.toUpperCase()}</dt>
              <dd>
                <code className="hash" data-testid={`hash-${format}`}>
                  {view.sha256[format]}
                </code>
              </dd>
            </div>
          ))}
        </dl>
        <p className="muted">{t('version.hashesNote')}</p>
      </section>

      <section aria-labelledby="signatories-title">
        <h2 id="signatories-title">{t('version.signatories')}</h2>
        {view.signatories.length === 0 ? (
          <p>{t('version.noSignatures')}</p>
        ) : (
          <ul className="list">
            {view.signatories.map((who) => (
              <li key={`${who.name}-${who.signedAt}`}>
                <strong>{who.name}</strong>
                <p className="muted">
                  {[who.roleTitle, who.institution].filter(Boolean).join(', ')} — {t('version.signedAt', { when: formatDate(who.signedAt, view.timeZone) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="download-title">
        <h2 id="download-title">{t('version.download')}</h2>
        <ul className="downloads">
          {formats.map((format) => (
            <li key={format}>
              <a className="button" href={apiPaths.publicVersionFile(view.code, format)} download>
                {t(format === 'pdf' ? 'version.downloadPdf' : 'version.downloadDocx', { size: formatSize(view.sizes[format] ?? 0) })}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {view.forumId && (
        <p>
          <a
            className="button"
            href={webPaths.publicForum(view.forumId)}
            data-testid="version-follow-up"
            onClick={(event) => {
              event.preventDefault();
              navigate(webPaths.publicForum(view.forumId as string));
            }}
          >
            {t('version.followUpLink')}
          </a>
        </p>
      )}
      <p className="aside">
        <a
          href={webPaths.verify}
          onClick={(event) => {
            event.preventDefault();
            navigate(webPaths.verify);
          }}
        >
          {t('version.verifyLink')}
        </a>
      </p>
    </article>
  );
}
