import { useId, type InputHTMLAttributes } from 'react';
import type { FieldError } from '../lib/validation';
import { FieldErrorText } from './FieldErrorText';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  testId: string;
  error?: FieldError;
  hint?: string;
  multiline?: boolean;
}

export function TextField({ label, value, onValueChange, testId, error, hint, multiline = false, ...inputProps }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          id={id}
          value={value}
          rows={3}
          data-testid={testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          required={inputProps.required}
          onChange={(event) => onValueChange(event.target.value)}
        />
      ) : (
        <input
          {...inputProps}
          id={id}
          value={value}
          data-testid={testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
      <FieldErrorText id={errorId} error={error} />
    </div>
  );
}
