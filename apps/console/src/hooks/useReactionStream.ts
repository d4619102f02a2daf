import { useEffect, useRef, useState } from 'react';
import type { LiveForumClient } from '@mufakat/client';
import {
  addBurst,
  capFloaters,
  emptyCounts,
  FLOAT_MS,
  floatersFor,
  SUMMARY_INTERVAL_MS,
  totalCount,
  type Floater,
  type ReactionCounts,
} from '../lib/reactions';

/**
 * Live reactions as icons that float for a few seconds, plus a summary for screen readers that changes at
 * most every SUMMARY_INTERVAL_MS (a stream of announcements would drown everything else).
 */
export function useReactionStream(client: LiveForumClient | null): { floaters: Floater[]; summary: ReactionCounts | null } {
  const [floaters, setFloaters] = useState<Floater[]>([]);
  const [summary, setSummary] = useState<ReactionCounts | null>(null);
  const nextId = useRef(0);

  useEffect(() => {
    if (!client) return;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    let pending = emptyCounts();
    let lastSummaryAt = 0;
    let summaryTimer: ReturnType<typeof setTimeout> | null = null;

    const later = (run: () => void, ms: number) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        run();
      }, ms);
      timers.add(timer);
      return timer;
    };

    const off = client.onReactions((burst) => {
      const added = floatersFor(burst, nextId.current);
      nextId.current += added.length;
      if (added.length > 0) {
        const ids = new Set(added.map((f) => f.id));
        setFloaters((previous) => capFloaters([...previous, ...added]));
        later(() => setFloaters((previous) => previous.filter((f) => !ids.has(f.id))), FLOAT_MS + Math.max(...added.map((f) => f.delayMs)) + 100);
      }
      pending = addBurst(pending, burst);
      if (summaryTimer || totalCount(pending) === 0) return;
      summaryTimer = later(
        () => {
          summaryTimer = null;
          lastSummaryAt = Date.now();
          setSummary(pending);
          pending = emptyCounts();
        },
        Math.max(0, lastSummaryAt + SUMMARY_INTERVAL_MS - Date.now()),
      );
    });

    return () => {
      off();
      timers.forEach(clearTimeout);
    };
  }, [client]);

  return { floaters, summary };
}
