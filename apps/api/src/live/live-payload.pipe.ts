import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isBinary, isPlainObject } from '../common/plain-input';
import { createValidationPipe, invalidRequest } from '../common/validation';

/**
 * Socket payloads arrive as anything at all: refuse all but a plain object before class-validator sees them
 * (class-transformer would turn a Buffer or an ArrayBuffer into an empty, valid `{}`).
 */
@Injectable()
export class LivePayloadPipe implements PipeTransform {
  private readonly validation = createValidationPipe();

  transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!isPlainObject(value)) {
      throw invalidRequest([isBinary(value) ? 'payload: must be a JSON object, not binary data' : 'payload: must be an object']);
    }
    return this.validation.transform(value, metadata);
  }
}
