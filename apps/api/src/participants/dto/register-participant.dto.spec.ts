import 'reflect-metadata';
import { LIMITS } from '@mufakat/contracts';
import { DomainError } from '../../common/domain-error';
import { createValidationPipe } from '../../common/validation';
import { RegisterParticipantDto } from './register-participant.dto';

const valid = { name: 'Siti Aminah', institution: 'Warga Sukamaju', category: 'service_user', mode: 'room' };

/** The refusal the api's one validation pipe gives a registration body, as its code, reason and field messages. */
async function refusalOf(body: Record<string, unknown>) {
  const pipe = createValidationPipe();
  const result = await pipe.transform(body, { type: 'body', metatype: RegisterParticipantDto }).then(
    () => null,
    (error: unknown) => error,
  );
  if (!(result instanceof DomainError)) return result;
  return { code: result.code, reason: result.reason, details: result.details };
}

describe(RegisterParticipantDto.name, () => {
  it('takes a complete registration', async () => {
    expect(await refusalOf(valid)).toBeNull();
    expect(await refusalOf({ ...valid, deviceKey: 'k'.repeat(22) })).toBeNull();
  });

  it('names the reason of each field it refuses, so the phone words it', async () => {
    expect(await refusalOf({ ...valid, name: '   ' })).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'registrationNameInvalid' });
    expect(await refusalOf({ ...valid, name: 'x'.repeat(LIMITS.name + 1) })).toMatchObject({ reason: 'registrationNameInvalid' });
    expect(await refusalOf({ ...valid, institution: 42 })).toMatchObject({ reason: 'registrationInstitutionInvalid' });
    expect(await refusalOf({ ...valid, category: 'king' })).toMatchObject({ reason: 'registrationChoiceInvalid' });
    expect(await refusalOf({ ...valid, mode: 'hologram' })).toMatchObject({ reason: 'registrationChoiceInvalid' });
    expect(await refusalOf({ ...valid, deviceKey: 'short' })).toMatchObject({ reason: 'deviceKeyInvalid' });
    expect(await refusalOf({ ...valid, deviceKey: 'k'.repeat(21) + '!' })).toMatchObject({ reason: 'deviceKeyInvalid' });
  });

  it('gives the first failing field in form order as the reason, and still every field message', async () => {
    const refusal = await refusalOf({ ...valid, name: '', mode: 'x' });
    expect(refusal).toMatchObject({ reason: 'registrationNameInvalid' });
    expect((refusal as { details: string[] }).details).toEqual([expect.stringMatching(/^name/), expect.stringMatching(/^mode/)]);
  });

  it('leaves refusals of unknown fields without a reason: they are no attendee mistake', async () => {
    expect(await refusalOf({ ...valid, admin: true })).toMatchObject({ code: 'VALIDATION_FAILED', reason: undefined });
  });
});
