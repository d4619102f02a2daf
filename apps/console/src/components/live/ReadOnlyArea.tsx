import type { ReactNode } from 'react';
import { readOnlyNoteId } from './ReadOnlyNote';
import type { StaffCapability } from '../../lib/permissions';

interface ReadOnlyAreaProps {
  capability: StaffCapability;
  allowed: boolean;
  children: ReactNode;
}

/**
 * Controls the viewer's role may not use stay in view (what the room is doing is worth seeing) but disabled, all at
 * once by the fieldset, and point at the tab's ReadOnlyNote for the reason.
 */
export function ReadOnlyArea({ capability, allowed, children }: ReadOnlyAreaProps) {
  if (allowed) return <>{children}</>;
  return (
    <fieldset disabled className="read-only-area" aria-describedby={readOnlyNoteId(capability)} data-testid={`read-only-area-${capability}`}>
      {children}
    </fieldset>
  );
}
