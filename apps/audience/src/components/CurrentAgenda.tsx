import type { ReactNode } from 'react';
import type { AgendaItemView } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';

export function CurrentAgenda({ item, children }: { item: AgendaItemView | null; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" className="eyebrow">
        {t('live.agenda')}
      </h2>
      <p className="agenda" data-testid="current-agenda-title" aria-live="polite">
        {item ? item.title : t('live.noAgenda')}
      </p>
      {children}
    </section>
  );
}
