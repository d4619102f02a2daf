import type { PollResults, PollView } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import { resultView } from '../lib/poll-results';

/** Compact results for a phone: plain CSS bars, no chart library. */
export function PollResultsView({ poll, results }: { poll: PollView; results: PollResults }) {
  const { t, language } = useTranslation();
  const view = resultView(poll, results);
  const number = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  const headingId = `${poll.id}-results`;
  return (
    <section className="results" data-testid="poll-results" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('polls.results')} <span className="muted">· {t('polls.respondents', { count: view.respondents })}</span>
      </h4>
      {view.kind === 'bars' && (
        <ul className="bars">
          {view.rows.map((row) => (
            <li key={row.key}>
              <span className="row">
                <span>{row.label}</span>
                <span>
                  {row.count} ({row.percent}%)
                </span>
              </span>
              <span className="track" aria-hidden="true">
                <span style={{ width: `${row.percent}%` }} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {view.kind === 'bars' && view.average !== null && <p>{t('polls.average', { value: number(view.average) })}</p>}
      {view.kind === 'ranking' && (
        <ol className="ranked">
          {view.rows.map((row) => (
            <li key={row.key}>
              {row.label}{' '}
              <span className="muted">
                {t(view.method === 'borda' ? 'polls.points' : 'polls.position', { score: number(row.score) })}
              </span>
            </li>
          ))}
        </ol>
      )}
      {view.kind === 'answers' && (
        <ul className="list">
          {view.answers.map((answer, index) => (
            <li key={index}>{answer}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
