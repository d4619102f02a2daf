import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { createValidationPipe } from '../common/validation';

/** Socket payloads arrive as anything at all: refuse non-objects before class-validator sees them. */
@Injectable()
export class LivePayloadPipe implements PipeTransform {
  private readonly validation = createValidationPipe();

  transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DomainError('VALIDATION_FAILED', 'The payload must be an object', ['payload: must be an object']);
    }
    return this.validation.transform(value, metadata);
  }
}
