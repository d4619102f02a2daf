import type { AgendaItemView } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';

export function CurrentAgenda({ item }: { item: AgendaItemView | null }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('live.agenda')}</h2>
      <p className="agenda" data-testid="current-agenda-title" aria-live="polite">
        {item ? item.title : t('live.noAgenda')}
      </p>
    </section>
  );
}
