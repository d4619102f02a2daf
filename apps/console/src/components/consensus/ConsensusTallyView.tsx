import { useTranslation } from 'react-i18next';
import { CONSENSUS_SIGNALS, type ConsensusTally } from '@mufakat/contracts';
import { useThrottledValue } from '../../hooks/useThrottledValue';
import { tallyTable } from '../../lib/consensus';
import { SignalIcon } from './SignalIcon';

/** Screen readers hear the open item's totals at most this often while signals pour in. */
const ANNOUNCE_EVERY_MS = 10000;

interface ConsensusTallyViewProps {
  tally: ConsensusTally | undefined;
  /** The item's text element, so the table is named after the item. */
  itemTextId: string;
  /** Signals still arrive: the totals are spoken now and then. */
  live: boolean;
}

/** Totals in words and numbers (a stacked bar beside them for a glance), then the split by stakeholder category. */
export function ConsensusTallyView({ tally, itemTextId, live }: ConsensusTallyViewProps) {
  const { t } = useTranslation();
  const table = tallyTable(tally);
  const { total } = table;
  const summary = t('consensus.tally.summary', {
    count: total.total,
    agree: total.counts.agree,
    disagree: total.counts.disagree,
    abstain: total.counts.abstain,
  });
  const spoken = useThrottledValue(summary, ANNOUNCE_EVERY_MS);
  return (
    <div className="tally" data-testid="consensus-tally" data-total={total.total}>
      <ul className="tally__signals">
        {CONSENSUS_SIGNALS.map((signal) => (
          <li
            key={signal}
            className={`tally__signal tally__signal--${signal}`}
            data-testid="consensus-signal-count"
            data-signal={signal}
            data-count={total.counts[signal]}
          >
            <SignalIcon signal={signal} />
            <span className="tally__signal-label">{t(`consensus.signals.${signal}`)}</span>
            <strong className="tally__signal-count">{total.counts[signal]}</strong>
            <span className="tally__signal-percent">({total.percent[signal]}%)</span>
          </li>
        ))}
        <li className="tally__signal tally__signal--total">
          <span className="tally__signal-label">{t('consensus.tally.total')}</span>
          <strong className="tally__signal-count">{total.total}</strong>
        </li>
      </ul>
      {total.total > 0 && (
        <span className="tally__bar" aria-hidden="true">
          {CONSENSUS_SIGNALS.map((signal) =>
            total.counts[signal] > 0 ? (
              <span key={signal} className={`tally__bar-part tally__bar-part--${signal}`} style={{ flexGrow: total.counts[signal] }} />
            ) : null,
          )}
        </span>
      )}
      {tally?.verified && (
        <p className="tally__verified" data-testid="consensus-verified">
          {t('consensus.tally.verified', { agree: tally.verified.agree, disagree: tally.verified.disagree, abstain: tally.verified.abstain })}
        </p>
      )}
      {live && (
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {spoken}
        </p>
      )}
      {table.categories.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('consensus.tally.byCategory')}>
          <table className="table table--numbers" data-testid="consensus-category-table" aria-describedby={itemTextId}>
            <caption className="table__caption">{t('consensus.tally.byCategory')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('participant.category')}</th>
                {CONSENSUS_SIGNALS.map((signal) => (
                  <th key={signal} scope="col">
                    {t(`consensus.signals.${signal}`)}
                  </th>
                ))}
                <th scope="col">{t('consensus.tally.total')}</th>
              </tr>
            </thead>
            <tbody>
              {table.categories.map((row) => (
                <tr key={row.category} data-testid="consensus-category-row" data-category={row.category}>
                  <th scope="row">{t(`categories.${row.category}`, { defaultValue: row.category })}</th>
                  {CONSENSUS_SIGNALS.map((signal) => (
                    <td key={signal}>
                      {row.counts[signal]} <span className="table__percent">({row.percent[signal]}%)</span>
                    </td>
                  ))}
                  <td>{row.total}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('consensus.tally.total')}</th>
                {CONSENSUS_SIGNALS.map((signal) => (
                  <td key={signal}>{total.counts[signal]}</td>
                ))}
                <td>{total.total}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
