import { LIMITS } from '@mufakat/contracts';
import { emptyRegistration, registrationFailure, registrationProblems, toRegisterRequest, type RegistrationValues } from './registration';
import { loadErrorWords } from './error-message';

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

describe('registrationFailure', () => {
  const t = (key: string, params?: Record<string, string | number>) => `<${key}${params ? ` ${JSON.stringify(params)}` : ''}>`;
  beforeAll(() => loadErrorWords());

  it('says a known refusal in its own words, with the wait the server gave', () => {
    expect(registrationFailure({ code: 'RATE_LIMITED', message: 'x', reason: 'registrationLimitAddress', retryAfterMs: 41_200 }, t).message).toBe(
      '<errorReasons.registrationLimitAddress {"seconds":42}>',
    );
    expect(registrationFailure({ code: 'FORBIDDEN', message: 'x', reason: 'attendeeVoided' }, t)).toEqual({
      message: '<errorReasons.attendeeVoided {"seconds":60}>',
      details: [],
    });
  });

  it("leaves the server's English field messages out when the refusal names its reason", () => {
    const failure = registrationFailure({ code: 'VALIDATION_FAILED', message: 'x', reason: 'registrationNameInvalid', details: ['name must be shorter'] }, t);
    expect(failure.details).toEqual([]);
    expect(failure.message).toContain('errorReasons.registrationNameInvalid');
  });

  it('lists the field messages of an unnamed validation failure, and words anything else as a failed registration', () => {
    expect(registrationFailure({ code: 'VALIDATION_FAILED', message: 'x', details: ['a'] }, t)).toEqual({ message: '<register.check>', details: ['a'] });
    expect(registrationFailure({ code: 'INTERNAL', message: 'boom' }, t).message).toBe('<register.failed {"message":"<errorCodes.INTERNAL>"}>');
  });
});

describe('toRegisterRequest with a device key', () => {
  it('sends the key when the browser keeps one, and none otherwise', () => {
    const values = { name: 'Siti', institution: 'Warga', category: 'media', mode: 'room' } as const;
    expect(toRegisterRequest(values, 'k'.repeat(22))).toMatchObject({ deviceKey: 'k'.repeat(22) });
    expect(toRegisterRequest(values)).not.toHaveProperty('deviceKey');
  });
});
