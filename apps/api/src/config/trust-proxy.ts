import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import proxyAddr from 'proxy-addr';
import type { RuntimeConfig } from './runtime-config';

/** Express's names for address ranges, as CIDRs. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** Unset in the hosted mode: a proxy on this host or on a private network (Docker, Kubernetes). */
export const HOSTED_TRUST_PROXY: readonly string[] = ['loopback', 'uniquelocal'];

const OFF = new Set(['off', 'false', 'none']);

function asCidr(entry: string): { address: string; prefix: number; type: 'ipv4' | 'ipv6' } | null {
  const [address, prefixText, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return null;
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (!/^\d{1,3}$/.test(prefixText ?? String(max)) || prefix > max) return null;
  return { address, prefix, type: version === 4 ? 'ipv4' : 'ipv6' };
}

/** TRUST_PROXY as a list: `off` (or `false`, `none`) is none; throws naming an entry that is not understood. */
export function parseTrustProxy(raw: string): string[] {
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 1 && OFF.has(entries[0].toLowerCase())) return [];
  for (const entry of entries) {
    if (!(entry in NAMED_RANGES) && !asCidr(entry)) {
      throw new Error(`"${entry}" is not an address, a CIDR or one of ${Object.keys(NAMED_RANGES).join(', ')} (or "off")`);
    }
  }
  return entries;
}

/** The proxies a configuration trusts: TRUST_PROXY, or in the hosted mode without it, HOSTED_TRUST_PROXY. */
export function trustedProxiesOf(config: Pick<RuntimeConfig, 'trustProxy' | 'mode'>): readonly string[] {
  return config.trustProxy ?? (config.mode === 'hosted' ? HOSTED_TRUST_PROXY : []);
}

/**
 * Express's `trust proxy` for these proxies. The peer is believed only when it is one of them, and only about the
 * hop just before it (the address it appended to X-Forwarded-For), so no client can choose its address by writing
 * the header itself, whether it connects directly or through the proxy.
 */
export function trustProxyFn(entries: readonly string[]): ((address: string, hop: number) => boolean) | false {
  if (entries.length === 0) return false;
  const proxies = new BlockList();
  for (const entry of entries.flatMap((e) => NAMED_RANGES[e] ?? [e])) {
    const cidr = asCidr(entry);
    if (!cidr) throw new Error(`Not a proxy address: ${entry}`);
    proxies.addSubnet(cidr.address, cidr.prefix, cidr.type);
  }
  return (address, hop) => {
    if (hop !== 0) return false;
    // A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d.
    const plain = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
    const version = isIP(plain);
    return version !== 0 && proxies.check(plain, version === 4 ? 'ipv4' : 'ipv6');
  };
}

/**
 * A reader of a request's client address as Express's `req.ip` gives it behind these proxies, for requests Express
 * does not see (the registration fast path, the sockets' handshakes): the peer's own address when none is trusted.
 */
export function clientAddressReader(entries: readonly string[]): (req: IncomingMessage) => string {
  const trust = trustProxyFn(entries) || (() => false);
  return (req) => proxyAddr(req, trust) ?? req.socket.remoteAddress ?? 'unknown';
}
