import { useEffect } from 'react';

/**
 * Every route names itself: screen readers announce the title on navigation, and phones show it in the
 * tab switcher.
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Mufakat`;
  }, [title]);
}
