import { useTranslation } from 'react-i18next';
import { pollResultView, type PollResults, type PollView } from '@mufakat/contracts';
import { localeFor } from '../../lib/datetime';
import { formatAverage, formatScore, wordCloudSizes } from '../../lib/poll-results';

export type ResultsVariant = 'staff' | 'projector';

/** Test hooks per variant: the projector's are part of the browser test's contract. */
const TEST_IDS = {
  staff: {
    bar: 'poll-bar',
    word: 'poll-word',
    rank: 'poll-rank-row',
    average: 'poll-rating-average',
    open: 'poll-open-answer',
    respondents: 'poll-respondents',
  },
  projector: {
    bar: 'projector-poll-bar',
    word: 'projector-word',
    rank: 'projector-rank-row',
    average: 'projector-rating-average',
    open: 'projector-open-answer',
    respondents: 'projector-poll-respondents',
  },
} as const;

/** Word sizes in em: a projector has room for a wider range. */
const WORD_SIZES: Record<ResultsVariant, [number, number]> = { staff: [0.95, 2.4], projector: [1.1, 4.2] };

interface PollResultsViewProps {
  poll: PollView;
  /** null: nothing counted yet. */
  results: PollResults | null;
  variant: ResultsVariant;
  /** Open-text answers shown, newest first. */
  maxOpenAnswers?: number;
}

/** Live results drawn with plain HTML and CSS, numbers always written next to the shapes. */
export function PollResultsView({ poll, results, variant, maxOpenAnswers = 100 }: PollResultsViewProps) {
  const { t, i18n } = useTranslation();
  const ids = TEST_IDS[variant];
  const locale = localeFor(i18n.language);
  const respondents = results?.respondents ?? 0;
  return (
    <div className={`results results--${variant}`}>
      <p className="results__respondents">
        <span data-testid={ids.respondents}>{respondents}</span> {t('polls.respondents', { count: respondents })}
      </p>
      {!results || respondents === 0 ? (
        <p className="results__empty">{t('polls.noAnswers')}</p>
      ) : (
        <ResultsChart poll={poll} results={results} variant={variant} locale={locale} maxOpenAnswers={maxOpenAnswers} ids={ids} />
      )}
    </div>
  );
}

interface ChartProps {
  poll: PollView;
  results: PollResults;
  variant: ResultsVariant;
  locale: string;
  maxOpenAnswers: number;
  ids: (typeof TEST_IDS)[ResultsVariant];
}

function ResultsChart({ poll, results, variant, locale, maxOpenAnswers, ids }: ChartProps) {
  const { t } = useTranslation();
  const view = pollResultView(poll, results, { answers: maxOpenAnswers });
  switch (view.type) {
    case 'single':
    case 'multiple':
      return (
        <>
          <ul className="bars">
            {view.rows.map((bar) => (
              <li key={bar.key} className="bars__row" data-testid={ids.bar} data-option-id={bar.key} data-count={bar.count}>
                <span className="bars__label">{bar.label}</span>
                <span className="bars__track" aria-hidden="true">
                  <span className="bars__fill" style={{ width: `${bar.width}%` }} />
                </span>
                <span className="bars__value">
                  <strong>{bar.count}</strong> <span className="bars__percent">({bar.percent}%)</span>
                </span>
              </li>
            ))}
          </ul>
          {view.type === 'multiple' && <p className="results__note">{t('polls.multipleNote')}</p>}
        </>
      );
    case 'rating':
      return (
        <div className="rating">
          <p className="rating__average">
            {t('polls.average')}{' '}
            <strong data-testid={ids.average} data-value={view.average ?? ''}>
              {view.average === null ? '—' : formatAverage(view.average, locale)}
            </strong>{' '}
            {t('polls.outOf', { max: view.scaleMax })}
          </p>
          <ol className="rating__columns" aria-label={t('polls.distribution')}>
            {view.rows.map((column) => (
              <li key={column.key} className="rating__column" data-value={column.label} data-count={column.count}>
                <span className="rating__count">{column.count}</span>
                <span className="rating__track" aria-hidden="true">
                  <span className="rating__fill" style={{ height: `${column.relative}%` }} />
                </span>
                <span className="rating__value">
                  <span className="visually-hidden">{t('polls.ratingValue')} </span>
                  {column.label}
                </span>
              </li>
            ))}
          </ol>
        </div>
      );
    case 'wordcloud': {
      const [min, max] = WORD_SIZES[variant];
      return (
        <ul className="word-cloud">
          {wordCloudSizes(view.rows, min, max).map((word) => (
            <li key={word.word} className="word-cloud__word" style={{ fontSize: `${word.size}em` }} data-testid={ids.word} data-count={word.count}>
              {word.word}
              <span className="visually-hidden"> ({word.count})</span>
            </li>
          ))}
        </ul>
      );
    }
    case 'open':
      return (
        // Scrolls on the console, so it must be reachable by keyboard.
        <div className="open-answers" role="region" aria-label={t('polls.openAnswers')} tabIndex={variant === 'staff' ? 0 : undefined}>
          <ul className="open-answers__list">
            {view.answers.map((answer, index) => (
              <li key={`${answer.at}-${index}`} className="open-answers__item" data-testid={ids.open}>
                {answer.text}
              </li>
            ))}
          </ul>
        </div>
      );
    case 'ranking':
      return (
        <>
          <p className="results__note">
            {t('polls.rankingMethodUsed', { method: t(`rankingMethods.${view.method}`) })} — {t(`polls.rankingExplain.${view.method}`)}
          </p>
          <ol className="ranking">
            {view.rows.map((row) => (
              <li key={row.key} className="ranking__row" data-testid={ids.rank} data-option-id={row.key} data-score={row.score}>
                <span className="ranking__rank">{row.rank}</span>
                <span className="ranking__label">{row.label}</span>
                <span className="bars__track" aria-hidden="true">
                  <span className="bars__fill" style={{ width: `${row.width}%` }} />
                </span>
                <span className="ranking__score">{t(`polls.score.${view.method}`, { score: formatScore(row.score, view.method, locale) })}</span>
              </li>
            ))}
          </ol>
        </>
      );
  }
}
