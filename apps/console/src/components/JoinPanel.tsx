import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiPaths } from '@mufakat/contracts';

interface JoinPanelProps {
  forumId: string;
  joinCode: string;
  joinUrl: string | null;
  projectorUrl: string;
  /** Focus lands here right after publishing. */
  headingRef?: Ref<HTMLHeadingElement>;
}

export function JoinPanel({ forumId, joinCode, joinUrl, projectorUrl, headingRef }: JoinPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="card join-panel" aria-labelledby="join-heading">
      <h2 id="join-heading" ref={headingRef} tabIndex={-1}>
        {t('forum.join')}
      </h2>
      <div className="join-panel__body">
        <div>
          <p className="join-panel__label">{t('forum.joinCode')}</p>
          <p className="join-code" data-testid="join-code">
            {joinCode}
          </p>
          {joinUrl && (
            <p>
              <span className="join-panel__label">{t('forum.joinUrl')} </span>
              <a href={joinUrl} data-testid="join-url" className="join-panel__url">
                {joinUrl}
              </a>
            </p>
          )}
          <ul className="actions">
            <li>
              <Link className="button button--primary button--large" to={`/forums/${encodeURIComponent(forumId)}/live`} data-testid="open-live-console">
                {t('forum.openLiveConsole')}
              </Link>
            </li>
            <li>
              {/* A plain link: projectorUrl already includes the /console base path. */}
              <a className="button button--large" href={projectorUrl} target="_blank" rel="noopener noreferrer" data-testid="projector-link">
                {t('forum.openProjector')}
                <span className="visually-hidden"> {t('app.opensInNewTab')}</span>
              </a>
            </li>
          </ul>
        </div>
        <img
          className="join-panel__qr"
          src={apiPaths.joinQrSvg(joinCode)}
          alt={t('forum.qrAlt', { code: joinCode })}
          width={220}
          height={220}
          data-testid="join-qr"
        />
      </div>
    </section>
  );
}
