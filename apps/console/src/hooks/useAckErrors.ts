import { useCallback, useRef, useState } from 'react';
import type { AckError } from '@mufakat/contracts';

export interface ShownAckError extends AckError {
  id: number;
}

const KEEP = 3;

/** Refused or unanswered socket events, newest first, until the moderator dismisses them. */
export function useAckErrors(): {
  errors: ShownAckError[];
  report: (error: AckError) => void;
  dismiss: () => void;
} {
  const [errors, setErrors] = useState<ShownAckError[]>([]);
  const nextId = useRef(1);
  const report = useCallback((error: AckError) => {
    const id = nextId.current++;
    setErrors((previous) => [{ ...error, id }, ...previous].slice(0, KEEP));
  }, []);
  const dismiss = useCallback(() => setErrors([]), []);
  return { errors, report, dismiss };
}
