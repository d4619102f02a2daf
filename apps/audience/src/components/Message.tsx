import type { ReactNode } from 'react';

/** A page that is only a heading, a sentence and a way onward: not found, failed, loading. */
export function Message({ title, testId, children }: { title: string; testId?: string; children?: ReactNode }) {
  return (
    <section className="message" data-testid={testId}>
      <h1>{title}</h1>
      {children}
    </section>
  );
}
