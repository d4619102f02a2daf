import { LIMITS } from '@mufakat/contracts';
import { emptyRegistration, registrationProblems, registrationRefusal, toRegisterRequest, type RegistrationValues } from './registration';

const complete: RegistrationValues = {
  name: '  Siti Rahma ',
  institution: ' Forum Warga Kelurahan ',
  category: 'civil_society',
  mode: 'online',
};

describe('registrationProblems', () => {
  it('lists every missing field of an empty form, in form order', () => {
    expect(registrationProblems(emptyRegistration)).toEqual(['name', 'institution', 'category', 'mode']);
  });

  it('finds nothing wrong with a complete form', () => {
    expect(registrationProblems(complete)).toEqual([]);
  });

  it('treats blank text as missing', () => {
    expect(registrationProblems({ ...complete, name: '   ', institution: '\t' })).toEqual(['name', 'institution']);
  });

  it('refuses text over the contract limits', () => {
    expect(
      registrationProblems({
        ...complete,
        name: 'n'.repeat(LIMITS.name + 1),
        institution: 'i'.repeat(LIMITS.institution + 1),
      }),
    ).toEqual(['name', 'institution']);
  });
});

describe('toRegisterRequest', () => {
  it('builds the request with trimmed text', () => {
    expect(toRegisterRequest(complete)).toEqual({
      name: 'Siti Rahma',
      institution: 'Forum Warga Kelurahan',
      category: 'civil_society',
      mode: 'online',
    });
  });

  it('gives nothing while a choice is missing', () => {
    expect(toRegisterRequest({ ...complete, mode: '' })).toBeNull();
    expect(toRegisterRequest({ ...complete, category: '' })).toBeNull();
  });
});

describe('registrationRefusal', () => {
  it('tells a rate-limited attendee how long to wait, from the wait the server gave', () => {
    expect(registrationRefusal({ code: 'RATE_LIMITED', retryAfterMs: 41200 })).toEqual({ key: 'register.tooMany', seconds: 42 });
    expect(registrationRefusal({ code: 'RATE_LIMITED' })).toEqual({ key: 'register.tooMany', seconds: 60 });
  });

  it('tells a voided attendee so, and leaves other errors to the form', () => {
    expect(registrationRefusal({ code: 'FORBIDDEN' })).toEqual({ key: 'register.voided' });
    expect(registrationRefusal({ code: 'VALIDATION_FAILED' })).toBeNull();
  });
});

describe('toRegisterRequest with a device key', () => {
  it('sends the key when the browser keeps one, and none otherwise', () => {
    const values = { name: 'Siti', institution: 'Warga', category: 'media', mode: 'room' } as const;
    expect(toRegisterRequest(values, 'k'.repeat(22))).toMatchObject({ deviceKey: 'k'.repeat(22) });
    expect(toRegisterRequest(values)).not.toHaveProperty('deviceKey');
  });
});
