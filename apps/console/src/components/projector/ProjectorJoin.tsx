import { useTranslation } from 'react-i18next';
import type { ProjectorModel } from '../../lib/projector';
import { ProjectorConsensus } from './ProjectorConsensus';
import { ProjectorQuestions } from './ProjectorQuestions';

/** The lobby: QR and code as large as the screen allows, with what is happening beside them. */
export function ProjectorJoin({ model }: { model: ProjectorModel }) {
  const { t } = useTranslation();
  return (
    <div className="projector__grid">
      <section className="projector__join" aria-labelledby="projector-join-heading">
        <h2 id="projector-join-heading" className="projector__label">
          {t('projector.joinHeading')}
        </h2>
        <div className="projector__qr-frame">
          <img src={model.qrSrc} alt={t('forum.qrAlt', { code: model.joinCode })} className="projector__qr" data-testid="projector-qr" />
        </div>
        <p className="projector__code-label">{t('projector.orTypeCode')}</p>
        <p className="projector__code" data-testid="projector-join-code">
          {model.joinCode}
        </p>
        <p className="projector__url" data-testid="projector-join-url">
          {model.joinUrl}
        </p>
      </section>
      <div className="projector__content">
        <section aria-labelledby="projector-agenda-heading" className="projector__panel">
          <h2 id="projector-agenda-heading" className="projector__label">
            {t('projector.currentItem')}
          </h2>
          <p className="projector__agenda" data-testid="projector-current-agenda">
            {model.currentAgenda?.title ?? t('projector.noCurrentItem')}
          </p>
        </section>
        {/* Beside the QR there is room for one more panel: what the room agrees on, once there is any. */}
        {model.consensus ? (
          <ProjectorConsensus consensus={model.consensus} variant="panel" maxOpen={1} maxApproved={3} />
        ) : (
          <section aria-labelledby="projector-questions-heading" className="projector__panel">
            <h2 id="projector-questions-heading" className="projector__label">
              {t('projector.topQuestions')}
            </h2>
            <ProjectorQuestions questions={model.questions} compact />
          </section>
        )}
      </div>
    </div>
  );
}
