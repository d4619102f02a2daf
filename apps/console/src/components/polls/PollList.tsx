import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PollResults, PollView, ProjectorView } from '@mufakat/contracts';
import { PollResultsView } from './PollResultsView';

export interface PollHandlers {
  onEdit: (poll: PollView) => void;
  onDelete: (pollId: string) => void;
  onSetStatus: (pollId: string, status: 'open' | 'closed') => void;
  onSetResultsVisible: (pollId: string, visible: boolean) => void;
  onShowOnProjector: (pollId: string) => void;
}

interface PollListProps {
  /** Newest first. */
  polls: PollView[];
  results: Record<string, PollResults>;
  projector: ProjectorView;
  agendaTitles: ReadonlyMap<string, string>;
  busyIds: ReadonlySet<string>;
  editingId: string | null;
  handlers: PollHandlers;
}

export function PollList({ polls, results, projector, agendaTitles, busyIds, editingId, handlers }: PollListProps) {
  const { t } = useTranslation();
  if (polls.length === 0) return <p className="empty">{t('polls.none')}</p>;
  return (
    <ol className="poll-list">
      {polls.map((poll) => {
        const busy = busyIds.has(poll.id);
        const headingId = `poll-${poll.id}-heading`;
        const onProjector = projector.mode === 'poll' && projector.pollId === poll.id;
        const agendaTitle = poll.agendaItemId ? agendaTitles.get(poll.agendaItemId) : undefined;
        return (
          <li key={poll.id} className={`poll-card poll-card--${poll.status}`} data-testid="staff-poll" data-poll-id={poll.id} data-status={poll.status}>
            <div className="poll-card__head">
              <h4 id={headingId} className="poll-card__question">
                {poll.question}
              </h4>
              <p className="poll-card__badges">
                <span className={`badge badge--poll-${poll.status}`}>{t(`pollStatus.${poll.status}`)}</span>
                <span className="badge badge--role">{t(`pollTypes.${poll.type}`)}</span>
                {onProjector && <span className="badge badge--current">{t('polls.onProjector')}</span>}
                {editingId === poll.id && <span className="badge badge--draft">{t('polls.editing')}</span>}
              </p>
            </div>
            <p className="poll-card__meta">
              {settingsSummary(poll, t)}
              {agendaTitle && <> · {agendaTitle}</>}
            </p>
            {/* draft → open → closed, once each way: the server keeps a closed poll's results final. */}
            <div className="poll-card__actions">
              {poll.status === 'draft' && (
                <>
                  <button
                    type="button"
                    className="button button--primary"
                    data-testid="poll-open"
                    aria-describedby={headingId}
                    disabled={busy}
                    onClick={() => handlers.onSetStatus(poll.id, 'open')}
                  >
                    {t('polls.open')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    data-testid="poll-edit"
                    aria-describedby={headingId}
                    disabled={busy}
                    onClick={() => handlers.onEdit(poll)}
                  >
                    {t('polls.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--reject"
                    data-testid="poll-delete"
                    aria-describedby={headingId}
                    disabled={busy}
                    onClick={() => handlers.onDelete(poll.id)}
                  >
                    {t('polls.delete')}
                  </button>
                </>
              )}
              {poll.status === 'open' && (
                <button
                  type="button"
                  className="button button--reject"
                  data-testid="poll-close"
                  aria-describedby={headingId}
                  disabled={busy}
                  onClick={() => handlers.onSetStatus(poll.id, 'closed')}
                >
                  {t('polls.close')}
                </button>
              )}
              <button
                type="button"
                className="button button--toggle"
                data-testid="poll-toggle-results"
                aria-pressed={poll.resultsVisible}
                aria-describedby={headingId}
                disabled={busy}
                onClick={() => handlers.onSetResultsVisible(poll.id, !poll.resultsVisible)}
              >
                {t('polls.resultsToAttendees')}
              </button>
              {poll.status !== 'draft' && (
                <button
                  type="button"
                  className="button button--toggle"
                  data-testid="poll-show-on-projector"
                  aria-pressed={onProjector}
                  aria-describedby={headingId}
                  disabled={busy}
                  onClick={() => handlers.onShowOnProjector(poll.id)}
                >
                  {t('polls.showOnProjector')}
                </button>
              )}
            </div>
            <div className="poll-card__results" data-testid="staff-poll-results">
              {poll.status === 'draft' ? (
                <p className="results__respondents">
                  <span data-testid="poll-respondents">0</span> {t('polls.respondents', { count: 0 })} · {t('polls.notOpened')}
                </p>
              ) : (
                <PollResultsView poll={poll} results={results[poll.id] ?? null} variant="staff" />
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function settingsSummary(poll: PollView, t: TFunction): string {
  const parts: string[] = [];
  if (poll.type === 'multiple' && poll.maxChoices !== null) parts.push(t('polls.maxChoicesSummary', { count: poll.maxChoices }));
  if (poll.type === 'rating' && poll.scaleMax !== null) parts.push(t('polls.form.scaleOption', { max: poll.scaleMax }));
  if (poll.type === 'ranking' && poll.rankingMethod) parts.push(t(`rankingMethods.${poll.rankingMethod}`));
  if (poll.options.length > 0) parts.push(t('polls.optionCount', { count: poll.options.length }));
  parts.push(poll.allowChange ? t('polls.changeAllowed') : t('polls.changeLocked'));
  return parts.join(' · ');
}
