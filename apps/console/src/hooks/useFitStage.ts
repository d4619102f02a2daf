import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { FIT_FLOOR, FIT_STEP, PAGE_MS, pageCount } from '../lib/projector-fit';

export interface StagePages {
  page: number;
  count: number;
}

/**
 * Fits the projector's stage to the screen without cutting any text: first it shrinks (CSS zoom, down to a floor
 * still readable from the back of the hall), then, if the stage is still too tall, it is held to the screen and
 * pages through its content in view. Refitted when the content (layoutKey) or the window changes, not on every
 * tally, so a page is not reset by each vote.
 */
export function useFitStage(ref: RefObject<HTMLElement | null>, layoutKey: string): StagePages {
  const [pages, setPages] = useState<StagePages>({ page: 0, count: 1 });
  const [resized, setResized] = useState(0);

  useEffect(() => {
    const onResize = () => setResized((n) => n + 1);
    window.addEventListener('resize', onResize);
    void document.fonts?.ready.then(onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  useLayoutEffect(() => {
    const stage = ref.current;
    if (!stage) return;
    stage.style.zoom = '';
    stage.style.maxHeight = '';
    stage.classList.remove('projector__stage--paged');
    stage.scrollTop = 0;
    // What follows the stage (the connection line) keeps its place under it.
    const after = Math.max(0, document.documentElement.scrollHeight - window.scrollY - stage.getBoundingClientRect().bottom);
    const available = window.innerHeight - stage.getBoundingClientRect().top - after;
    let zoom = 1;
    while (stage.getBoundingClientRect().height > available && zoom > FIT_FLOOR) {
      zoom = Math.max(FIT_FLOOR, Math.round((zoom - FIT_STEP) * 100) / 100);
      stage.style.zoom = String(zoom);
    }
    if (stage.getBoundingClientRect().height <= available) {
      setPages({ page: 0, count: 1 });
      return;
    }
    // Inside a zoomed element, lengths are in its own (unzoomed) pixels.
    stage.style.maxHeight = `${Math.floor(available / zoom)}px`;
    stage.classList.add('projector__stage--paged');
    setPages({ page: 0, count: pageCount(stage.scrollHeight, stage.clientHeight) });
  }, [ref, layoutKey, resized]);

  useEffect(() => {
    if (pages.count <= 1) return;
    const timer = setInterval(() => setPages((current) => ({ ...current, page: (current.page + 1) % current.count })), PAGE_MS);
    return () => clearInterval(timer);
  }, [pages.count]);

  useLayoutEffect(() => {
    const stage = ref.current;
    if (stage && pages.count > 1) stage.scrollTop = pages.page * stage.clientHeight;
  }, [ref, pages]);

  return pages;
}
