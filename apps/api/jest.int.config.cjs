/** Integration specs: the machine's real PostgreSQL and Redis, a fresh database per run. */
module.exports = {
  displayName: 'api-int',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: '\\.int-spec\\.ts$',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  moduleNameMapper: {
    '^@mufakat/(contracts|persistence|minutes|documents)$': '<rootDir>/../../libs/$1/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
