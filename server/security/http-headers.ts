/**
 * Security headers on every answer (helmet), with a Content-Security-Policy the built client
 * runs under: its scripts and styles are files of its own origin (Vite emits no inline
 * script), the QR code and PNG export are `data:`/`blob:` images, and the only connections
 * are to this origin, WebSockets included.
 *
 * Styles: React applies `style={{…}}` through the CSSOM (`element.style.x = …`), which CSP
 * does not govern, so `style-src 'self'` holds with no 'unsafe-inline' at all
 * (e2e/security-headers.spec.ts checks that no violation is reported).
 */
import type { IncomingMessage } from 'node:http';
import helmet from 'helmet';

export interface HeaderOptions {
  /** Strict-Transport-Security max-age; 0 sends none (plain HTTP, the default). */
  hstsMaxAgeSeconds: number;
  /** Off in development, where Vite's hot reload injects inline scripts. */
  contentSecurityPolicy: boolean;
}

/** A Host header fit to name in the policy: a name or address and an optional port. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * `'self'` covers ws:/wss: to the page's own host in current browsers, but not in older
 * Safari: name this host's WebSocket origins too (nothing else: a looser scheme-only
 * `wss:` would let injected code send data anywhere).
 */
export function webSocketSources(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return HOST.test(host) ? `ws://${host} wss://${host}` : '';
}

export function securityHeaders({ hstsMaxAgeSeconds, contentSecurityPolicy }: HeaderOptions) {
  const tls = hstsMaxAgeSeconds > 0;
  return helmet({
    contentSecurityPolicy: contentSecurityPolicy && {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", webSocketSources],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        // Only once the site is on TLS: on a plain-HTTP venue server it would break every load.
        ...(tls ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    strictTransportSecurity: tls && { maxAge: hstsMaxAgeSeconds, includeSubDomains: false },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
}
