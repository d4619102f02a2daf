import { LIMITS } from '@mufakat/contracts';
import { emptyRegistration, registrationProblems, toRegisterRequest, type RegistrationValues } from './registration';

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
