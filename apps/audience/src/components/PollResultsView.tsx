import { pollResultView, type PollResults, type PollView } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';

/** Word clouds and open answers can be long: a phone shows the head of the list. */
const PHONE_LIMITS = { words: 8, answers: 5 };

/** Compact results for a phone: plain CSS bars, no chart library. */
export function PollResultsView({ poll, results }: { poll: PollView; results: PollResults }) {
  const { t, language } = useTranslation();
  const view = pollResultView(poll, results, PHONE_LIMITS);
  const number = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  const headingId = `${poll.id}-results`;
  return (
    <section className="results" data-testid="poll-results" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('polls.results')} <span className="muted">· {t('polls.respondents', { count: view.respondents })}</span>
      </h4>
      {view.type !== 'ranking' && view.type !== 'open' && (
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
                <span style={{ width: `${row.width}%` }} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {view.type === 'rating' && view.average !== null && <p>{t('polls.average', { value: number(view.average) })}</p>}
      {view.type === 'ranking' && (
        <ol className="ranked">
          {view.rows.map((row) => (
            <li key={row.key}>
              {row.label} <span className="muted">{t(view.method === 'borda' ? 'polls.points' : 'polls.position', { score: number(row.score) })}</span>
            </li>
          ))}
        </ol>
      )}
      {view.type === 'open' && (
        <ul className="list">
          {view.answers.map((answer, index) => (
            <li key={index}>{answer.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
