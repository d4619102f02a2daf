import { PASSWORD_POLICY } from '@mufakat/contracts';
import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { COMMON_PASSWORDS } from './common-passwords';

/** Digits and symbols people add to a word to get past a rule: "Sayang123!", "Bismillah2026". */
const TRAILING_DECORATION = /[\d\s!@#$%^&*()_+=.,?~'"`-]+$/;
const MIN_DISTINCT_CHARACTERS = 4;

/**
 * Why a password would be easy to guess, or null. It is easy when it is, or ends up after dropping trailing digits
 * and symbols, one of the common passwords (compared case-insensitively); when it is made of three characters or
 * fewer ("ababababab"); or when it is one run up or down the alphabet or the digits ("2345678901").
 */
export function weakPasswordReason(password: string): string | null {
  const lower = password.toLowerCase();
  const word = lower.replace(TRAILING_DECORATION, '');
  if (COMMON_PASSWORDS.has(lower) || (word.length > 0 && COMMON_PASSWORDS.has(word))) {
    return 'is one of the most common passwords (or one with digits or symbols added); choose a longer phrase of your own';
  }
  if (new Set(lower).size < MIN_DISTINCT_CHARACTERS) return `uses fewer than ${MIN_DISTINCT_CHARACTERS} different characters`;
  if (isSequence(lower)) return 'is a run of consecutive letters or digits';
  return null;
}

function isSequence(text: string): boolean {
  const step = (i: number) => {
    const diff = text.charCodeAt(i) - text.charCodeAt(i - 1);
    // "…7890…" and "…0987…" wrap around on the keyboard's digit row.
    if (diff === -9 && text[i] === '0') return 1;
    if (diff === 9 && text[i] === '9') return -1;
    return diff;
  };
  const first = step(1);
  if (first !== 1 && first !== -1) return false;
  for (let i = 2; i < text.length; i++) if (step(i) !== first) return false;
  return true;
}

/**
 * A password a staff member may set: long enough (PASSWORD_POLICY) and not easy to guess. Logging in checks
 * nothing but the hash, so older passwords keep working until they are changed.
 */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAcceptablePassword',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.length >= PASSWORD_POLICY.min && value.length <= PASSWORD_POLICY.max && weakPasswordReason(value) === null,
        defaultMessage: buildMessage((prefix, args) => {
          const value: unknown = args?.value;
          if (typeof value !== 'string') return `${prefix}$property must be a string`;
          if (value.length < PASSWORD_POLICY.min) return `${prefix}$property must be at least ${PASSWORD_POLICY.min} characters long`;
          if (value.length > PASSWORD_POLICY.max) return `${prefix}$property must be at most ${PASSWORD_POLICY.max} characters long`;
          return `${prefix}$property ${weakPasswordReason(value) ?? 'is not accepted'}`;
        }, options),
      },
    },
    options,
  );
}
