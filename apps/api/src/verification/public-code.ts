import { randomInt } from 'node:crypto';
import { PUBLIC_CODE_ALPHABET, PUBLIC_CODE_LENGTH } from '@mufakat/contracts';

/** A fresh public short code for a document version, from the system's CSPRNG. */
export function newPublicCode(): string {
  let code = '';
  for (let i = 0; i < PUBLIC_CODE_LENGTH; i++) code += PUBLIC_CODE_ALPHABET[randomInt(PUBLIC_CODE_ALPHABET.length)];
  return code;
}
