import { CSRF_HEADER } from '@mufakat/contracts';
import { OriginPolicy } from './origin-policy';

describe(OriginPolicy.name, () => {
  const policy = new OriginPolicy('https://fkp.dinas.go.id');
  const header = { [CSRF_HEADER.name]: CSRF_HEADER.value };
  const check = (headers: Record<string, string>, scheme = 'http', requireHeader = true) => policy.refusal(headers, scheme, { requireHeader });

  it('lets clients that are not browsers through: no Origin, no Sec-Fetch-Site', () => {
    expect(check({ host: 'localhost:3000' })).toBeNull();
  });

  it('accepts the public URL and the origin the request reached, with the CSRF header', () => {
    expect(check({ host: '10.0.0.5:3000', origin: 'https://fkp.dinas.go.id', ...header })).toBeNull();
    expect(check({ host: 'localhost:3000', origin: 'http://localhost:3000', ...header })).toBeNull();
    expect(check({ host: 'LOCALHOST:80', origin: 'http://localhost', ...header })).toBeNull();
    expect(check({ host: 'fkp.dinas.go.id', origin: 'https://fkp.dinas.go.id', ...header }, 'https')).toBeNull();
    expect(check({ host: 'localhost:3000', 'sec-fetch-site': 'same-origin', ...header })).toBeNull();
  });

  it('refuses another port or scheme of the same host, a hidden origin, and same-site or cross-site fetches', () => {
    expect(check({ host: 'localhost:3000', origin: 'http://localhost:8080', ...header })).toMatch(/localhost:8080/);
    expect(check({ host: 'fkp.dinas.go.id', origin: 'http://fkp.dinas.go.id', ...header }, 'https')).not.toBeNull();
    expect(check({ host: 'localhost:3000', origin: 'null', ...header })).not.toBeNull();
    expect(check({ host: 'localhost:3000', 'sec-fetch-site': 'same-site', ...header })).toMatch(/same-site/);
    expect(check({ host: 'localhost:3000', 'sec-fetch-site': 'cross-site', ...header })).toMatch(/cross-site/);
    expect(check({ origin: 'http://localhost:3000', ...header })).not.toBeNull();
  });

  it('asks browsers for the CSRF header when told to (REST), not otherwise (sockets)', () => {
    expect(check({ host: 'localhost:3000', origin: 'http://localhost:3000' })).toMatch(CSRF_HEADER.name);
    expect(check({ host: 'localhost:3000', origin: 'http://localhost:3000' }, 'http', false)).toBeNull();
  });
});
