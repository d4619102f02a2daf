import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ERROR_REASONS, type ErrorReason } from '@mufakat/contracts';
import { DomainError } from './domain-error';
import { plainInputProblems } from './plain-input';
import { rememberValidationMetadata } from './validation-metadata';

/** A constraint's option that names the refusal's known reason: `@Length(1, 80, reasonFor('registrationNameInvalid'))`. */
export const reasonFor = (reason: ErrorReason) => ({ context: { reason } });

/** The first known reason a failed constraint carries (see reasonFor), in the DTO's field order. */
export function reasonOf(errors: ValidationError[]): ErrorReason | undefined {
  for (const error of errors) {
    for (const context of Object.values(error.contexts ?? {}) as Array<{ reason?: unknown }>) {
      const reason = context?.reason;
      if ((ERROR_REASONS as readonly unknown[]).includes(reason)) return reason as ErrorReason;
    }
    const nested = reasonOf(error.children ?? []);
    if (nested) return nested;
  }
  return undefined;
}

function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message.replace(error.property, path) : `${path}: ${message}`,
    );
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

export const invalidRequest = (details: string[], reason?: ErrorReason) =>
  new DomainError('VALIDATION_FAILED', 'The request is not valid', details, undefined, reason);

/** Refuses what no DTO should see (see plainInputProblems) before class-transformer and class-validator run. */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameters (the session, the signed-in user) are the server's own values, not input.
    if (metadata.type !== 'custom') {
      const problems = plainInputProblems(value);
      if (problems.length > 0) throw invalidRequest(problems);
    }
    return (await super.transform(value, metadata)) as unknown;
  }
}

/** The one validation setup for REST bodies and socket payloads: unknown fields are refused, not dropped. */
export function createValidationPipe(): ValidationPipe {
  rememberValidationMetadata();
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => invalidRequest(flatten(errors), reasonOf(errors)),
  });
}
