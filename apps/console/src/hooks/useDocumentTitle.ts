import { useEffect } from 'react';

/** Screen readers announce the page title on navigation; every route names itself. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Mufakat`;
  }, [title]);
}
