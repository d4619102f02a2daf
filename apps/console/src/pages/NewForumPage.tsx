import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiFetch, useDocumentTitle, type ApiError } from '@mufakat/client';
import { apiPaths, type ForumDetail } from '@mufakat/contracts';
import { ForumForm } from '../components/ForumForm';
import { useSession } from '../hooks/useSession';
import { isUnauthenticated, toApiError } from '../lib/api-errors';
import {
  addAgendaRow,
  emptyForumForm,
  removeAgendaRow,
  toCreateForumRequest,
  updateAgendaRow,
  validateForumForm,
  type ForumFormErrors,
  type ForumFormValues,
} from '../lib/forum-form';

export function NewForumPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { expire } = useSession();
  const nextRowKey = useRef(1);
  const summary = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<ForumFormValues>(() => emptyForumForm('row-0'));
  const [errors, setErrors] = useState<ForumFormErrors | null>(null);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [failedSubmits, setFailedSubmits] = useState(0);
  useDocumentTitle(t('forumForm.title'));

  useEffect(() => {
    if (failedSubmits > 0) summary.current?.focus();
  }, [failedSubmits]);

  const change = (next: ForumFormValues) => {
    setValues(next);
    // Once the organiser has seen the messages, they follow the typing and disappear as fields are fixed.
    if (errors) setErrors(validateForumForm(next));
  };

  const submit = async () => {
    const result = toCreateForumRequest(values);
    setServerError(null);
    if (!result.ok) {
      setErrors(result.errors);
      setFailedSubmits((n) => n + 1);
      return;
    }
    setErrors(null);
    setBusy(true);
    try {
      const forum = await apiFetch<ForumDetail | undefined>(apiPaths.forums, { body: result.request });
      void navigate(forum?.id ? `/forums/${encodeURIComponent(forum.id)}` : '/');
    } catch (caught) {
      if (isUnauthenticated(caught)) {
        expire();
        return;
      }
      setServerError(toApiError(caught));
      setFailedSubmits((n) => n + 1);
      setBusy(false);
    }
  };

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/">{t('nav.myForums')}</Link>
      </p>
      <h1>{t('forumForm.title')}</h1>
      <p className="lead">{t('forumForm.intro')}</p>
      <ForumForm
        values={values}
        errors={errors}
        serverError={serverError}
        busy={busy}
        summaryRef={summary}
        onFieldChange={(field, value) => change({ ...values, [field]: value })}
        onFlagChange={(field, value) => change({ ...values, [field]: value })}
        onAgendaChange={(index, patch) => change(updateAgendaRow(values, index, patch))}
        onAgendaAdd={() => change(addAgendaRow(values, `row-${nextRowKey.current++}`))}
        onAgendaRemove={(index) => change(removeAgendaRow(values, index))}
        onSubmit={() => void submit()}
      />
    </section>
  );
}
