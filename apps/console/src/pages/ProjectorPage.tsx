import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { serverErrorText, useDocumentTitle, useLiveForum, useServerClock } from '@mufakat/client';
import type { LiveAuth } from '@mufakat/contracts';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ProjectorScreen } from '../components/projector/ProjectorScreen';
import { ReactionLayer } from '../components/projector/ReactionLayer';
import { useCheckInCode } from '../hooks/useCheckInCode';
import { useFullscreen } from '../hooks/useFullscreen';
import { useReactionStream } from '../hooks/useReactionStream';
import { toProjectorModel } from '../lib/projector';

/**
 * Opened by link on the venue's projector: no login, only the read-only key in the URL. The built app opens it
 * from its own entry (projector.tsx), without the staff pages' router; the router's route serves the dev server.
 */
export function ProjectorPage({ id, projectorKey: key }: { id: string; projectorKey: string | null }) {
  const { t, i18n } = useTranslation();
  const auth = useMemo<LiveAuth | null>(() => (key ? { forumId: id, projectorKey: key } : null), [id, key]);
  const { snapshot, connection, rejection, client } = useLiveForum(auth);
  const clockOffsetMs = useServerClock(snapshot?.serverTime);
  const reactions = useReactionStream(client);
  const checkInCode = useCheckInCode(client, connection, snapshot?.checkIn.enabled ?? false);
  const fullscreen = useFullscreen();
  useDocumentTitle(snapshot ? `${t('projector.title')} · ${snapshot.forum.title}` : t('projector.title'));

  useEffect(() => {
    // The dark backdrop must cover the whole viewport, overscroll included.
    document.body.classList.add('projector-body');
    return () => document.body.classList.remove('projector-body');
  }, []);

  const model = useMemo(() => (snapshot ? toProjectorModel(snapshot) : null), [snapshot]);
  const problem = !key ? t('projector.missingKey') : connection === 'rejected' ? t('projector.rejected') : null;

  return (
    <div className="projector">
      <main className="projector__main">
        {problem ? (
          <>
            <h1 className="projector__title">{t('projector.title')}</h1>
            <div role="alert" className="projector__error" data-testid="projector-error">
              <p>{problem}</p>
              {rejection && key && <p className="projector__error-detail">{serverErrorText(rejection, t, i18n.language)}</p>}
            </div>
          </>
        ) : model ? (
          <>
            <ProjectorScreen model={model} connection={connection} clockOffsetMs={clockOffsetMs} checkInCode={checkInCode} />
            <ReactionLayer floaters={reactions.floaters} summary={reactions.summary} />
          </>
        ) : (
          <>
            <h1 className="projector__title">{t('projector.title')}</h1>
            <p role="status" className="projector__waiting" data-testid="projector-connection">
              {t(`connection.${connection}`)}
            </p>
          </>
        )}
      </main>
      <footer className="projector__footer">
        <LanguageSwitch className="language-switch language-switch--dark" />
        {fullscreen.supported && (
          <button type="button" className="projector__fullscreen" aria-pressed={fullscreen.active} onClick={fullscreen.toggle}>
            {t('projector.fullscreen')}
          </button>
        )}
      </footer>
    </div>
  );
}
