import { useTranslation } from 'react-i18next';

/** A page still waiting for data still has its one heading, so the outline never has a hole. */
export function LoadingState({ title }: { title?: string }) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-busy="true">
      <h1>{title ?? t('app.loading')}</h1>
      <p role="status">{t('app.loading')}</p>
    </section>
  );
}
