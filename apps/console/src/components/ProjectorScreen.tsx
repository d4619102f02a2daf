import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '@mufakat/client';
import type { ProjectorModel } from '../lib/projector';
import { ConnectionStatus } from './ConnectionStatus';

interface ProjectorScreenProps {
  model: ProjectorModel;
  connection: ConnectionState;
}

/** Read from the back of a hall: few things, very large, high contrast, all on one screen. */
export function ProjectorScreen({ model, connection }: ProjectorScreenProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="projector__top">
        <h1 className="projector__title">{model.title}</h1>
        <section aria-labelledby="projector-attendance-heading" className="projector__attendance-panel">
          <h2 id="projector-attendance-heading" className="projector__label">
            {t('projector.attendance')}
          </h2>
          <dl className="projector__attendance">
            <div>
              <dt>{t('modes.room')}</dt>
              <dd data-testid="projector-attendance-room">{model.attendance.room}</dd>
            </div>
            <div>
              <dt>{t('modes.online')}</dt>
              <dd data-testid="projector-attendance-online">{model.attendance.online}</dd>
            </div>
          </dl>
        </section>
      </div>

      <div className="projector__grid">
        <section className="projector__join" aria-labelledby="projector-join-heading">
          <h2 id="projector-join-heading" className="projector__label">
            {t('projector.joinHeading')}
          </h2>
          <div className="projector__qr-frame">
            <img
              src={model.qrSrc}
              alt={t('forum.qrAlt', { code: model.joinCode })}
              className="projector__qr"
              data-testid="projector-qr"
            />
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
              {model.currentAgendaTitle ?? t('projector.noCurrentItem')}
            </p>
          </section>

          <section aria-labelledby="projector-questions-heading" className="projector__panel">
            <h2 id="projector-questions-heading" className="projector__label">
              {t('projector.topQuestions')}
            </h2>
            {model.questions.length === 0 ? (
              <p className="projector__empty">{t('projector.noQuestions')}</p>
            ) : (
              <ol className="projector__questions">
                {model.questions.map((question) => (
                  <li key={question.id} className="projector__question" data-testid="projector-question">
                    <p className="projector__votes">
                      <span data-testid="question-upvotes">{question.upvotes}</span>
                      <span className="visually-hidden"> {t('live.upvotes', { count: question.upvotes })}</span>
                    </p>
                    <div>
                      <p className="projector__question-text">{question.text}</p>
                      <p className="projector__question-author">{question.authorName}</p>
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <ConnectionStatus connection={connection} testId="projector-connection" className="projector__connection" />
        </div>
      </div>
    </>
  );
}
