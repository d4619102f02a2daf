import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';

export type PageLoader = (documentId: string) => Promise<string[]>;

/**
 * The version to sign, page by page as its PDF prints it, readable at a phone's width (pinch to zoom). Tells its parent
 * once the end of the last page has been on screen: signing is enabled only after the whole document was shown.
 */
export function DocumentReader({ documentId, version, loadPages, onRead }: { documentId: string; version: number; loadPages: PageLoader; onRead: () => void }) {
  const { t } = useTranslation();
  const [pages, setPages] = useState<string[] | null>(null);
  const [failed, setFailed] = useState(false);
  const end = useRef<HTMLParagraphElement>(null);
  const told = useRef(false);

  useEffect(() => {
    let live = true;
    let loaded: string[] = [];
    setPages(null);
    setFailed(false);
    loadPages(documentId).then(
      (urls) => {
        loaded = urls;
        if (live) setPages(urls);
        else urls.forEach((url) => URL.revokeObjectURL(url));
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      loaded.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [documentId, loadPages]);

  useEffect(() => {
    const target = end.current;
    if (!pages || !target) return;
    const tell = () => {
      if (told.current) return;
      told.current = true;
      onRead();
    };
    if (typeof IntersectionObserver === 'undefined') return tell();
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && tell());
    observer.observe(target);
    return () => observer.disconnect();
  }, [pages, onRead]);

  if (failed)
    return (
      <p className="error" role="alert">
        {t('signing.readFailed')}
      </p>
    );
  if (!pages) return <p className="muted">{t('signing.loadingPages')}</p>;
  return (
    <section className="reader" aria-label={t('signing.version', { version })} data-testid="signing-reader">
      <p className="muted">{t('signing.readHint', { count: pages.length })}</p>
      <ol className="reader__pages">
        {pages.map((url, i) => (
          <li key={url}>
            <img src={url} alt={t('signing.pageAlt', { page: i + 1, total: pages.length, version })} width={780} height={1103} className="reader__page" />
          </li>
        ))}
      </ol>
      <p ref={end} className="muted" data-testid="signing-reader-end">
        {t('signing.readEnd', { version })}
      </p>
    </section>
  );
}
