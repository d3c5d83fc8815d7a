/** Signs in to the console over HTTP and calls its JSON API with the session cookie and CSRF token. */
export interface ConsoleSession {
  cookie: string;
  csrf: string;
}

export async function consoleLogin(url: string, email: string, password: string) {
  const res = await fetch(`${url}/console/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await res.json()) as Record<string, unknown>;
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return { status: res.status, body, session: res.ok ? { cookie, csrf: String(body.csrfToken) } : undefined };
}

/** GET without a body, POST with one; `csrf: false` leaves the CSRF header out. */
export function consoleApi(url: string, s: ConsoleSession, path: string, body?: unknown, opts: { csrf?: boolean } = {}) {
  return fetch(`${url}/console/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { cookie: s.cookie, 'content-type': 'application/json', ...(opts.csrf === false ? {} : { 'x-csrf-token': s.csrf }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
