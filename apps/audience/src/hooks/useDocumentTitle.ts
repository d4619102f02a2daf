import { useEffect } from 'react';

/** Screen readers announce the title first, and phones show it in the tab switcher. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Mufakat`;
  }, [title]);
}
