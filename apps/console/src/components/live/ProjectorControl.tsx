import { useTranslation } from 'react-i18next';
import type { PollView, ProjectorView } from '@mufakat/contracts';
import { CheckboxField } from '../CheckboxField';

interface ProjectorControlProps {
  projector: ProjectorView;
  /** Polls the room can see (opened or closed). */
  polls: PollView[];
  busy: boolean;
  onShow: (view: ProjectorView) => void;
}

const SIMPLE_MODES = ['join', 'agenda', 'speakers'] as const;

/** What the hall sees; a press switches every projector instantly and the pressed button marks the active view. */
export function ProjectorControl({ projector, polls, busy, onShow }: ProjectorControlProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="projector-control__now" data-testid="projector-active">
        {t('projectorControl.showing')}{' '}
        <strong>
          {projector.mode === 'poll'
            ? t('projectorControl.pollNamed', { question: polls.find((p) => p.id === projector.pollId)?.question ?? '—' })
            : t(`projectorModes.${projector.mode}`)}
        </strong>
      </p>
      <div role="group" aria-label={t('projectorControl.views')} className="projector-control">
        {SIMPLE_MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            className="projector-control__button"
            data-testid={`projector-show-${mode}`}
            aria-pressed={projector.mode === mode}
            disabled={busy}
            onClick={() => onShow({ mode })}
          >
            <span className="projector-control__title">{t(`projectorModes.${mode}`)}</span>
            <span className="projector-control__hint">{t(`projectorControl.hints.${mode}`)}</span>
          </button>
        ))}
      </div>
      {projector.mode === 'join' && (
        <CheckboxField
          label={t('projectorControl.pinJoin')}
          hint={t('projectorControl.pinJoinHint')}
          testId="projector-pin-join"
          checked={projector.pinned === true}
          disabled={busy}
          onChange={(pinned) => onShow({ mode: 'join', pinned })}
        />
      )}
      <h3 id="projector-polls-heading">{t('projectorControl.polls')}</h3>
      {polls.length === 0 ? (
        <p className="empty">{t('projectorControl.noPolls')}</p>
      ) : (
        <ul className="projector-control__polls" aria-labelledby="projector-polls-heading">
          {polls.map((poll) => {
            const active = projector.mode === 'poll' && projector.pollId === poll.id;
            return (
              <li key={poll.id}>
                <button
                  type="button"
                  className="projector-control__button projector-control__button--poll"
                  data-testid="projector-show-poll"
                  data-poll-id={poll.id}
                  aria-pressed={active}
                  disabled={busy}
                  onClick={() => onShow({ mode: 'poll', pollId: poll.id })}
                >
                  <span className="projector-control__title">{poll.question}</span>
                  <span className="projector-control__hint">
                    {t(`pollTypes.${poll.type}`)} · {t(`pollStatus.${poll.status}`)}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
