import { CSRF_HEADER, type ApiErrorBody, type ErrorCode, type ErrorReason } from '@mufakat/contracts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: string[] = [],
    /** A known failure the client words itself. */
    readonly reason?: ErrorReason,
    /** RATE_LIMITED: the wait the server gave. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiFetchInit {
  method?: string;
  /** Sent as JSON, or as multipart when it is a FormData (the browser then sets the boundary itself). */
  body?: unknown;
  /** An attendee's token, for the few attendee routes outside the socket (signing). */
  bearer?: string;
  /** Tests pass their own. */
  fetchImpl?: typeof fetch;
}

/**
 * The one typed fetch client: JSON (or a form) in, JSON out, session cookie included, errors as ApiError. Every
 * request carries the CSRF header the api asks of browsers using the staff session.
 */
export async function apiFetch<T>(path: string, init: ApiFetchInit = {}): Promise<T> {
  const form = typeof FormData !== 'undefined' && init.body instanceof FormData;
  const headers: Record<string, string> = { [CSRF_HEADER.name]: CSRF_HEADER.value };
  if (init.body !== undefined && !form) headers['content-type'] = 'application/json';
  if (init.bearer) headers.authorization = `Bearer ${init.bearer}`;
  let response: Response;
  try {
    response = await (init.fetchImpl ?? fetch)(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      credentials: 'same-origin',
      headers,
      body: init.body === undefined ? undefined : form ? (init.body as FormData) : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, 'UNAVAILABLE', 'Network error');
  }
  const text = await response.text();
  const json: unknown = text ? safeParse(text) : undefined;
  if (!response.ok) {
    const body = json as Partial<ApiErrorBody> | undefined;
    throw new ApiError(response.status, body?.code ?? 'INTERNAL', body?.message ?? response.statusText, body?.details ?? [], body?.reason, body?.retryAfterMs);
  }
  return json as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
