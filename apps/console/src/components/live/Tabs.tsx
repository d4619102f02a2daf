import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<T extends string> {
  id: T;
  label: string;
  /** A small count after the label (e.g. questions waiting), with words for screen readers. */
  badge?: { count: number; label: string };
}

export const tabElementId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelElementId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

interface TabsProps<T extends string> {
  label: string;
  idPrefix: string;
  tabs: readonly TabItem<T>[];
  active: T;
  onChange: (id: T) => void;
}

/** The ARIA tabs pattern: one tab stop, arrow keys (and Home/End) move between tabs and select them. */
export function Tabs<T extends string>({ label, idPrefix, tabs, active, onChange }: TabsProps<T>) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const id = tabs[target].id;
    onChange(id);
    buttons.current.get(id)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="tabs">
      {tabs.map((tab, index) => {
        const selected = tab.id === active;
        return (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) buttons.current.set(tab.id, element);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={tabElementId(idPrefix, tab.id)}
            aria-selected={selected}
            aria-controls={panelElementId(idPrefix, tab.id)}
            tabIndex={selected ? 0 : -1}
            className="tabs__tab"
            data-testid={`tab-${tab.id}`}
            onClick={() => onChange(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
            {tab.badge && tab.badge.count > 0 && (
              <span className="tabs__badge">
                <span aria-hidden="true">{tab.badge.count}</span>
                <span className="visually-hidden">, {tab.badge.label}</span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}

interface TabPanelProps {
  idPrefix: string;
  id: string;
  active: boolean;
  children: ReactNode;
}

/** Inactive panels stay mounted (hidden), so a half-filled poll form survives a look at another tab. */
export function TabPanel({ idPrefix, id, active, children }: TabPanelProps) {
  return (
    <div role="tabpanel" id={panelElementId(idPrefix, id)} aria-labelledby={tabElementId(idPrefix, id)} hidden={!active} tabIndex={0} className="tab-panel">
      {children}
    </div>
  );
}
