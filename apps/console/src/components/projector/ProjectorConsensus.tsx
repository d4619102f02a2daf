import { useTranslation } from 'react-i18next';
import { CONSENSUS_SIGNALS } from '@mufakat/contracts';
import type { ProjectorConsensusModel } from '../../lib/projector';
import { SignalIcon } from '../consensus/SignalIcon';

export type ProjectorConsensusVariant = 'panel' | 'strip';

interface ProjectorConsensusProps {
  consensus: ProjectorConsensusModel;
  /** A panel in the agenda and join views; a strip under a poll or the speakers, which keep the stage. */
  variant: ProjectorConsensusVariant;
  /** How many of the model's items fit where the panel is; the rest are counted. */
  maxOpen?: number;
  maxApproved?: number;
}

/**
 * What the room is asked to agree on, with its live counts in words, shapes and numbers, and what it has
 * agreed, numbered as in the Berita Acara. Approvals are spoken politely to screen readers.
 */
export function ProjectorConsensus({ consensus, variant, maxOpen = consensus.open.length, maxApproved = consensus.approved.length }: ProjectorConsensusProps) {
  const { t } = useTranslation();
  const latest = consensus.approved.at(-1);
  const open = consensus.open.slice(0, maxOpen);
  const moreOpen = consensus.moreOpen + consensus.open.length - open.length;
  const approved = maxApproved > 0 ? consensus.approved.slice(-maxApproved) : [];
  const earlierApproved = consensus.earlierApproved + consensus.approved.length - approved.length;
  return (
    <section
      className={`projector-consensus projector-consensus--${variant}`}
      aria-labelledby="projector-consensus-heading"
      data-testid="projector-consensus"
      data-variant={variant}
    >
      <h2 id="projector-consensus-heading" className="projector__label">
        {t('projector.consensus')}
      </h2>
      {open.length > 0 && (
        <div className="projector-consensus__asked">
          <p className="projector-consensus__asked-label">{t('projector.consensusAsked')}</p>
          <ul className="projector-consensus__open">
            {open.map(({ item, counts, total }) => (
              <li key={item.id} className="projector-consensus__open-item" data-testid="projector-consensus-open" data-item-id={item.id}>
                <p className="projector-consensus__text">{item.text}</p>
                <ul className="projector-consensus__counts" aria-label={t('projector.consensusCounts', { count: total })}>
                  {CONSENSUS_SIGNALS.map((signal) => (
                    <li
                      key={signal}
                      className={`projector-consensus__count projector-consensus__count--${signal}`}
                      data-testid="projector-consensus-count"
                      data-signal={signal}
                    >
                      <SignalIcon signal={signal} className="projector-signal-icon" />
                      <span className="projector-consensus__count-value">{counts[signal]}</span>
                      <span className="projector-consensus__count-label">{t(`consensus.signals.${signal}`)}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {moreOpen > 0 && <p className="projector__more">{t('projector.consensusMoreOpen', { count: moreOpen })}</p>}
        </div>
      )}
      {approved.length > 0 && (
        <div className="projector-consensus__approved">
          <h3 className="projector-consensus__approved-heading">{t('projector.consensusApproved')}</h3>
          {earlierApproved > 0 && <p className="projector__more">{t('projector.consensusEarlier', { count: earlierApproved })}</p>}
          <ol className="projector-consensus__list">
            {approved.map((item) => (
              <li key={item.id} className="projector-consensus__item" data-testid="projector-consensus-approved" data-number={item.number ?? ''}>
                <span className="projector-consensus__number">
                  <span className="visually-hidden">{t('consensus.numberPrefix')} </span>
                  {item.number}
                </span>
                <span className="projector-consensus__item-text">{item.text}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="projector-consensus-spoken">
        {latest ? t('projector.consensusLatest', { number: latest.number ?? '', text: latest.text }) : ''}
      </p>
    </section>
  );
}
