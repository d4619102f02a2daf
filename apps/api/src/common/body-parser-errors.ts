import type { ApiErrorBody } from '@mufakat/contracts';
import type { ErrorRequestHandler } from 'express';

/** Every JSON body but a drawn signature's is small. */
export const JSON_BODY_LIMIT_BYTES = 64 * 1024;

/** What body-parser (through http-errors) attaches to the errors it raises. */
interface BodyParserError {
  type: string;
  status: number;
  limit?: number;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' && error !== null && typeof (error as BodyParserError).type === 'string' && typeof (error as BodyParserError).status === 'number';

/** The answer to a body that is not valid JSON, wherever it is parsed. */
export const MALFORMED_JSON: ApiErrorBody = { statusCode: 400, code: 'VALIDATION_FAILED', message: 'The request body is not valid JSON' };

function messageOf(error: BodyParserError): string {
  if (error.type === 'entity.parse.failed') return MALFORMED_JSON.message;
  if (error.type === 'entity.too.large') {
    return error.limit ? `The request body is too large (at most ${Math.floor(error.limit / 1024)} KB)` : 'The request body is too large';
  }
  return 'The request body could not be read';
}

/**
 * Answers the JSON parsers' errors (malformed: 400, oversized: 413) as an ApiErrorBody. Mounted right after the
 * parsers: further down, the web apps' fallback turns any error on an /api route into a 404 "Cannot POST".
 */
export const bodyParserErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (!isBodyParserError(error) || error.status < 400 || error.status >= 500) return next(error);
  const body: ApiErrorBody = { statusCode: error.status, code: 'VALIDATION_FAILED', message: messageOf(error) };
  res.status(error.status).json(body);
};
