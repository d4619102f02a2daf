import { useCallback, useEffect, useRef, useState } from 'react';
import { DOCUMENT_LIMITS, type AckError, type SigningTask } from '@mufakat/contracts';
import { useTranslation } from '../i18n/useTranslation';
import { errorMessage } from '../lib/error-message';
import { groupHex, signatureProblem, signingStep } from '../lib/signature';
import { DocumentReader, type PageLoader } from './DocumentReader';
import { SignaturePad } from './SignaturePad';

/** Resolves with the refusal, or null once the server holds the signature. */
type SignHandler = (documentId: string, signaturePng: string) => Promise<AckError | null>;

/** For a representative: what they sign (its pages, version and fingerprint), and the pad to sign it with. */
export function SigningSection({ task, onSign, loadPages }: { task: SigningTask; onSign: SignHandler; loadPages: PageLoader }) {
  const { t } = useTranslation();
  const step = signingStep(task);
  const { document } = task;
  const status = useRef<HTMLParagraphElement>(null);
  const previous = useRef(step);

  // The pad and its button go away once signed: keep the attendee's place on the confirmation.
  useEffect(() => {
    if (previous.current === 'sign' && step === 'signed') status.current?.focus();
    previous.current = step;
  }, [step]);

  return (
    <div className="card" data-testid="signing" data-step={step}>
      <p>{t('signing.role', { role: task.roleTitle, side: t(`signing.side.${task.side}`) })}</p>
      <p ref={status} tabIndex={-1} role="status" className={step === 'signed' ? 'success' : 'notice'}>
        {document
          ? t(`signing.${step}`, { version: document.version }) + (step === 'sign' && document.version > 1 ? ` ${t('signing.newVersion')}` : '')
          : t('signing.waiting')}
      </p>
      {document && (
        <dl className="facts">
          <dt>{t('signing.document')}</dt>
          <dd>{t('signing.version', { version: document.version })}</dd>
          <dt>{t('signing.hash')}</dt>
          <dd>
            <code className="hash" data-testid="signing-hash">
              {groupHex(document.sha256Pdf)}
            </code>
          </dd>
          <dd className="muted">{t('signing.hashHint')}</dd>
        </dl>
      )}
      {document && step === 'sign' && <SignForm key={document.id} documentId={document.id} version={document.version} onSign={onSign} loadPages={loadPages} />}
    </div>
  );
}

/** Keyed by document: a newer version starts from an empty pad, unread. */
function SignForm({ documentId, version, onSign, loadPages }: { documentId: string; version: number; onSign: SignHandler; loadPages: PageLoader }) {
  const { t } = useTranslation();
  const [read, setRead] = useState(false);
  const markRead = useCallback(() => setRead(true), []);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [ink, setInk] = useState(0);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (sending) return;
    const png = canvas.current?.toDataURL('image/png') ?? '';
    const problem = signatureProblem(ink, png);
    if (problem) return setError(t(`signing.problem.${problem}`, { max: DOCUMENT_LIMITS.signatureBytes / 1024 }));
    setSending(true);
    setError(null);
    const refusal = await onSign(documentId, png);
    setSending(false);
    if (refusal) setError(t('signing.failed', { message: errorMessage(refusal, t) }));
  };

  return (
    <>
      <DocumentReader documentId={documentId} version={version} loadPages={loadPages} onRead={markRead} />
      <SignaturePad
        canvas={canvas}
        onInk={(total) => {
          setInk(total);
          setError(null);
        }}
      />
      {error && (
        <p className="error" role="alert" data-testid="signing-error">
          {error}
        </p>
      )}
      {!read && (
        <p id={`read-first-${documentId}`} className="notice">
          {t('signing.readFirst')}
        </p>
      )}
      <button
        type="button"
        className="primary"
        data-testid="signing-submit"
        data-read={read}
        disabled={!read}
        aria-describedby={read ? undefined : `read-first-${documentId}`}
        aria-disabled={sending}
        onClick={() => void submit()}
      >
        {sending ? t('signing.sending') : t('signing.submit')}
      </button>
    </>
  );
}
