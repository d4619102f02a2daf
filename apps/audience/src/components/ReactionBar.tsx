import { useEffect, useRef, useState } from 'react';
import { REACTION_KINDS, type AckError, type ReactionKind } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import { cooldownLeft, REACTION_COOLDOWN_MS } from '../lib/cooldown';
import { errorMessage } from '../lib/error-message';

/** Quick signals to the stage, held back for a moment after each so one thumb cannot flood the room. */
export function ReactionBar({ onReact }: { onReact: (kind: ReactionKind) => Promise<AckError | null> }) {
  const { t } = useTranslation();
  const lastAt = useRef<number | null>(null);
  const [cooling, setCooling] = useState(false);
  const [sent, setSent] = useState<ReactionKind | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!cooling) return;
    const timer = setTimeout(() => setCooling(false), REACTION_COOLDOWN_MS);
    return () => clearTimeout(timer);
  }, [cooling]);

  const react = async (kind: ReactionKind) => {
    if (cooldownLeft(lastAt.current, Date.now(), REACTION_COOLDOWN_MS) > 0) return;
    lastAt.current = Date.now();
    setCooling(true);
    setError(null);
    setSent(null);
    const refusal = await onReact(kind);
    if (!refusal) setSent(kind);
    else setError(refusal.code === 'RATE_LIMITED' ? t('react.rateLimited') : t('react.failed', { message: errorMessage(refusal, t) }));
  };

  return (
    <div role="group" aria-label={t('react.label')}>
      <div className="reactions">
        {REACTION_KINDS.map((kind) => (
          <button key={kind} type="button" data-testid={`react-${kind}`} aria-disabled={cooling} onClick={() => void react(kind)}>
            {t(`react.${kind}`)}
          </button>
        ))}
      </div>
      <p className="muted" role="status">
        {sent && cooling ? t('react.sent', { kind: t(`react.${sent}`) }) : ''}
      </p>
      {error && (
        <p className="error" role="alert" data-testid="react-error">
          {error}
        </p>
      )}
    </div>
  );
}
