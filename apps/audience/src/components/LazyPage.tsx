import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { Message } from './Message';

type Loaded<P> = { Page: ComponentType<P> } | 'loading' | 'failed';

/**
 * A page fetched when first shown: the public pages stay out of the attendee's first load. `load` must be a
 * stable function (defined at module level), or the page would be fetched again on every render.
 */
export function LazyPage<P extends object>({ load, props }: { load: () => Promise<ComponentType<P>>; props: P }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded<P>>('loading');
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setLoaded('loading');
    load().then(
      (Page) => current && setLoaded({ Page }),
      () => current && setLoaded('failed'),
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);
  if (loaded === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (loaded === 'failed') {
    return (
      <Message title={t('errors.unavailable')}>
        <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('join.retry')}
        </button>
      </Message>
    );
  }
  const { Page } = loaded;
  return <Page {...props} />;
}
