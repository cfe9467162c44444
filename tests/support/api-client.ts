/** Calls to a running test server's API, as the tab makes them: a dev sign-in token, then JSON requests. */

/** A real signed token for a demo user (or the demo HR lead) from the server's development sign-in. */
export async function devTokenFrom(baseUrl: string, userId: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId }),
  });
  if (response.status !== 200) throw new Error(`dev sign-in for ${userId} answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export interface ApiResult<T> {
  readonly status: number;
  readonly body: T;
  /** The body as sent, to check what it must never contain. */
  readonly raw: string;
}

/** One JSON request, with the bearer token when given. */
export async function apiCall<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const raw = await response.text();
  return { status: response.status, body: (raw ? JSON.parse(raw) : undefined) as T, raw };
}
