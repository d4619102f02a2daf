import { POLL_TYPES, type AnswerPollRequest, type PollAnswer } from '@mufakat/contracts';
import { IsObject, IsUUID, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Checks only the union's tag. Nested validation (whitelisting included) would need one class per
 * answer type and would strip the fields of the others; the per-type rules need the poll anyway and
 * live in poll-answer-rules.ts, which also drops any field the type does not have.
 */
function HasPollAnswerType(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasPollAnswerType',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' && value !== null && (POLL_TYPES as readonly unknown[]).includes((value as { type?: unknown }).type),
        defaultMessage: () => `answer.type must be one of: ${POLL_TYPES.join(', ')}`,
      },
    },
    options,
  );
}

export class AnswerPollDto implements AnswerPollRequest {
  @IsUUID()
  pollId: string;

  @IsObject()
  @HasPollAnswerType()
  answer: PollAnswer;
}
