/** Postgres SQLSTATE 23505: a unique constraint said no. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ?? (error as { code?: unknown }).code;
  return code === '23505';
}
