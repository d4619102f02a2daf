import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useReaderTranslation } from './useReaderTranslation';

export type PageLoader = (documentId: string) => Promise<string[]>;

/** Page widths the zoom control steps through, as a share of the phone's width. */
export const READER_ZOOMS = [1, 1.5, 2, 3] as const;

const ZOOM_BUTTON = { flex: '1 1 0', padding: '8px 10px' };

/**
 * The version to sign, page by page as its PDF prints it, at the phone's width. The small print is read by zooming:
 * pinching (the viewport never forbids it) or the zoom control, which widens every page inside its own frame, scrolled
 * sideways there (by swipe or arrow keys) so the rest of the screen stays put. Tells its parent once every page and
 * the end of the last one have been on screen: signing is enabled only after the whole document was shown.
 */
export function DocumentReader({ documentId, version, loadPages, onRead }: { documentId: string; version: number; loadPages: PageLoader; onRead: () => void }) {
  const { t } = useTranslation();
  const r = useReaderTranslation();
  const [pages, setPages] = useState<string[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [zoom, setZoom] = useState(0);
  /** Pages shown so far, by index; the end marker counts as the index after the last page. */
  const [seen, setSeen] = useState<ReadonlySet<number>>(() => new Set());
  const watched = useRef<Array<HTMLElement | null>>([]);
  const told = useRef(false);

  useEffect(() => {
    let live = true;
    let loaded: string[] = [];
    setPages(null);
    setFailed(false);
    setSeen(new Set());
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
    if (!pages) return;
    const all = pages.length + 1;
    if (typeof IntersectionObserver === 'undefined') return setSeen(new Set(Array.from({ length: all }, (_, i) => i)));
    const observer = new IntersectionObserver((entries) => {
      const shown = entries.filter((entry) => entry.isIntersecting).map((entry) => Number((entry.target as HTMLElement).dataset.readerIndex));
      if (shown.length === 0) return;
      shown.forEach((index) => observer.unobserve(watched.current[index] as HTMLElement));
      setSeen((before) => (shown.every((index) => before.has(index)) ? before : new Set([...before, ...shown])));
    });
    watched.current.slice(0, all).forEach((element) => element && observer.observe(element));
    return () => observer.disconnect();
  }, [pages]);

  useEffect(() => {
    if (!pages || told.current || seen.size < pages.length + 1) return;
    told.current = true;
    onRead();
  }, [pages, seen, onRead]);

  if (failed)
    return (
      <p className="error" role="alert">
        {t('signing.readFailed')}
      </p>
    );
  if (!pages) return <p className="muted">{t('signing.loadingPages')}</p>;
  const factor = READER_ZOOMS[zoom];
  const zoomed = factor > 1;
  const percent = `${Math.round(factor * 100)}%`;
  const pagesSeen = Math.min(pages.length, [...seen].filter((index) => index < pages.length).length);
  return (
    <section className="reader" aria-label={t('signing.version', { version })} data-testid="signing-reader">
      <p className="muted">{t('signing.readHint', { count: pages.length })}</p>
      {/* One row at 390 px: the buttons share the width around the level, which screen readers hear in full. */}
      <div className="actions" role="group" aria-label={r('zoom.group')} aria-describedby={`reader-zoom-hint-${documentId}`} style={{ flexWrap: 'nowrap' }}>
        <button
          type="button"
          data-testid="reader-zoom-out"
          disabled={zoom === 0}
          onClick={() => setZoom((level) => Math.max(0, level - 1))}
          style={ZOOM_BUTTON}
        >
          <span aria-hidden="true">−</span> {r('zoom.out')}
        </button>
        <output aria-live="polite" data-testid="reader-zoom-level" style={{ alignSelf: 'center', minWidth: '3.5em', textAlign: 'center' }}>
          <span className="sr-only">{r('zoom.level', { percent })}</span>
          <span aria-hidden="true">{percent}</span>
        </output>
        <button
          type="button"
          data-testid="reader-zoom-in"
          disabled={zoom === READER_ZOOMS.length - 1}
          onClick={() => setZoom((level) => Math.min(READER_ZOOMS.length - 1, level + 1))}
          style={ZOOM_BUTTON}
        >
          <span aria-hidden="true">+</span> {r('zoom.in')}
        </button>
      </div>
      <p id={`reader-zoom-hint-${documentId}`} className="muted">
        {r('zoom.hint')}
      </p>
      <ol className="reader__pages">
        {pages.map((url, i) => (
          <li
            key={url}
            ref={(element) => {
              watched.current[i] = element;
            }}
            data-reader-index={i}
            style={{ minWidth: 0 }}
          >
            {/* A zoomed page scrolls sideways in its frame; the frame then takes focus so arrow keys scroll it too. */}
            <div
              data-testid="reader-frame"
              style={{ overflowX: 'auto' }}
              tabIndex={zoomed ? 0 : undefined}
              role={zoomed ? 'region' : undefined}
              aria-label={zoomed ? r('frame', { page: i + 1, total: pages.length }) : undefined}
            >
              <img
                src={url}
                alt={t('signing.pageAlt', { page: i + 1, total: pages.length, version })}
                width={780}
                height={1103}
                className="reader__page"
                style={{ width: `${factor * 100}%`, maxWidth: 'none' }}
              />
            </div>
          </li>
        ))}
      </ol>
      <p
        ref={(element) => {
          watched.current[pages.length] = element;
        }}
        data-reader-index={pages.length}
        className="muted"
        data-testid="signing-reader-end"
      >
        {t('signing.readEnd', { version })}
      </p>
      <p className="muted" role="status" data-testid="reader-seen" data-seen={pagesSeen}>
        {r('seen', { seen: pagesSeen, total: pages.length })}
      </p>
    </section>
  );
}
