import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '@mufakat/client';
import {
  apiPaths,
  type DocumentVersionView,
  type ForumDetail,
  type RepresentativeView,
  type RevisionView,
  type SigningTask,
  type StaffSigningView,
} from '@mufakat/contracts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SignatureCanvas } from '../../components/minutes/SignatureCanvas';
import { useApiAction } from '../../hooks/useApiAction';
import { useApiResource } from '../../hooks/useApiResource';

interface SigningRoundCardProps {
  forumId: string;
  canManage: boolean;
  documents: DocumentVersionView[];
  representatives: RepresentativeView[];
  announce: (message: string) => void;
}

/**
 * The provider's side of signing: the organiser names a forum staff member as the head of unit's signatory, that staff
 * member reads and signs here (or on a tablet logged in as them), and the organiser revises a final record.
 */
export function SigningRoundCard({ forumId, canManage, documents, representatives, announce }: SigningRoundCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const action = useApiAction();
  const mine = useApiResource<StaffSigningView>(apiPaths.staffSignature(forumId));
  const forum = useApiResource<ForumDetail>(apiPaths.forum(forumId));
  const [memberId, setMemberId] = useState('');
  const [reason, setReason] = useState('');
  const [read, setRead] = useState(false);
  const [strokes, setStrokes] = useState(0);
  const canvas = useRef<HTMLCanvasElement>(null);
  const signatory = representatives.find((r) => r.staffUserId);
  const revision = documents.reduce((max, d) => Math.max(max, d.revision), 0);
  const hasFinal = documents.some((d) => d.final && d.revision === revision);
  const { reload } = mine;

  // A new version, a signature or a revision changes what this staff member has to sign.
  useEffect(() => reload(), [documents, representatives, reload]);
  const task: SigningTask | null = mine.data?.task ?? null;
  useEffect(() => setRead(false), [task?.document?.id]);

  const assign = async () => {
    if (!memberId) return;
    const added = await action.run('assign', () => apiFetch<RepresentativeView>(apiPaths.staffSignatory(forumId), { body: { staffUserId: memberId } }));
    if (added) announce(t('minutes.staffSigning.assignedNotice', { name: added.name }));
  };
  const sign = async (documentId: string) => {
    const png = canvas.current?.toDataURL('image/png') ?? '';
    const signed = await action.run('sign', () => apiFetch<SigningTask>(apiPaths.staffSignature(forumId), { body: { documentId, signaturePng: png } }));
    if (signed) {
      announce(t('minutes.staffSigning.signedNotice', { version: signed.document?.version }));
      reload();
    }
  };
  const revise = async () => {
    const done = await action.run('revise', () => apiFetch<RevisionView>(apiPaths.reviseDocuments(forumId), { body: { reason } }));
    if (done) {
      setReason('');
      announce(t('minutes.staffSigning.revisedNotice', { revision: done.revision, count: done.voided }));
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-heading`} data-testid="signing-round">
      <h3 id={`${id}-heading`}>{t('minutes.staffSigning.heading')}</h3>
      <ApiErrorAlert error={action.error} testId="signing-round-error" />
      {signatory ? (
        <p data-testid="staff-signatory">{t('minutes.staffSigning.signatory', { name: signatory.name, role: signatory.roleTitle })}</p>
      ) : canManage ? (
        <div className="form__row">
          <div className="field">
            <label htmlFor={`${id}-member`}>{t('minutes.staffSigning.member')}</label>
            <select id={`${id}-member`} value={memberId} data-testid="staff-signatory-member" onChange={(event) => setMemberId(event.target.value)}>
              <option value="">{t('minutes.staffSigning.chooseMember')}</option>
              {(forum.data?.members ?? []).map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name} ({member.email})
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--primary"
            data-testid="staff-signatory-assign"
            disabled={!memberId || action.busy !== null}
            onClick={() => void assign()}
          >
            {t('minutes.staffSigning.assign')}
          </button>
        </div>
      ) : (
        <p className="empty">{t('minutes.staffSigning.none')}</p>
      )}

      {task && (
        <div data-testid="staff-signing" data-signed={task.signed}>
          {!task.document ? (
            <p className="alert alert--info">{t('minutes.staffSigning.waiting')}</p>
          ) : task.signed ? (
            <p className="alert alert--success" role="status">
              {t('minutes.staffSigning.signed', { version: task.document.version })}
            </p>
          ) : (
            <>
              <p>
                <a
                  href={apiPaths.documentFile(forumId, task.document.id, 'pdf')}
                  target="_blank"
                  rel="noreferrer"
                  data-testid="staff-signing-read"
                  onClick={() => setRead(true)}
                >
                  {t('minutes.staffSigning.read', { version: task.document.version })}
                </a>
              </p>
              <SignatureCanvas canvas={canvas} onInk={setStrokes} />
              {!read && <p className="field__hint">{t('minutes.staffSigning.readFirst')}</p>}
              <button
                type="button"
                className="button button--primary"
                data-testid="staff-signing-submit"
                disabled={!read || strokes === 0 || action.busy !== null}
                onClick={() => void sign(task.document?.id ?? '')}
              >
                {t('minutes.staffSigning.submit', { version: task.document.version })}
              </button>
            </>
          )}
        </div>
      )}

      {canManage && hasFinal && (
        <div className="form">
          <p className="field__hint">{t('minutes.staffSigning.reviseHint')}</p>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('minutes.staffSigning.reason')}</label>
            <input id={`${id}-reason`} value={reason} maxLength={500} data-testid="revise-reason" onChange={(event) => setReason(event.target.value)} />
          </div>
          <button
            type="button"
            className="button button--reject"
            data-testid="revise"
            disabled={reason.trim().length < 3 || action.busy !== null}
            onClick={() => void revise()}
          >
            {t('minutes.staffSigning.revise')}
          </button>
        </div>
      )}
    </section>
  );
}
