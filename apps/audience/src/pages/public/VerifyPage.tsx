import { useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { apiFetch, ApiError, useDocumentTitle } from '@mufakat/client';
import { apiPaths, webPaths, type VerifyHashResult } from '@mufakat/contracts';
import { navigate } from '../../lib/navigation';
import { sha256Hex } from '../../lib/sha256';
import { usePublicTranslation } from './usePublicTranslation';

type State =
  | { status: 'idle' }
  | { status: 'hashing'; name: string }
  | { status: 'checking'; name: string; sha256: string }
  | { status: 'issued'; name: string; sha256: string; result: VerifyHashResult }
  | { status: 'not-issued'; name: string; sha256: string }
  | { status: 'failed'; name: string; sha256: string | null };

/** Checks a file against the issued versions by its SHA-256, computed here: the file itself never leaves the device. */
export function VerifyPage() {
  const { t, formatDate } = usePublicTranslation();
  useDocumentTitle(t('verify.title'));
  const [state, setState] = useState<State>({ status: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function check(file: File) {
    setState({ status: 'hashing', name: file.name });
    let sha256: string | null = null;
    try {
      sha256 = await sha256Hex(await file.arrayBuffer());
      setState({ status: 'checking', name: file.name, sha256 });
      const result = await apiFetch<VerifyHashResult>(apiPaths.verifyHash(sha256));
      setState({ status: 'issued', name: file.name, sha256, result });
    } catch (error) {
      if (sha256 && error instanceof ApiError && error.status === 404) setState({ status: 'not-issued', name: file.name, sha256 });
      else setState({ status: 'failed', name: file.name, sha256 });
    }
  }

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void check(file);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void check(file);
  };
  const busy = state.status === 'hashing' || state.status === 'checking';

  return (
    <>
      <h1>{t('verify.title')}</h1>
      <p>{t('verify.intro')}</p>
      <label
        className={dragging ? 'dropzone dragging' : 'dropzone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>{t('verify.pick')}</span>
        <input
          ref={input}
          type="file"
          data-testid="verify-file"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={onChange}
          disabled={busy}
        />
      </label>

      <div role="status" aria-live="polite" data-testid="verify-result" data-outcome={state.status}>
        {state.status === 'hashing' && <p>{t('verify.hashing')}</p>}
        {state.status === 'checking' && <p>{t('verify.checking')}</p>}
        {state.status === 'issued' && (
          <div className="card success-card">
            <h2>{t('verify.issued')}</h2>
            <p>
              {t('verify.issuedText', {
                format: state.result.format.toUpperCase(),
                version: state.result.version.version,
                number: state.result.version.documentNumber ?? '—',
                forum: state.result.version.forum.title,
                when: formatDate(state.result.version.issuedAt, state.result.version.timeZone),
              })}
            </p>
            <p>
              <a
                href={webPaths.publicVersion(state.result.version.code)}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(webPaths.publicVersion(state.result.version.code));
                }}
              >
                {t('verify.open')}
              </a>
            </p>
          </div>
        )}
        {state.status === 'not-issued' && (
          <div className="card warning-card">
            <h2>{t('verify.notIssued')}</h2>
            <p>{t('verify.notIssuedText')}</p>
          </div>
        )}
        {state.status === 'failed' && (
          <div className="card warning-card">
            <p>{t('failed')}</p>
          </div>
        )}
        {'sha256' in state && state.sha256 && (
          <p className="muted">
            {t('verify.fingerprint')} ({state.name}): <code className="hash">{state.sha256}</code>
          </p>
        )}
      </div>
    </>
  );
}
