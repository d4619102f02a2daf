import type { FormEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@mufakat/client';
import {
  canAddAgendaRow,
  canRemoveAgendaRow,
  type AgendaRowValues,
  type ForumFormErrors,
  type ForumFlagField,
  type ForumFormValues,
  type ForumTextField,
} from '../lib/forum-form';
import { AgendaEditor } from './AgendaEditor';
import { CheckboxField } from './CheckboxField';
import { FormErrorSummary } from './FormErrorSummary';
import { TextField } from './TextField';

interface ForumFormProps {
  values: ForumFormValues;
  /** Client-side findings, shown once the organiser has tried to submit. */
  errors: ForumFormErrors | null;
  serverError: ApiError | null;
  busy: boolean;
  onFieldChange: (field: ForumTextField, value: string) => void;
  onFlagChange: (field: ForumFlagField, value: boolean) => void;
  onAgendaChange: (index: number, patch: Partial<Omit<AgendaRowValues, 'key'>>) => void;
  onAgendaAdd: () => void;
  onAgendaRemove: (index: number) => void;
  onSubmit: () => void;
  /** The summary is focused after a failed submit. */
  summaryRef?: Ref<HTMLDivElement>;
}

const TEXT_FIELDS: { field: ForumTextField; testId: string; type?: string; multiline?: boolean; optional?: boolean }[] = [
  { field: 'title', testId: 'forum-title' },
  { field: 'theme', testId: 'forum-theme', multiline: true },
  { field: 'serviceName', testId: 'forum-service' },
  { field: 'unitName', testId: 'forum-unit' },
  { field: 'venue', testId: 'forum-venue' },
  { field: 'startsAt', testId: 'forum-starts-at', type: 'datetime-local' },
  { field: 'streamUrl', testId: 'forum-stream-url', type: 'url', optional: true },
];

export function ForumForm(props: ForumFormProps) {
  const { values, errors, serverError, busy, summaryRef } = props;
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
      <fieldset>
        <legend>{t('forumForm.details')}</legend>
        {TEXT_FIELDS.map(({ field, testId, type, multiline, optional }) => (
          <TextField
            key={field}
            label={optional ? t('forumForm.optional', { label: t(`forumForm.fields.${field}`) }) : t(`forumForm.fields.${field}`)}
            hint={field === 'streamUrl' || field === 'startsAt' ? t(`forumForm.hints.${field}`) : undefined}
            type={type}
            multiline={multiline}
            required={!optional}
            testId={testId}
            value={values[field]}
            error={errors?.fields[field]}
            onValueChange={(value) => props.onFieldChange(field, value)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('forumForm.questions')}</legend>
        <CheckboxField
          label={t('forumForm.preModeration')}
          hint={t('forumForm.preModerationHint')}
          checked={values.preModeration}
          testId="forum-pre-moderation"
          onChange={(checked) => props.onFlagChange('preModeration', checked)}
        />
        <CheckboxField
          label={t('forumForm.fullyAnonymous')}
          hint={t('forumForm.fullyAnonymousHint')}
          checked={values.fullyAnonymous}
          testId="forum-fully-anonymous"
          onChange={(checked) => props.onFlagChange('fullyAnonymous', checked)}
        />
      </fieldset>
      <AgendaEditor
        rows={values.agenda}
        errors={errors?.agenda ?? []}
        canAdd={canAddAgendaRow(values)}
        canRemove={canRemoveAgendaRow(values)}
        onChange={props.onAgendaChange}
        onAdd={props.onAgendaAdd}
        onRemove={props.onAgendaRemove}
      />
      <FormErrorSummary ref={summaryRef} errors={errors} serverError={serverError} />
      <button type="submit" className="button button--primary button--large" data-testid="forum-create-submit" disabled={busy}>
        {busy ? t('forumForm.creating') : t('forumForm.submit')}
      </button>
    </form>
  );
}
