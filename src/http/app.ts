import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from '../core/ports.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppDeps {
  logger: Logger;
  ping(): Promise<void>;
  /** Route groups mounted at the root (web chat, webhooks...). */
  routes: Hono[];
}

/** Content security policy: no inline script or style, nothing from other origins. */
export const CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  connectSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CSP,
      referrerPolicy: 'no-referrer',
      strictTransportSecurity: 'max-age=63072000; includeSubDomains',
      xFrameOptions: 'DENY',
      crossOriginResourcePolicy: 'same-origin',
      permissionsPolicy: { camera: [], microphone: [], geolocation: ['self'] },
    }),
  );
  app.use('*', async function noStore(c, next) {
    await next();
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
  });
  app.use(
    '*',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: 'request body too large' }, 413) }),
  );

  app.get('/health', async (c) => {
    try {
      await deps.ping();
      return c.json({ status: 'ok' });
    } catch {
      return c.json({ status: 'unavailable' }, 503);
    }
  });

  for (const r of deps.routes) app.route('/', r);

  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((err, c) => {
    deps.logger.error({ err: err.name, code: (err as { code?: string }).code, path: c.req.path }, 'request failed');
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
