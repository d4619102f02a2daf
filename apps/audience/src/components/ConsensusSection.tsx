import { CONSENSUS_SIGNALS, groupConsensus, type AckError, type ConsensusItemView, type ConsensusSignal, type ConsensusTally } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import { followUpWhen, shownSignal, type PendingSignals } from '../lib/consensus';
import { errorMessage } from '../lib/error-message';

interface Props {
  items: ConsensusItemView[];
  tallies: Record<string, ConsensusTally>;
  /** Acknowledged signals, from the server. */
  signals: Record<string, ConsensusSignal>;
  pending: PendingSignals;
  errors: Record<string, AckError>;
  onSignal: (itemId: string, signal: ConsensusSignal) => void;
}

/**
 * Items put to the room, each with agree / disagree / abstain (the attendee's signal, changeable while open),
 * then what was agreed, with its follow-up plan.
 */
export function ConsensusSection({ items, tallies, signals, pending, errors, onSignal }: Props) {
  const { t, language } = useTranslation();
  const { open, approved } = groupConsensus(items);
  const counts = (tally: ConsensusTally | undefined) =>
    tally && (
      <p className="muted" data-testid="consensus-tally">
        {t('consensus.room')} {CONSENSUS_SIGNALS.map((signal) => `${t(`consensus.signal.${signal}`)} ${tally.total[signal]}`).join(' · ')}
      </p>
    );

  return (
    <>
      {open.map((item) => {
        const id = `consensus-${item.id}`;
        const shown = shownSignal(item.id, signals, pending);
        const error = errors[item.id];
        return (
          <article key={item.id} className="card" data-testid="consensus-open" aria-labelledby={id}>
            <p className="eyebrow">{t('consensus.proposed')}</p>
            <h3 id={id}>{item.text}</h3>
            <fieldset aria-describedby={id}>
              <legend>{t('consensus.yourSignal')}</legend>
              <div className="signals">
                {CONSENSUS_SIGNALS.map((signal) => (
                  <button
                    key={signal}
                    type="button"
                    data-testid={`consensus-${signal}`}
                    aria-pressed={shown === signal}
                    onClick={() => shown !== signal && onSignal(item.id, signal)}
                  >
                    {t(`consensus.signal.${signal}`)}
                  </button>
                ))}
              </div>
            </fieldset>
            <p role="status" className={shown ? 'success' : 'muted'}>
              {shown && t(pending[item.id] ? 'consensus.sending' : 'consensus.recorded', { signal: t(`consensus.signal.${shown}`) })}
            </p>
            {error && (
              <p className="error" role="alert">
                {t('consensus.failed', { message: errorMessage(error, t) })}
              </p>
            )}
            {counts(tallies[item.id])}
          </article>
        );
      })}
      {approved.length > 0 && (
        <section className="card" aria-labelledby="agreed-heading">
          <h3 id="agreed-heading">{t('consensus.agreed')}</h3>
          <ol className="list">
            {approved.map((item) => (
              <li key={item.id} data-testid="consensus-approved">
                <p>
                  <span className="status approved">{t('consensus.number', { number: item.number ?? '?' })}</span> {item.text}
                </p>
                {item.followUp && (
                  <dl className="facts">
                    <dt>{t('consensus.action')}</dt>
                    <dd>{item.followUp.action}</dd>
                    <dt>{t('consensus.unit')}</dt>
                    <dd>{item.followUp.responsibleUnit}</dd>
                    <dt>{t('consensus.when')}</dt>
                    <dd>{followUpWhen(item.followUp, language) || '—'}</dd>
                  </dl>
                )}
                {counts(tallies[item.id])}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
