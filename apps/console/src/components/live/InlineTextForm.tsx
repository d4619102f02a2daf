import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface InlineTextFormProps {
  label: string;
  hint?: string;
  initialValue: string;
  maxLength: number;
  /** Whether an empty value may be saved (a reply removed, a rejection without reason). */
  allowEmpty: boolean;
  multiline?: boolean;
  submitLabel: string;
  submitClassName?: string;
  inputTestId: string;
  submitTestId: string;
  busy: boolean;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}

/** A small form opened in place (edit, reply, rejection reason); Escape cancels. */
export function InlineTextForm(props: InlineTextFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(props.initialValue);
  const [touched, setTouched] = useState(false);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    input.current?.focus();
  }, []);
  const empty = value.trim() === '';
  const invalid = touched && empty && !props.allowEmpty;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (empty && !props.allowEmpty) return;
    props.onSubmit(value.trim());
  };
  const describedBy = [props.hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    ref: input,
    id,
    value,
    maxLength: props.maxLength,
    'data-testid': props.inputTestId,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    onChange: (event: { target: { value: string } }) => setValue(event.target.value),
    onKeyDown: (event: { key: string }) => {
      if (event.key === 'Escape') props.onCancel();
    },
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p id={`${id}-hint`} className="field__hint">
          {props.hint}
        </p>
      )}
      {props.multiline ? <textarea rows={3} {...shared} /> : <input type="text" {...shared} />}
      {invalid && (
        <p id={`${id}-error`} className="field__error">
          {t('validation.required')}
        </p>
      )}
      <div className="inline-form__actions">
        <button type="submit" className={props.submitClassName ?? 'button button--primary'} data-testid={props.submitTestId} disabled={props.busy}>
          {props.submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
