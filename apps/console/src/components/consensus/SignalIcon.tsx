import type { ConsensusSignal } from '@mufakat/contracts';

/** A shape per signal (tick, cross, dash), so the meaning never rests on colour alone; the words sit beside it. */
export function SignalIcon({ signal, className = 'signal-icon' }: { signal: ConsensusSignal; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" className={`${className} ${className}--${signal}`} focusable="false" aria-hidden="true">
      {signal === 'agree' && <path d="M4.5 12.5l5 5 10-11" fill="none" stroke="currentColor" strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round" />}
      {signal === 'disagree' && <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" strokeWidth="3.2" strokeLinecap="round" />}
      {signal === 'abstain' && <path d="M5 12h14" fill="none" stroke="currentColor" strokeWidth="3.2" strokeLinecap="round" />}
    </svg>
  );
}
