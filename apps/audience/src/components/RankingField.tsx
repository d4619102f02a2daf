import { useEffect, useState } from 'react';
import type { PollOption } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import { moveItem } from '../lib/poll-answer';

interface Props {
  pollId: string;
  options: PollOption[];
  /** Every option id, best first. */
  order: string[];
  onChange: (order: string[]) => void;
}

/** Reordering with buttons rather than dragging: it works with one thumb, a keyboard and a screen reader. */
export function RankingField({ pollId, options, order, onChange }: Props) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<string | null>(null);
  const label = (id: string) => options.find((option) => option.id === id)?.label ?? '?';

  // Moving a row moves its buttons in the document, which drops the focus: give it back.
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
  }, [focus, order]);

  const move = (index: number, delta: number, buttonId: string) => {
    const next = moveItem(order, index, delta);
    if (next[index] === order[index]) return;
    onChange(next);
    setFocus(buttonId);
    const position = index + delta + 1;
    setAnnouncement(t('polls.moved', { label: label(order[index]), position, total: order.length }));
  };

  return (
    <>
      <ol className="rank">
        {order.map((id, index) => {
          const up = `${pollId}-${id}-up`;
          const down = `${pollId}-${id}-down`;
          return (
            <li key={id} data-testid="poll-rank-item" data-option-id={id}>
              <span className="position" aria-hidden="true">
                {index + 1}
              </span>
              <span className="grow">{label(id)}</span>
              <button
                id={up}
                type="button"
                data-testid="poll-rank-up"
                aria-label={t('polls.up', { label: label(id) })}
                aria-disabled={index === 0}
                onClick={() => move(index, -1, up)}
              >
                <span aria-hidden="true">▲</span>
              </button>
              <button
                id={down}
                type="button"
                data-testid="poll-rank-down"
                aria-label={t('polls.down', { label: label(id) })}
                aria-disabled={index === order.length - 1}
                onClick={() => move(index, 1, down)}
              >
                <span aria-hidden="true">▼</span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="sr-only" aria-live="assertive">
        {announcement}
      </p>
    </>
  );
}
