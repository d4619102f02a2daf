import { renderToStaticMarkup } from 'react-dom/server';
import { ApiError } from '@mufakat/client';
import type { ForumMemberView } from '@mufakat/contracts';
import { initTestI18n } from '../test/test-i18n';
import { ApiErrorAlert } from './ApiErrorAlert';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MemberList, type MemberRemoval } from './MemberList';

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;
const noop = () => undefined;
const members: ForumMemberView[] = [
  { userId: 'u1', name: 'Rina', email: 'rina@dinas.test', role: 'organiser' },
  { userId: 'u2', name: 'Budi', email: 'budi@dinas.test', role: 'moderator' },
  { userId: 'u3', name: 'Sari', email: 'sari@dinas.test', role: 'facilitator' },
];
const removal = (overrides: Partial<MemberRemoval> = {}): MemberRemoval => ({
  confirming: null,
  busy: null,
  onAsk: noop,
  onConfirm: noop,
  onCancel: noop,
  ...overrides,
});

beforeEach(() => initTestI18n('id'));

describe(MemberList.name, () => {
  it('offers the organiser to remove every member but the organiser, each button naming its member', () => {
    const html = renderToStaticMarkup(<MemberList members={members} removal={removal()} />);
    expect(count(html, 'member-remove')).toBe(2);
    expect(html).toContain('Keluarkan<span class="visually-hidden"> Budi</span>');
    expect(html).toContain('Keluarkan<span class="visually-hidden"> Sari</span>');
    expect(html).not.toContain('visually-hidden"> Rina');
  });

  it('shows no remove button to other staff', () => {
    expect(count(renderToStaticMarkup(<MemberList members={members} />), 'member-remove')).toBe(0);
  });

  it('asks once more, in a labelled group, before removing', () => {
    const html = renderToStaticMarkup(<MemberList members={members} removal={removal({ confirming: 'u2' })} />);
    expect(count(html, 'member-remove')).toBe(1);
    expect(count(html, 'member-remove-confirm')).toBe(1);
    expect(count(html, 'member-remove-cancel')).toBe(1);
    expect(html).toContain('role="group" aria-label="Konfirmasi mengeluarkan Budi"');
    expect(html).toContain('Keluarkan Budi dari tim forum?');
  });

  it('reads in English too', async () => {
    await initTestI18n('en');
    const html = renderToStaticMarkup(<MemberList members={members} removal={removal({ confirming: 'u3', busy: 'u3' })} />);
    expect(html).toContain('Remove Sari from the forum team?');
    expect(html).toContain('Removing…');
  });
});

describe(ChangePasswordForm.name, () => {
  const submit = () => Promise.resolve(true);

  it('labels its three password fields and says what a good password is', () => {
    const html = renderToStaticMarkup(<ChangePasswordForm busy={false} error={null} onSubmit={submit} />);
    for (const label of ['Kata sandi saat ini', 'Kata sandi baru', 'Ulangi kata sandi baru']) expect(html).toContain(`>${label}</label>`);
    expect(html).toContain('autoComplete="current-password"');
    expect(html).toContain('Minimal 10 karakter.');
  });

  it("shows the api's refusal of the new password at the field, in the reader's language", () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'The request is not valid', ['newPassword is one of the most common passwords; choose …']);
    const html = renderToStaticMarkup(<ChangePasswordForm busy={false} error={error} onSubmit={submit} />);
    expect(html).toContain('Kata sandi ini terlalu umum');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('Periksa isian yang ditandai.');
    expect(html).not.toContain('one of the most common passwords');
  });

  it("shows any other failure in the reader's language, never the server's English", () => {
    const html = renderToStaticMarkup(<ChangePasswordForm busy={false} error={new ApiError(429, 'RATE_LIMITED', 'Too Many Requests')} onSubmit={submit} />);
    expect(html).toContain('Terlalu banyak permintaan');
    expect(html).not.toContain('Too Many Requests');
  });

  it('words a known reason (a wrong current password) itself', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'The current password is not right', [], 'currentPasswordWrong');
    const html = renderToStaticMarkup(<ChangePasswordForm busy={false} error={error} onSubmit={submit} />);
    expect(html).toContain('Kata sandi saat ini tidak sesuai.');
    expect(html).not.toContain('is not right');
  });
});

describe(ApiErrorAlert.name, () => {
  it.each([
    ['wrongCredentials', 'UNAUTHENTICATED', 'Wrong email or password', 'Email atau kata sandi salah.'],
    ['roleForbidden', 'FORBIDDEN', 'Your role (facilitator) may not do this', 'Peran Anda di forum ini tidak diizinkan melakukan tindakan ini.'],
    ['noStaffAccount', 'NOT_FOUND', 'No staff account with this email; ask them to sign up first', 'Belum ada akun petugas dengan email ini'],
  ] as const)('says %s in Indonesian, without the English server message', (reason, code, english, indonesian) => {
    const html = renderToStaticMarkup(<ApiErrorAlert error={new ApiError(400, code, english, [], reason)} />);
    expect(html).toContain(indonesian);
    expect(html).not.toContain(english);
  });

  it('names the code and leaves out an unknown English message in Indonesian', () => {
    const html = renderToStaticMarkup(<ApiErrorAlert error={new ApiError(409, 'INVALID_STATE', 'Open the poll before showing it')} />);
    expect(html).toContain('Tidak dapat dilakukan pada tahap ini');
    expect(html).not.toContain('Open the poll');
  });
});
