import { HOSTED_TRUST_PROXY, parseTrustProxy, trustProxyFn } from './trust-proxy';

describe(parseTrustProxy.name, () => {
  it('reads off, names, addresses and CIDRs', () => {
    expect(parseTrustProxy('off')).toEqual([]);
    expect(parseTrustProxy('false')).toEqual([]);
    expect(parseTrustProxy(' loopback , 10.0.0.0/8,::1, 2001:db8::/32 ')).toEqual(['loopback', '10.0.0.0/8', '::1', '2001:db8::/32']);
  });

  it('names what it does not understand', () => {
    expect(() => parseTrustProxy('loopback,proxy.example')).toThrow(/"proxy.example"/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/"10.0.0.0\/33"/);
    expect(() => parseTrustProxy('1')).toThrow(/"1"/);
  });
});

describe(trustProxyFn.name, () => {
  it('trusts nothing when off', () => {
    expect(trustProxyFn([])).toBe(false);
  });

  it('trusts a listed peer, and only about the hop just before it', () => {
    const trust = trustProxyFn(['10.1.2.3', '192.168.0.0/16']) as (address: string, hop: number) => boolean;
    expect(trust('10.1.2.3', 0)).toBe(true);
    expect(trust('192.168.44.5', 0)).toBe(true);
    expect(trust('::ffff:192.168.44.5', 0)).toBe(true);
    expect(trust('10.1.2.4', 0)).toBe(false);
    // Whatever the client wrote before the proxy's entry is never believed, even a listed address.
    expect(trust('10.1.2.3', 1)).toBe(false);
  });

  it('covers a proxy on this host or a private network by default in the hosted mode', () => {
    const trust = trustProxyFn(HOSTED_TRUST_PROXY) as (address: string, hop: number) => boolean;
    for (const address of ['127.0.0.1', '::1', '172.18.0.4', '10.0.0.9', 'fd00::1']) expect(trust(address, 0)).toBe(true);
    for (const address of ['203.0.113.9', '2001:db8::1', '169.254.1.1']) expect(trust(address, 0)).toBe(false);
  });
});
