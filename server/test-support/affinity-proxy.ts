/**
 * A stand-in for deploy/nginx.conf in tests: HTTP requests and WebSocket upgrades go to one of
 * several instances chosen by the request's `aff` query parameter (the client's address when
 * it has none), as nginx's `hash $affinity consistent` does. nginx's `consistent` is ketama (a
 * ring of points per server, so adding a server moves only its share of keys); crc32 modulo
 * the count, what nginx's plain `hash` does, picks just as stably for a fixed set of
 * instances, which is all a test needs. `round-robin` ignores the key: the control that shows
 * what goes wrong without stickiness.
 */
import { createServer, request, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { crc32 } from 'node:zlib';

export type ProxyPolicy = 'affinity' | 'round-robin';

/** One request passed on: its path, affinity key, Engine.IO session id and the instance it reached. */
export interface ProxiedRequest {
  path: string;
  aff: string | null;
  sid: string | null;
  port: number;
}

export interface AffinityProxy {
  url: string;
  /** Every request and upgrade passed on, in order. */
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

/** Engine.IO session id → the instance ports its requests reached (one, when sticky). */
export function sessionPorts(requests: readonly ProxiedRequest[]): Map<string, Set<number>> {
  const sessions = new Map<string, Set<number>>();
  for (const { sid, port } of requests) if (sid) sessions.set(sid, (sessions.get(sid) ?? new Set()).add(port));
  return sessions;
}

export async function startAffinityProxy(ports: readonly number[], policy: ProxyPolicy = 'affinity'): Promise<AffinityProxy> {
  const requests: ProxiedRequest[] = [];
  const upgraded = new Set<Duplex>();
  let turn = 0;

  const pick = (req: IncomingMessage): number => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const aff = url.searchParams.get('aff');
    const key = aff ?? req.socket.remoteAddress ?? '';
    const port = policy === 'affinity' ? ports[crc32(key) % ports.length]! : ports[turn++ % ports.length]!;
    requests.push({ path: url.pathname, aff, sid: url.searchParams.get('sid'), port });
    return port;
  };

  const server = createServer((req, res) => {
    const upstream = request({ host: '127.0.0.1', port: pick(req), method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });

  // An upgrade is replayed as raw bytes, then both sockets are joined: the proxy reads no frame.
  server.on('upgrade', (req: IncomingMessage, client: Duplex, head: Buffer) => {
    const upstream: Socket = connect(pick(req), '127.0.0.1', () => {
      const headers: string[] = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      client.pipe(upstream).pipe(client);
    });
    for (const s of [client, upstream]) {
      upgraded.add(s);
      s.on('close', () => upgraded.delete(s));
      s.on('error', () => (client.destroy(), upstream.destroy()));
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const s of upgraded) s.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
