/** Typed client for the Sturing API: every call carries the bearer token; errors become ApiProblem with the server's Dutch title/detail. */

import type { Issue } from '../../../server/contract';

export type ProblemIssue = Issue;

/** An application/problem+json answer, or a network failure. */
export class ApiProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly body: Record<string, unknown>,
  ) {
    super(`${title}: ${detail}`);
    this.name = 'ApiProblemError';
  }
  get issues(): ProblemIssue[] {
    return Array.isArray(this.body.issues) ? (this.body.issues as ProblemIssue[]) : [];
  }
}

export interface ApiResponse<T> {
  body: T;
  etag?: string;
}

export class ApiClient {
  constructor(
    private readonly token: string,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async request<T>(method: string, path: string, options: { body?: unknown; ifMatch?: string } = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}`, accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.ifMatch) headers['if-match'] = options.ifMatch;
    const response = await this.fetchImpl(path, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
    const text = await response.text();
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = { detail: text };
    }
    if (!response.ok) {
      const problem = (body ?? {}) as Record<string, unknown>;
      throw new ApiProblemError(response.status, String(problem.title ?? `Fout ${response.status}`), String(problem.detail ?? response.statusText), problem);
    }
    return { body: body as T, etag: response.headers.get('etag') ?? undefined };
  }

  async get<T>(path: string): Promise<T> {
    return (await this.request<T>('GET', path)).body;
  }

  /** A file download (GET with the bearer token): the body and the file name the server suggests. */
  async download(path: string): Promise<{ blob: Blob; fileName: string }> {
    const response = await this.fetchImpl(path, { headers: { authorization: `Bearer ${this.token}` } });
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      throw new ApiProblemError(response.status, String(problem.title ?? `Fout ${response.status}`), String(problem.detail ?? response.statusText), problem);
    }
    const disposition = response.headers.get('content-disposition') ?? '';
    const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? path.split('/').at(-1) ?? 'export';
    return { blob: await response.blob(), fileName };
  }

  /** Opens a streaming GET (server-sent events) with the bearer token, which EventSource cannot send. */
  async stream(path: string, signal?: AbortSignal): Promise<ReadableStream<Uint8Array>> {
    const response = await this.fetchImpl(path, { headers: { authorization: `Bearer ${this.token}`, accept: 'text/event-stream' }, signal });
    if (!response.ok || !response.body) {
      const problem = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      throw new ApiProblemError(response.status, String(problem.title ?? `Fout ${response.status}`), String(problem.detail ?? response.statusText), problem);
    }
    return response.body;
  }
}
