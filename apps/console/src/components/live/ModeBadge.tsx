import { useTranslation } from 'react-i18next';
import type { AttendanceMode } from '@mufakat/contracts';

/** Room or online, in words and with a shape, so remote voices stand out without relying on colour. */
export function ModeBadge({ mode, className = 'mode-badge' }: { mode: AttendanceMode; className?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`${className} ${className}--${mode}`}>
      <svg className="mode-badge__icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        {mode === 'room' ? (
          <path d="M3 21V9l9-6 9 6v12h-6v-7H9v7z" fill="currentColor" />
        ) : (
          <path
            d="M12 18.5a1.75 1.75 0 1 1 0 3.5 1.75 1.75 0 0 1 0-3.5zM5.6 15.4a9 9 0 0 1 12.8 0l-1.8 1.8a6.5 6.5 0 0 0-9.2 0zM2 11.8a14 14 0 0 1 20 0l-1.8 1.8a11.5 11.5 0 0 0-16.4 0z"
            fill="currentColor"
          />
        )}
      </svg>
      {t(`modes.${mode}`)}
    </span>
  );
}
