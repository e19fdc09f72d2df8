import { connectionLost, connectionWorks } from './connection';
import { endSession, session } from './session';

/**
 * A refusal from the server: its status and the problem's plain detail; where the server names
 * them, its type (such as the second step of a login), a stable code for the refusal and the body
 * field it is about (so a screen can say why in the person's language, beside that field), every
 * refused field with its code when there were several, and the seconds of a Retry-After.
 */
export class ApiError extends Error {
  constructor(readonly status: number, readonly detail: string, readonly type = '', readonly retryAfter = 0,
    readonly code = '', readonly field = '', readonly invalid: { field: string; code: string }[] = []) {
    super(`HTTP ${status}`);
  }
}

/** The server was not reached at all (no network, server down): not a refusal, and worth sending again. */
export class NetworkError extends Error {
  constructor(override readonly cause: unknown) {
    super('no connection');
  }
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const unauthorisedListeners = new Set<() => void>();

/** Called when the server no longer knows the session (expired, ended elsewhere, lockdown). */
export function onUnauthorised(listener: () => void): void {
  unauthorisedListeners.add(listener);
}

/**
 * Calls the server with the bearer token. Cookies are left out on purpose: the token in this tab
 * is the session, so closing the tab ends it even though the server also sets a cookie. Answers
 * skip the browser's cache unless `cache` says otherwise ('no-cache' for an answer the server
 * marks private and revalidated, such as the modules' definitions: never personal data).
 */
export async function api<T>(method: Method, path: string, body?: unknown, cache?: RequestCache,
  idempotencyKey?: string): Promise<T> {
  const answer = await send(method, path, { body, cache, idempotencyKey });
  if (!answer.ok) throw await refusal(answer);
  if (answer.status === 204) return undefined as T;
  const text = await answer.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface SendOptions {
  body?: unknown;
  /** Sent as the body as it is, with its own type (a file), instead of `body` as JSON. */
  file?: Blob;
  accept?: string;
  cache?: RequestCache;
  /** Sent as `Idempotency-Key`: the server does a POST sent again with the same key only once. */
  idempotencyKey?: string;
}

/** Sends a file as the whole request body with its own Content-Type; answered as api() answers. */
export async function upload<T>(method: Method, path: string, file: Blob): Promise<T> {
  const answer = await send(method, path, { file });
  if (!answer.ok) throw await refusal(answer);
  const text = await answer.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** One call as api() makes it (bearer token, no cookies, a 401 ends the session), answered as it came. */
export async function send(method: Method, path: string, options: SendOptions = {}): Promise<Response> {
  const { body, file, accept = 'application/json', cache = 'no-store', idempotencyKey } = options;
  const headers: Record<string, string> = { Accept: accept };
  const token = session()?.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (file) headers['Content-Type'] = file.type || 'application/octet-stream';
  else if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let answer: Response;
  try {
    answer = await fetch(path, {
      method,
      headers,
      body: file ?? (body === undefined ? undefined : JSON.stringify(body)),
      credentials: 'omit',
      cache,
    });
  } catch (e) {
    // fetch rejects (a TypeError) only when no answer came at all; the app says so once, in its banner
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    connectionLost();
    throw new NetworkError(e);
  }
  connectionWorks();
  if (answer.status === 401 && token) {
    endSession();
    unauthorisedListeners.forEach((l) => l());
  }
  return answer;
}

interface ProblemBody {
  detail?: string;
  type?: string;
  code?: string;
  field?: string;
  invalid?: { field: string; code: string }[];
}

async function problemOf(answer: Response): Promise<ProblemBody> {
  try {
    return (await answer.json()) as ProblemBody;
  } catch {
    return {};
  }
}

/** The refusal an answer that is not ok carries: its status, problem detail, code and fields. */
export async function refusal(answer: Response): Promise<ApiError> {
  const problem = await problemOf(answer);
  const retryAfter = Number(answer.headers.get('Retry-After') ?? 0);
  return new ApiError(answer.status, problem.detail ?? '', problem.type ?? '', Number.isFinite(retryAfter) ? retryAfter : 0,
    problem.code ?? '', problem.field ?? '', Array.isArray(problem.invalid) ? problem.invalid : []);
}

/**
 * A new key for one fill of a form: the same fill sent again (a resend after the connection came
 * back, a second click) carries the same key, so the server keeps it once.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A path segment as it must appear in a URL. */
export const seg = encodeURIComponent;
