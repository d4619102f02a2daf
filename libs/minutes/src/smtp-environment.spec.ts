import { smtpSettings } from './smtp-environment';

describe(smtpSettings.name, () => {
  const from = 'Mufakat <noreply@dinsos.test>';

  it('takes SMTP_URL as it is, or host and port with an optional login, and nothing without either', () => {
    expect(smtpSettings({ SMTP_URL: 'smtp://u:p@mail.test:587', SMTP_FROM: from })).toEqual({ url: 'smtp://u:p@mail.test:587', from });
    expect(smtpSettings({ SMTP_HOST: 'mail.test', SMTP_SECURE: 'true', SMTP_USER: 'u', SMTP_PASSWORD: 'p', SMTP_FROM: from })).toEqual({
      host: 'mail.test',
      port: 465,
      secure: true,
      user: 'u',
      password: 'p',
      from,
    });
    expect(smtpSettings({ SMTP_FROM: from })).toBeNull();
  });
});
