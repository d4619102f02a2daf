import { useTranslation } from 'react-i18next';
import type { ReactionKind } from '@mufakat/contracts';
import { summaryParts, type Floater, type ReactionCounts } from '../../lib/reactions';

interface ReactionLayerProps {
  floaters: Floater[];
  /** The latest throttled summary, spoken politely; null before the first reaction. */
  summary: ReactionCounts | null;
}

/** Decorative icons rising from the bottom edge; the words are in the polite summary next to them. */
export function ReactionLayer({ floaters, summary }: ReactionLayerProps) {
  const { t } = useTranslation();
  const parts = summary ? summaryParts(summary) : [];
  return (
    <>
      <div className="reactions" aria-hidden="true">
        {floaters.map((floater) => (
          <span
            key={floater.id}
            className={`reaction reaction--${floater.kind}`}
            style={{ left: `${floater.left}%`, animationDelay: `${floater.delayMs}ms` }}
            data-testid="projector-reaction"
            data-kind={floater.kind}
            title={t(`reactions.${floater.kind}`)}
          >
            <ReactionIcon kind={floater.kind} />
            <span className="visually-hidden">{t(`reactions.${floater.kind}`)}</span>
          </span>
        ))}
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="projector-reaction-summary">
        {parts.length > 0 && t('reactions.summary', { list: parts.map(({ kind, count }) => t(`reactions.counted.${kind}`, { count })).join(', ') })}
      </p>
    </>
  );
}

export function ReactionIcon({ kind }: { kind: ReactionKind }) {
  return (
    <svg viewBox="0 0 48 48" className="reaction__icon" focusable="false" aria-hidden="true">
      {kind === 'applause' && (
        <>
          <circle cx="24" cy="24" r="23" fill="#ffd166" />
          <rect x="11" y="15" width="13" height="24" rx="6.5" transform="rotate(-20 17.5 27)" fill="#fff4d6" stroke="#3b2a00" strokeWidth="2.5" />
          <rect x="23" y="15" width="13" height="24" rx="6.5" transform="rotate(20 29.5 27)" fill="#fff4d6" stroke="#3b2a00" strokeWidth="2.5" />
          <path d="M12 9l3 4M24 5v6M36 9l-3 4" stroke="#3b2a00" strokeWidth="3" strokeLinecap="round" />
        </>
      )}
      {kind === 'agree' && (
        <>
          <circle cx="24" cy="24" r="23" fill="#7ee2a8" />
          <path d="M11 23h6v15h-6z" fill="#0b3d22" />
          <path
            d="M19 23l6-11c2.5 0 4 1.8 3.6 4.3L28 21h8.5a3 3 0 0 1 3 3.6l-2.2 10.6A3 3 0 0 1 34.4 38H19z"
            fill="#ffffff"
            stroke="#0b3d22"
            strokeWidth="2.5"
            strokeLinejoin="round"
          />
        </>
      )}
      {kind === 'unclear' && (
        <>
          <circle cx="24" cy="24" r="23" fill="#9cc3ff" />
          <path d="M17.5 18a6.5 6.5 0 1 1 9.5 5.8c-2 1-3 2.4-3 4.4v1.3" fill="none" stroke="#0a1f45" strokeWidth="4.5" strokeLinecap="round" />
          <circle cx="24" cy="36.5" r="3" fill="#0a1f45" />
        </>
      )}
    </svg>
  );
}
