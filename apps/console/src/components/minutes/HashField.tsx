import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface HashFieldProps {
  label: string;
  value: string;
  testId: string;
  onCopied: () => void;
}

/**
 * A SHA-256 in a read-only field: monospace, selected whole on focus, and a copy button. The clipboard API
 * needs a secure context, which a console opened on the venue's LAN over http is not; the field's selection
 * and the older copy command cover that case.
 */
export function HashField({ label, value, testId, onCopied }: HashFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(value);
        onCopied();
        return;
      }
    } catch {
      // Refused (permissions): fall back to copying the selection.
    }
    input.current?.focus();
    input.current?.select();
    if (document.execCommand('copy')) onCopied();
  };
  return (
    <div className="hash-field">
      <label htmlFor={id} className="hash-field__label">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        className="hash-field__value"
        value={value}
        readOnly
        spellCheck={false}
        autoComplete="off"
        data-testid={testId}
        onFocus={(event) => event.target.select()}
      />
      <button type="button" className="button button--quiet hash-field__copy" aria-describedby={id} onClick={() => void copy()}>
        {t('minutes.versions.copy')}
      </button>
    </div>
  );
}
