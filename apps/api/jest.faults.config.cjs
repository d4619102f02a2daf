/**
 * Fault and abuse specs: hostile payloads, the authorisation matrix, a killed api, a Postgres restart. The machine's
 * PostgreSQL and Redis (a fresh database per run), private servers for what a spec breaks, the built api for kills.
 */
module.exports = {
  displayName: 'api-faults',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: '\\.faults-spec\\.ts$',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 120000,
  // A replica under test may leave a timer or socket behind: once every suite has reported, the run ends.
  forceExit: true,
  moduleNameMapper: {
    '^@mufakat/(contracts|persistence|minutes|documents)$': '<rootDir>/../../libs/$1/src/index.ts',
  },
  // Types are checked by the typecheck target (tsconfig.json includes test/): transpiling each file alone saves the
  // type-checking program ts-jest would build per worker on a busy machine.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.faults.json' }] },
};
