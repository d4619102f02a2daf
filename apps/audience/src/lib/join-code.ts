/** Codes are printed in capitals but people type them any way; spaces sneak in from copy-paste. */
export function normalizeJoinCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export type JoinCodeProblem = 'empty' | 'invalid';

export function joinCodeProblem(code: string): JoinCodeProblem | null {
  if (code === '') return 'empty';
  return /^[A-Z0-9-]{1,32}$/.test(code) ? null : 'invalid';
}
