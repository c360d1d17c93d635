/**
 * Who a request comes from, for the abuse limits. Behind a proxy (TRUST_PROXY) the client is
 * the first address in X-Forwarded-For that the trusted proxies did not add; the HTTP routes
 * read Express's `req.ip`, which applies that rule, and sockets (Socket.IO handshakes,
 * WebSocket upgrades) use `clientAddress` below with the same trust function.
 */
import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';

/** Express's compiled `trust proxy fn`: whether the address at hop `i` (0 = socket) is a proxy. */
export type TrustFn = (address: string, hop: number) => boolean;

export function clientAddress(req: IncomingMessage, trust: TrustFn): string {
  const forwarded = req.headers['x-forwarded-for'];
  const chain = [
    req.socket.remoteAddress ?? '',
    ...(typeof forwarded === 'string' ? forwarded.split(',').map((a) => a.trim()).filter(Boolean).reverse() : []),
  ];
  // Walk from the socket outwards while the hop is a trusted proxy, as proxy-addr does.
  for (let hop = 0; hop < chain.length - 1; hop++) {
    if (!trust(chain[hop]!, hop)) return chain[hop]!;
  }
  return chain[chain.length - 1]!;
}

/**
 * The key a limit counts under: the IPv4 address, or the /64 of an IPv6 address (one
 * subscriber gets a whole /64, so counting single IPv6 addresses would count nothing).
 */
export function addressKey(address: string): string {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (v4mapped) return v4mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
