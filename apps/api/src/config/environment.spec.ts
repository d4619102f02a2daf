import { EnvironmentError, validateEnvironment } from './environment';

describe(validateEnvironment.name, () => {
  it('defaults to the embedded mode on port 3000', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', DATA_DIR: '.data' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('reads numbers and URLs', () => {
    const env = validateEnvironment({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@db:5432/m',
      REDIS_URL: 'redis://cache:6379',
      PUBLIC_URL: 'https://fkp.example.go.id',
    });
    expect(env.PORT).toBe(8080);
    expect(env.REDIS_URL).toBe('redis://cache:6379');
  });

  it('names every bad value at once', () => {
    let error: unknown;
    try {
      validateEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', PUBLIC_URL: 'not a url', SESSION_SECRET: 'short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvironmentError);
    const problems = (error as EnvironmentError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'PUBLIC_URL', 'SESSION_SECRET']) expect(problems).toContain(name);
  });

  it('reads TRUST_PROXY and names an entry it does not understand', () => {
    expect(validateEnvironment({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
    expect(() => validateEnvironment({ TRUST_PROXY: 'loopback, nginx' })).toThrow(/TRUST_PROXY: "nginx" is not an address/);
  });

  it('refuses Redis without a shared database, and a hosted production without a session secret', () => {
    expect(() => validateEnvironment({ REDIS_URL: 'redis://localhost:6379' })).toThrow(/DATABASE_URL/);
    expect(() => validateEnvironment({ DATABASE_URL: 'postgres://db/m', NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
  });
});
